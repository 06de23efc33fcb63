"""A measure row's last steps printed, outside any table, on the next page, read back into the row.

A long row broken at a page's foot goes on at the next page's top; when only its steps column
goes on (the other cells ended on the page before) and nothing rules it, the extract stage of a
scan finds no table there and the steps are read as the page's text. The row was flagged
``measure_rest_unread`` and its steps lost: fresh39s 59115 p4-p5 (300 dpi), measure 4's steps
2-8 printed alone on page 5, the row keeping step 1 only.

Such text is the row's rest (and its steps are joined to the row's, the row flagged
``measure_rest_from_text``) only when the evidence says so: its first line is a step numbered
one past the row's last step, and none of its lines starts anything of its own (a heading, a
measure, a signature, a part). Otherwise the row keeps ``measure_rest_unread``.
"""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.ocr_lists import renumber_lines
from normalizers.fields.units import split_steps
from normalizers.tables.grid import join_lines

FLAG = "measure_rest_from_text"
_FIRST_STEP = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)]\s*\S")
_ITEM_START = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]|[-•●▪])")
_OWN = re.compile(r"^\s*(?:ประเด็น|ตัวชี้วัด|ส่วนที่|ลงชื่อ|มาตรการ|แนวทาง|โครงการ|กิจกรรม|หมายเหตุ)")


def step_items(text: str, ocr: bool = False) -> str:
    """Steps text with one line per item: wrapped lines of an item are joined (as a cell's lines
    are), a line that starts with a number or bullet starts a new item. On OCR'd text, garbled list
    numbers at line starts are renumbered first (``ocr_lists.renumber_lines``)."""
    if ocr:
        text = renumber_lines(text)[0]
    items: list[list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if not items or _ITEM_START.match(line):
            items.append([line.strip()])
        else:
            items[-1].append(line.strip())
    return "\n".join(join_lines(parts) for parts in items)


def rest_steps(text: str, row: dict, ocr: bool) -> list[str] | None:
    """The steps ``text`` (a page's text outside its tables) adds to ``row``, or None when it
    does not read as that row's rest (module doc)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    m = _FIRST_STEP.match(lines[0]) if lines else None
    if m is None or not row.get("steps") or int(to_ascii_digits(m.group(1))) != len(row["steps"]) + 1:
        return None
    if any(_OWN.match(ln) for ln in lines):
        return None
    # garbled list numbers (``cv.``) made numbers again; the sequence's start does not matter
    steps = split_steps(step_items("\n".join(lines), ocr))
    return steps or None


def join_rests(page_text: list[tuple[int, str]], measures: list[dict], rows: list[int],
               ocr_pages: frozenset[int]) -> list[int]:
    """Join to each of ``rows`` (indexes into ``measures``, their rest unread) the steps printed
    on the page after their last one when they read as its rest; returns the rows left unread."""
    text_of = dict(page_text)
    left = []
    for i in rows:
        m = measures[i]
        page = (m["page_last"] or m["page_first"]) + 1
        more = rest_steps(text_of.get(page, ""), m, page in ocr_pages)
        if more is None:
            left.append(i)
            continue
        m["steps"] = list(m["steps"]) + more
        m["page_last"] = page
        m["flags"] = sorted(set(m["flags"]) | {FLAG})
    return left
