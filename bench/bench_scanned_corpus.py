"""Scanned corpus, end to end: the born-digital corpus (data/raw + tests/corpus) printed to
image-only PDFs by corpus.scan (rotation up to ±1.5°, blur, noise, JPEG), then extract (routed
to OCR) -> normalize -> score against the generator's expected rows.

    .venv/bin/python bench/bench_scanned_corpus.py [--dpi 300] [--jobs 2] [--only NAME ...]
                                                   [--work DIR] [--renormalize]

Extractions are kept in --work (default /tmp/ita_scanned_corpus/<dpi>) so a normalizer change
can be re-scored with --renormalize without OCR-ing again. Each document is scanned with a
seed derived from its name, so runs are repeatable.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sources(only: list[str] | None) -> list[tuple[str, Path, Path]]:
    out = []
    for pdf in sorted((ROOT / "data" / "raw").glob("*.pdf")):
        out.append((pdf.stem, pdf, ROOT / "tests" / "golden" / f"{pdf.stem}.expected.json"))
    for pdf in sorted((ROOT / "tests" / "corpus").glob("*.pdf")):
        out.append((pdf.stem, pdf, pdf.with_suffix(".expected.json")))
    if only:
        out = [s for s in out if any(s[0].startswith(o) for o in only)]
    return [s for s in out if s[2].exists()]


def _seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def doc_id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def extract_one(name: str, src: Path, work: Path, dpi: int) -> tuple[str, float, int, int]:
    from corpus.scan import random_params, scan_pdf
    from datastore.interim import save_extraction
    from extractors.document import extract_document

    rng = np.random.default_rng(_seed(name))
    scan = scan_pdf(src, work / f"{name}.scan.pdf", random_params(rng, dpi), seed=_seed(name) % 1000)
    t = time.perf_counter()
    ex = extract_document(scan, doc_id(name))
    dt = time.perf_counter() - t
    save_extraction(work / "interim", ex)
    return name, dt, ex.ocr_pages, ex.page_count


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--work", type=Path)
    ap.add_argument("--renormalize", action="store_true", help="reuse the kept extractions")
    ap.add_argument("--detail", action="store_true", help="print each wrong question and measure")
    a = ap.parse_args()
    work = a.work or Path(f"/tmp/ita_scanned_corpus/{a.dpi}")
    (work / "interim").mkdir(parents=True, exist_ok=True)
    srcs = sources(a.only)

    from corpus.score import rates, score_records
    from datastore.interim import extract_path, load_extraction
    from normalizers.document import normalize

    todo = [s for s in srcs if not (a.renormalize and extract_path(work / "interim", doc_id(s[0])).exists())]
    if todo:
        t0 = time.perf_counter()
        with ProcessPoolExecutor(a.jobs) as pool:
            futs = [pool.submit(extract_one, n, src, work, a.dpi) for n, src, _ in todo]
            for f in futs:
                n, dt, ocr, pages = f.result()
                print(f"  extracted {n}: {ocr}/{pages} pages by OCR, {dt:.0f} s ({dt / max(pages, 1):.1f} s/page)",
                      flush=True)
        print(f"extract wall time {time.perf_counter() - t0:.0f} s for {len(todo)} documents")

    total: dict = {}
    for name, _, exp_path in srcs:
        ex = load_extraction(work / "interim", doc_id(name))
        rec = normalize(ex)
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        res = score_records(asdict(rec), exp)
        for k, v in res.items():
            if isinstance(v, (int, float)):
                total[k] = total.get(k, 0) + v
        r = rates(res)
        fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"  {name}: q found {fmt(r['question_found'])} exact {fmt(r['question_exact'])}; "
              f"ind {fmt(r['indicator_exact'])}; measures found {fmt(r['measure_found'])} "
              f"CER {fmt(r['measure_cer'])} periods {fmt(r['period_start_exact'])}/{fmt(r['period_end_exact'])} "
              f"units {fmt(r['responsible_exact'])}; unflagged wrong {r['wrong_unflagged']}", flush=True)
        if a.detail:
            for line in res.get("detail", []):
                print("     ", line)
    r = rates(total)
    print(f"\n{a.dpi} dpi, {len(srcs)} documents:")
    for k, v in r.items():
        print(f"  {k}: {v if v is None or isinstance(v, int) else round(v, 4)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
