"""Indicator headings a scan's OCR did not give at all.

A report printing its questions under one heading per indicator (``ตัวชี้วัดที่ ๒ การใช้งบประมาณ
(๘๘.๘๒ คะแนน)``, source ``text``; some headings print no score) may lose a heading on a scan
entirely: shaded, or taken into a grid's cell past reading. Its score, when it printed one, was
lost with nothing to tell (fresh31s 43108 p2: indicator 2's heading nowhere in the OCR'd text,
its questions i7-i12 read; u44a 44109: indicator 10's; both in a ``partial`` document whose error
named only questions).

On an OCR'd document whose pages show headings for most indicators (``MIN_HEADINGS`` lines
opening with the heading word as OCR reads it and naming an indicator, by name or number, in the
page's whole text, tables included), an indicator whose questions were read but whose heading
was seen nowhere and which got no ``text`` row (nor an ``analysis_table`` row, a question table's
indicator row being its heading) is named:
``indicators_missing:text:<nos>@p<pages>`` (the document is ``partial``: its heading, and the
score it may have printed, were not read). A heading printed without a score is named too: the
words say "may"."""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.records.scan_headings import heading_word

MIN_HEADINGS = 5  # indicators whose heading was seen: the report prints one per indicator


def seen_headings(pages) -> set[int]:
    """The indicators whose heading an OCR'd page shows: a line (of the whole text, a table's row with
    its cells parted by tabs) whose first cell is the heading word and the indicator's name (by name,
    not number: a measures table's indicator cell is cut by its wraps), its other cells empty or one
    number (a question table's indicator row), so a measures row, its cells full, is none."""
    seen: set[int] = set()
    for p in pages:
        if p.method != "ocr":
            continue
        for line in (p.full_text or p.text or "").splitlines():
            first, *others = line.split("\t")
            rest = heading_word(first)
            if rest is None or len([o for o in others if o.strip()]) > 1 \
                    or any(o.strip() and not _NUMBER.match(o) for o in others):
                continue
            no, _, flags = match_indicator(rest[:80])
            if no is not None and not any(f.startswith("indicator_by_number") for f in flags):
                seen.add(no)
    return seen


_NUMBER = re.compile(r"^\s*[0-9๐-๙][0-9๐-๙.,]*\s*$")


def unseen_headings(pages, indicators: list[dict], asked: set[int]) -> list[str]:
    """``indicators_missing:text:…`` for the indicators whose questions were read (``asked``) but whose
    heading no OCR'd page shows, where most headings were seen (module doc)."""
    seen = seen_headings(pages)
    # (an indicator row of a question table read is its heading: ``analysis_table``)
    have = {r["indicator_no"] for r in indicators if r.get("source") in ("text", "analysis_table")}
    missing = sorted(n for n in asked if 1 <= n <= 10 and n not in seen and n not in have)
    if len(seen) < MIN_HEADINGS or not missing:
        return []
    on = sorted({p.page for p in pages if p.method == "ocr"})
    where = f"@p{on[0]}-{on[-1]}" if on else ""
    return [f"indicators_missing:text:{','.join(map(str, missing))}{where}"]
