"""Born-digital extraction speed: our extract stage vs bare pdfplumber ``extract_tables``.

    .venv/bin/python bench/bench_extract.py [--repeat 3] [PDF ...]

Default PDFs: the bundled born-digital samples ``data/raw/*.pdf``. For each repeat, times
(a) ``extractors.document.extract_document(pdf, doc_id, ocr="never")`` over all pages, and
(b) bare ``pdfplumber.open(pdf)`` + ``page.extract_tables()`` on the same pages. Prints
pages/s (median over repeats) and the ratio of our time to pdfplumber's (target ≤ 1.3×), plus
a cProfile top list of our extract stage (where the time goes).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bare_pdfplumber(pdfs: list[Path]) -> int:
    """Open each PDF with pdfplumber and extract_tables() on every page; returns pages."""
    import pdfplumber
    n = 0
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                n += 1
    return n


def ours(pdfs: list[Path]) -> int:
    """Our extract stage (text layer + tables, OCR off) on each PDF; returns pages."""
    from extractors.document import extract_document
    n = 0
    for p in pdfs:
        n += extract_document(p, "0" * 64, ocr="never").page_count
    return n


def timed(fn, pdfs) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = fn(pdfs)
    return time.perf_counter() - t0, pages


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print a cProfile top-15 of our stage")
    a = ap.parse_args(argv)
    pdfs = a.pdfs or sorted((ROOT / "data" / "raw").glob("*.pdf"))
    ours(pdfs[:1]), bare_pdfplumber(pdfs[:1])  # warm imports and caches
    t_ours, t_bare, pages = [], [], 0
    for _ in range(a.repeat):
        t, pages = timed(bare_pdfplumber, pdfs)
        t_bare.append(t)
        t, _ = timed(ours, pdfs)
        t_ours.append(t)
    mo, mb = statistics.median(t_ours), statistics.median(t_bare)
    print(f"documents: {len(pdfs)}, pages: {pages}, repeats: {a.repeat}")
    print(f"pdfplumber extract_tables: median {mb:.2f}s  {pages / mb:.2f} pages/s")
    print(f"our extract stage:         median {mo:.2f}s  {pages / mo:.2f} pages/s")
    print(f"ratio ours/pdfplumber: {mo / mb:.2f}x (target <= 1.3x)")
    if a.profile:
        pr = cProfile.Profile()
        pr.enable()
        ours(pdfs)
        pr.disable()
        s = io.StringIO()
        pstats.Stats(pr, stream=s).sort_stats("cumulative").print_stats(15)
        print(s.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
