"""Headings printed above a table in the running text (``ประเด็นที่ ๒ การใช้งบประมาณ``,
``ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล``): the table's own heading, for its indicator, and a
sign that a table at the top of a page starts anew rather than continuing the one before.

The extract stage gives each page's whole text in reading order (``PageText.full_text``,
tables included). A table is found in it by the first line of its first cell; the heading
is the last heading-like line between the previous table on the page and this one.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.tables.text import squash
from normalizers.thai.thai_text import repair

_HEADING = re.compile(r"^\s*(?:ประเด็นที่|ตัวชี้วัดที่|ด้านที่)\s*[0-9๐-๙]{1,2}")


TRAILING = -1


def is_heading_line(line: str) -> bool:
    t = squash(line)
    if not t or len(t) > 90:
        return False
    if _HEADING.match(line):
        return True
    no, _, flags = match_indicator(line)
    return no is not None and len(t) <= 45 and not any(f.startswith("indicator_by_number") for f in flags) \
        and bool(re.match(r"^\s*(?:[0-9๐-๙]{1,2}[.)]\s*)?\S", line)) and "คะแนน" not in t


def _key(raw_rows) -> str:
    for row in raw_rows[:2]:
        for cell in row:
            if cell and cell.strip():
                return squash(repair(cell.split("\n")[0]))[:20]
    return ""


def headings_above(full_text: str, tables, outside_text: str | None = None) -> dict[int, list[str]]:
    """For the raw tables of one page (in order), the heading line(s) printed right above
    each one, by table index. Only lines of the page's text outside tables count
    (``outside_text``): a table's own last row is never the next table's heading."""
    lines = [repair(ln) for ln in (full_text or "").split("\n")]
    outside = None if outside_text is None else {squash(repair(ln)) for ln in outside_text.split("\n") if ln.strip()}
    ok = lambda ln: is_heading_line(ln) and (outside is None or squash(ln) in outside)  # noqa: E731
    keys = [squash(ln) for ln in lines]
    out: dict[int, list[str]] = {}
    cursor = 0
    for t in sorted(tables, key=lambda t: t.index):
        key = _key(t.rows)
        if not key:
            continue
        at = next((i for i in range(cursor, len(lines)) if keys[i].startswith(key)), None)
        if at is None:
            at = next((i for i in range(cursor, len(lines)) if key in keys[i]), None)
        if at is None:
            continue
        between = [ln.strip() for ln in lines[cursor:at] if ln.strip()]
        heads = [ln for ln in between[-2:] if ok(ln)]
        if heads:
            out[t.index] = heads[-1:]
        cursor = at + 1
    tail = [ln.strip() for ln in lines[cursor:] if ln.strip()]
    if tail and ok(tail[-1]):
        out[TRAILING] = [tail[-1]]  # a heading at the foot of the page: for the next page's first table
    return out
