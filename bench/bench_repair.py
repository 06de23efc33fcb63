"""Benchmark Thai repair throughput (KB of UTF-8 text per second, one core).

    .venv/bin/python bench/bench_repair.py [--repeat N]

Inputs: the seeds' clean text (fast path), broken text layers of the seeds
rendered with weasyprint and read back by pdfplumber (test set (a)), and the
broken pages repeated so the dictionary cache is warm (a real document repeats
its words). Each input is repaired page by page (about 3 KB per page).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from normalizers import thai_dict  # noqa: E402
from normalizers import thai_text  # noqa: E402
from normalizers.thai_text import repair, repair_cell  # noqa: E402


def _cold() -> None:
    """Empty the memo caches so a measurement does not reuse earlier work."""
    thai_dict.clear_caches()
    thai_text._fix_run_cached.cache_clear()
    thai_text._unknown_positions.cache_clear()


def _pages(text: str, size: int = 3000) -> list[str]:
    lines, pages, cur, n = text.split("\n"), [], [], 0
    for line in lines:
        cur.append(line)
        n += len(line.encode("utf-8"))
        if n >= size:
            pages.append("\n".join(cur))
            cur, n = [], 0
    if cur:
        pages.append("\n".join(cur))
    return pages


def _rate(pages: list[str], fn, repeat: int) -> tuple[float, float]:
    kb = sum(len(p.encode("utf-8")) for p in pages) / 1024 * repeat
    t = time.perf_counter()
    for _ in range(repeat):
        for p in pages:
            fn(p)
    dt = time.perf_counter() - t
    return kb, kb / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pipeline", action="store_true",
                    help="also time repair over the bundled samples' extracted text and cells")
    args = ap.parse_args()
    import thai_repair_sets as sets

    t = time.perf_counter()
    thai_dict.score("การ")  # load the lexicon once
    print(f"lexicon load: {time.perf_counter() - t:.2f} s")

    clean = "\n".join(sets.clean_seed_lines())
    data = sets.set_a()
    broken = "\n".join(b for k, v in data.items() if k.startswith("weasyprint") and k.endswith("prose")
                       for b, _ in v)
    cells = [b for k, v in data.items() if k.endswith("cells") for b, _ in v]

    rows = []
    _cold()
    rows.append(("clean seeds (fast path)",) + _rate(_pages(clean), repair, args.repeat))
    _cold()
    rows.append(("broken text layers, cold",) + _rate(_pages(broken), repair, 1))
    rows.append(("same broken pages again, warm",) + _rate(_pages(broken), repair, args.repeat))
    _cold()
    rows.append(("broken cells (repair_cell), cold",) + _rate(cells, lambda c: repair_cell(c), 1))
    if args.pipeline:
        # what the normalize stage really repairs: every page text and table cell of the
        # bundled samples as the extract stage delivers them (glyph recovery on), cold cache
        from extractors.document import extract_document

        texts = []
        for pdf in sorted((ROOT / "data" / "raw").glob("*.pdf")):
            ex = extract_document(pdf, "0" * 64)
            texts += [p.text for p in ex.pages if p.text]
            texts += [c for t in ex.tables for r in t.rows for c in r if c]
        _cold()
        rows.append(("pipeline inputs (data/raw), cold",) + _rate(texts, repair, 1))
    for name, kb, rate in rows:
        print(f"{name:32s} {kb:9.1f} KB  {rate:9.1f} KB/s")


if __name__ == "__main__":
    main()
