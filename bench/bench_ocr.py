"""Benchmark of the scanned-report OCR: accuracy on the scanned corpus and the real scan, and
time per page against bare single-thread Tesseract on the same page image.

    .venv/bin/python bench/bench_ocr.py [--docs 6] [--skip-real] [--cold]

Scanned corpus: synthetic results tables and per-question tables (tests/ocr_samples.py,
weasyprint + Thai fonts) scanned by corpus.scan at 300 and 200 dpi with random rotation
(±1.5°), blur, noise and JPEG. Truth = what was rendered.
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus.scan import random_params, scan_pdf  # noqa: E402
from extractors.ocr import ocr_page, render_page  # noqa: E402
from normalizers.thai.thai_cer import cer  # noqa: E402
from ocr_samples import PARAGRAPH, question_table_pdf, results_table_pdf  # noqa: E402

REAL = ROOT.parent / "shared" / "realdocs" / "NutMontree__ktltc" / "ผลประเมินITA2568.pdf"
FONTS = ["Sarabun-Regular", "Laksaman", "Garuda", "Kinnari", "Loma", "NotoSansThai[wdth,wght]"]


def bare_tesseract_seconds(pdf: Path, page: int, dpi: int) -> float:
    """Time of one bare ``tesseract -l tha+eng`` (OMP_THREAD_LIMIT=1) on the rendered page."""
    rgb, paper_dpi, *_ = render_page(pdf, page, dpi)
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        tmp = f.name
    cv2.imwrite(tmp, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    try:
        t = time.perf_counter()
        subprocess.run(["tesseract", tmp, "stdout", "-l", "tha+eng", "--dpi", str(paper_dpi)],
                       env=dict(os.environ, OMP_THREAD_LIMIT="1"), capture_output=True, check=True)
        return time.perf_counter() - t
    finally:
        os.unlink(tmp)


def timed_ocr(pdf: Path, page: int, dpi: int):
    t = time.perf_counter()
    out = ocr_page(pdf, page, dpi)
    return out, time.perf_counter() - t


def ocr_doc(pdf: Path, dpi: int):
    """OCR every page of a scanned PDF: (first page's text, all tables, seconds per page)."""
    import pypdfium2 as pdfium

    n = len(pdfium.PdfDocument(str(pdf)))
    tables, first, secs = [], None, []
    for p in range(1, n + 1):
        (page, tabs), dt = timed_ocr(pdf, p, dpi)
        first = first or page
        tables += tabs
        secs.append(dt)
    return first, tables, secs


def biggest(tables):
    return max(tables, key=lambda t: len(t.rows)) if tables else None


def score_results(tables, truth) -> tuple[int, int, int]:
    """(exact numeric cells, numeric cells, wrong cells shown with no doubt). Rows are matched
    by their printed number (ที่); a missing row counts as wrong and unflagged."""
    by_no = {}
    for t in tables:
        for i, row in enumerate(t.rows):
            if row and row[0]:
                by_no.setdefault(row[0], (t, i))
    ok = silent = 0
    total = 4 * len(truth)
    for want in truth:
        t, i = by_no.get(want[0], (None, None))
        for c in (2, 3, 4, 5):
            if t is not None and c < len(t.rows[i]) and t.rows[i][c] == want[c]:
                ok += 1
                continue
            doubt = t is not None and c < len(t.rows[i]) and t.cell_conf[i][c] < 0.9
            doubt = doubt or (t is not None and any(f.endswith(f":r{i}") for f in t.flags))
            silent += not doubt
    return ok, total, silent


def score_questions(tables, truth) -> tuple[int, int]:
    """(questions whose code and score are both exact, questions); rows matched by text order
    over all tables (a table split over pages continues on the next)."""
    rows = [r for t in tables for r in t.rows if len(r) >= 3 and r[2] and r[0] not in ("ข้อ",)]
    rows = rows[-len(truth):]
    return sum(r[0] == w[0] and r[2] == w[2] for r, w in zip(rows, truth)), len(truth)


def real_scan(times: list[tuple[float, float]]) -> tuple[int, int]:
    truth = list(csv.DictReader(open(ROOT / "tests" / "data" / "ita2568_scan_truth.csv", encoding="utf-8")))
    got = {}
    for p in (2, 3, 4):
        (_, tables), dt = timed_ocr(REAL, p, 300)
        times.append((dt, bare_tesseract_seconds(REAL, p, 300)))
        for t in tables:
            for row in t.rows:
                if row and row[0]:
                    got[(p, row[0])] = row
    ok = total = 0
    for tr in truth:
        row = got.get((int(tr["page"]), tr["no"]))
        for i, col in enumerate(("IIT", "EIT", "OIT", "total")):
            if tr[col] in ("-", ""):
                continue
            total += 1
            ok += bool(row) and len(row) > 2 + i and row[2 + i] == tr[col]
    return ok, total


def golden(dpi: int, names: list[str], rng) -> None:
    """End to end on the bundled born-digital samples (data/raw, tests/golden) scanned at dpi:
    extract (routed to OCR) -> normalize -> score against the expected rows."""
    import json
    from dataclasses import asdict

    from corpus.score import rates, score_records
    from extractors.document import extract_document
    from normalizers.document import normalize

    total: dict = {}
    with tempfile.TemporaryDirectory() as d:
        for name in names:
            src = ROOT / "data" / "raw" / f"{name}.pdf"
            exp = json.loads((ROOT / "tests" / "golden" / f"{name}.expected.json").read_text(encoding="utf-8"))
            scan = scan_pdf(src, Path(d) / f"{name}.pdf", random_params(rng, dpi), seed=1)
            t = time.perf_counter()
            ex = extract_document(scan, name)
            rec = normalize(ex)
            res = score_records(asdict(rec), exp)
            for k, v in res.items():
                if isinstance(v, (int, float)):
                    total[k] = total.get(k, 0) + v
            r = rates(res)
            print(f"  golden {name} at {dpi} dpi: ocr_pages {ex.ocr_pages}/{ex.page_count}, questions found "
                  f"{r['question_found']}, exact {r['question_exact']}, indicators exact {r['indicator_exact']}, "
                  f"unflagged wrong {r['wrong_unflagged']}, {time.perf_counter() - t:.0f} s", flush=True)
    r = rates(total)
    print(f"golden at {dpi} dpi: questions found {r['question_found']}, exact {r['question_exact']}, "
          f"unflagged wrong {r['wrong_unflagged']}")


def warm_up(d: Path) -> None:
    """OCR one page that is not timed, so that one-time costs of the process (lazy imports, the
    dictionaries and digit models the OCR loads on first use, the first tesseract start) are not
    counted in the first timed page. They are printed here; ``--cold`` counts them as before."""
    born = d / "warmup.pdf"
    results_table_pdf(born, n_rows=6, seed=999, font=FONTS[0])
    t = time.perf_counter()
    ocr_page(born, 1, 300)
    first = time.perf_counter() - t
    t = time.perf_counter()
    ocr_page(born, 1, 300)
    again = time.perf_counter() - t
    print(f"warm-up page (not timed below): first call {first:.2f} s, same page again {again:.2f} s "
          f"(one-time cost of the process about {first - again:.2f} s)", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=6, help="synthetic documents per dpi")
    ap.add_argument("--skip-real", action="store_true")
    ap.add_argument("--golden", nargs="*", metavar="NAME", help="also run these data/raw samples end to end "
                    "(e.g. 001_questions_2568), scanned at 300 and 200 dpi")
    ap.add_argument("--golden-only", action="store_true")
    ap.add_argument("--cold", action="store_true", help="no untimed warm-up page: the first timed page "
                    "carries the process's one-time costs")
    a = ap.parse_args()
    if a.golden:
        for dpi in (300, 200):
            golden(dpi, a.golden, np.random.default_rng(3))
        if a.golden_only:
            return 0
    rng = np.random.default_rng(7)
    times: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        if not a.cold:
            warm_up(d)
        for dpi in (300, 200):
            ok = total = silent = q_ok = q_tot = 0
            cers = []
            for k in range(a.docs):
                font = FONTS[k % len(FONTS)]
                born = d / f"r{dpi}_{k}.pdf"
                truth = results_table_pdf(born, n_rows=int(rng.integers(12, 19)), seed=100 + k, font=font)
                scan = scan_pdf(born, d / f"r{dpi}_{k}_scan.pdf", random_params(rng, dpi), seed=k)
                page, tables, secs = ocr_doc(scan, dpi)
                dt = secs[0]
                if k < 2:
                    times.append((dt, bare_tesseract_seconds(scan, 1, dpi)))
                o, t, s = score_results(tables, truth)
                ok, total, silent = ok + o, total + t, silent + s
                cers.append(cer(page.text, PARAGRAPH, ignore_space=True))
                qb = d / f"q{dpi}_{k}.pdf"
                qtruth = question_table_pdf(qb, n_rows=14, seed=200 + k, font=font)
                qscan = scan_pdf(qb, d / f"q{dpi}_{k}_scan.pdf", random_params(rng, dpi), seed=50 + k)
                _, qtables, _ = ocr_doc(qscan, dpi)
                qo, qt = score_questions(qtables, qtruth)
                q_ok, q_tot = q_ok + qo, q_tot + qt
                print(f"  {dpi} dpi doc {k} ({font}): numeric {o}/{t}, unflagged errors {s}, questions {qo}/{qt}, "
                      f"text CER {cers[-1]:.3f}, {dt:.1f} s", flush=True)
            print(f"{dpi} dpi: numeric cells exact {ok}/{total} = {ok / max(total, 1):.2%}; unflagged errors {silent}; "
                  f"questions found+exact {q_ok}/{q_tot} = {q_ok / max(q_tot, 1):.2%}; "
                  f"paragraph CER mean {np.mean(cers):.3f}", flush=True)
    if not a.skip_real and REAL.exists():
        ok, total = real_scan(times)
        print(f"real scan ผลประเมินITA2568.pdf p2-4: numeric cells exact {ok}/{total} = {ok / max(total, 1):.2%}")
    pipe = sum(t for t, _ in times)
    bare = sum(b for _, b in times)
    print(f"time per page: pipeline {pipe / len(times):.2f} s, bare tesseract {bare / len(times):.2f} s, "
          f"ratio {pipe / bare:.2f} over {len(times)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
