"""Benchmark Thai repair throughput (KB of UTF-8 text per second, one core).

    .venv/bin/python bench/bench_repair.py [--repeat N] [--runs N] [--pipeline]
    ITA_PURE_PYTHON=1 .venv/bin/python bench/bench_repair.py   # without the native build

Inputs: the seeds' clean text (fast path), broken text layers of the seeds
rendered with weasyprint and read back by pdfplumber (test set (a)), the font x reader
groups of tests/data/repair_groups.json per reader (pdfplumber, pypdfium2, pdftotext) and of
tests/data/repair_fresh4.json (pdfplumber, pypdfium2: the tone glyphs of thai_tones) and
tests/data/repair_fresh5.json (every reader: a font map swapping two marks, G1 ties) and
tests/data/repair_fresh6.json (pdfplumber, pypdfium2: real documents' prose), and the
broken pages repeated so the dictionary cache is warm (a real document repeats
its words). Each input is repaired page by page (about 3 KB per page).

Cold measurements empty every memo cache first and are repeated ``--runs`` times
(median and best are printed: on a shared virtual machine single runs vary by 30 %).
The first line says whether the mypyc-compiled modules (scripts/build_native.py)
or the Python sources ran.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from normalizers.thai import thai_dict  # noqa: E402
from normalizers.thai import thai_text  # noqa: E402
from normalizers.thai.thai_text import repair, repair_cell  # noqa: E402


def _cold() -> None:
    """Empty the memo caches so a measurement does not reuse earlier work."""
    thai_text.clear_caches()


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
    t = time.process_time()
    for _ in range(repeat):
        for p in pages:
            fn(p)
    dt = time.process_time() - t
    return kb, kb / dt


def _cold_rate(pages: list[str], fn, runs: int) -> tuple[float, float, float]:
    """KB, median and best KB/s of ``runs`` cold passes."""
    rates = []
    for _ in range(runs):
        _cold()
        kb, rate = _rate(pages, fn, 1)
        rates.append(rate)
    return kb, statistics.median(rates), max(rates)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--runs", type=int, default=9, help="cold passes per cold measurement")
    ap.add_argument("--pipeline", action="store_true",
                    help="also time repair over the bundled samples' extracted text and cells")
    args = ap.parse_args()
    import thai_repair_sets as sets
    import normalizers.thai

    print("implementation: " + ("native (mypyc: " + ", ".join(normalizers.thai.NATIVE) + ")"
                                if normalizers.thai.NATIVE else "Python sources"))
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
    rows.append(("clean seeds (fast path)",) + _rate(_pages(clean), repair, args.repeat) + (None,))
    rows.append(("broken text layers, cold",) + _cold_rate(_pages(broken), repair, args.runs))
    rows.append(("same broken pages again, warm",) + _rate(_pages(broken), repair, args.repeat) + (None,))
    groups = sets.reader_groups()
    by_reader = {}
    for key, halves in groups["groups"].items():
        by_reader.setdefault(key.split("/")[1], []).append("\n".join(halves["dev"] + halves["held_out"]))
    for reader, texts in sorted(by_reader.items()):
        broken_r = [t for t in texts if t != "\n".join(groups["true"]["dev"] + groups["true"]["held_out"])]
        rows.append((f"font x reader groups: {reader}, cold",)
                    + _cold_rate(_pages("\n".join(broken_r)), repair, args.runs))
    # the tone glyphs of session 6 (thai_tones); session 7: a font map swapping two marks, G1
    # session 8: real documents' prose (marks pushed before a space, non-spacey Pango text)
    for name, readers in (("fresh4", ("pdfplumber", "pypdfium2")), ("fresh5", ("pdfplumber", "pypdfium2", "pdftotext")),
                          ("fresh6", ("pdfplumber", "pypdfium2"))):
        data = json.loads((ROOT / "tests" / "data" / f"repair_{name}.json").read_text(encoding="utf-8"))
        for reader in readers:
            texts = ["\n".join(h["fresh"]) for k, h in data["groups"].items() if k.endswith("/" + reader)]
            rows.append((f"{name} groups: {reader}, cold",) + _cold_rate(_pages("\n".join(texts)), repair, args.runs))
    rows.append(("broken cells (repair_cell), cold",)
                + _cold_rate(cells, lambda c: repair_cell(c), args.runs))
    if args.pipeline:
        # what the normalize stage really repairs: every page text and table cell of the
        # bundled samples as the extract stage delivers them (glyph recovery on), cold cache
        from extractors.document import extract_document

        texts = []
        for pdf in sorted((ROOT / "data" / "raw").glob("*.pdf")):
            ex = extract_document(pdf, "0" * 64)
            texts += [p.text for p in ex.pages if p.text]
            texts += [c for t in ex.tables for r in t.rows for c in r if c]
        rows.append(("pipeline inputs (data/raw), cold",) + _cold_rate(texts, repair, args.runs))
    print(f"{'':32s} {'':12s} {'KB/s (median)':>14s} {'best':>8s}")
    for name, kb, rate, best in rows:
        print(f"{name:32s} {kb:9.1f} KB  {rate:14.1f} " + (f"{best:8.1f}" if best else ""))


if __name__ == "__main__":
    main()
