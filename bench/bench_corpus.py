"""Layout-space corpus, end to end: draw N seeds, render each with both renderers (weasyprint
HTML and python-docx -> LibreOffice), run extract + normalize, score per document, per output
table and per dimension value (corpus/fuzz.py).

    .venv/bin/python bench/bench_corpus.py [--seeds 0..99] [--renderer both] [--jobs 2]
                                           [--out /tmp/ita_corpus_bench] [--scan] [--rescore]

Default: seeds 0..99 x 2 renderers = 200 documents (development seeds). Held-out measurement:
``--seeds 100000..100099`` (seeds >= 100000 and the held-out header wording are for measuring
only, never for debugging). Renders are kept in --out (``--rescore`` skips rendering) and the
full result is written to OUT/score.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from corpus.fuzz import format_markdown, format_report, fuzz, parse_seeds, score_dir

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="0..99")
    ap.add_argument("--renderer", choices=("html", "docx", "both"), default="both")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", default="/tmp/ita_corpus_bench")
    ap.add_argument("--scan", action="store_true", help="also score simulated scans of every PDF (slow: OCR)")
    ap.add_argument("--rescore", action="store_true", help="score what --out holds, do not render")
    ap.add_argument("--files", action="store_true", help="also print one line per document")
    ap.add_argument("--markdown", action="store_true", help="print OUT/score.json as Markdown tables and stop")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if a.markdown:
        print(format_markdown(json.loads((out / "score.json").read_text(encoding="utf-8"))))
        return 0
    t0 = time.perf_counter()
    if not a.rescore:
        fuzz(parse_seeds(a.seeds), out, a.renderer, a.scan, log=lambda s: None)
    t1 = time.perf_counter()
    res = score_dir(out, jobs=a.jobs)
    t2 = time.perf_counter()
    (out / "score.json").write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(format_report(res, files=a.files))
    print(f"\n{len(res['files'])} documents; render {t1 - t0:.0f} s, pipeline + score {t2 - t1:.0f} s "
          f"({a.jobs} jobs); result in {out / 'score.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
