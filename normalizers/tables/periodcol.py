"""Structure before meaning: a period cell cut in two by the column finder of a scan, its period
word on one side of a white channel and its numbers on the other (``ไตรมาสที่ | 1-3``), under a
header cut the same way (``ช่วงระยะเ`` / ``การดำเนิ`` | ``วลาใน`` / ``นการ``) or printed whole over
one of the two. Neither piece names a field; joined, the header names the period and every
row's cell reads as printed (``ไตรมาสที่ 1-3``).

Dev seed 19001 (html, scanned at 200 dpi) p5-6: tables drawn one per measure, one of which found
the channel between ``ไตรมาสที่`` and ``1-3`` and gave it to its siblings
(``extractors.ocr.columns.sibling_columns``); the period column held ``ไตรมาสที่`` alone and four
of five periods were null (flagged ``cell_empty:period``). The cells decide, not a vote of the
sibling tables."""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.tables import cells as ct
from normalizers.tables.colmerge import join_columns
from normalizers.tables.grid import Table
from normalizers.tables.header import column_headers
from normalizers.tables.vocab import STRONG, header_evidence

# the numbers of a period word: ``1-3``, ``๒ - ๔``, ``3``, ``1,2``
_NUMBERS = re.compile(r"^[0-9]{1,2}(?:\s*[-–,]\s*[0-9]{1,2})*$")
_DIGIT = re.compile(r"[0-9๐-๙]")


def _numbers(cell: str) -> bool:
    return bool(_NUMBERS.match(to_ascii_digits((cell or "").strip())))


def _word_alone(cell: str) -> bool:
    """A period word without any number (``ไตรมาสที่``, ``เดือนที่``)."""
    t = (cell or "").strip()
    return bool(t) and not _DIGIT.search(t) and ct.is_period(t) and len(t) <= 20


def _join_lines(a: str, b: str) -> str:
    """Two pieces of one cut cell: line by line where both print as many lines (a title cut
    mid-word joins without a space), else the two texts side by side."""
    a, b = a or "", b or ""
    if not a.strip() or not b.strip():
        return (a or b).strip() if not a.strip() else a.strip()
    for sep in ("\n", " "):  # its lines (a header's lines are joined by spaces)
        la, lb = a.strip().split(sep), b.strip().split(sep)
        if len(la) == len(lb) and len(la) > 1:
            return sep.join(x.strip() + y.strip() for x, y in zip(la, lb))
    return f"{a.strip()} {b.strip()}"


def _head(t: Table, c: int) -> str:
    return " ".join((h or "").strip() for h in column_headers(t.header, t.n_cols)[c] if (h or "").strip())


def _names_period(heads: list[str]) -> bool:
    ev = header_evidence(heads) if heads and any(h.strip() for h in heads) else {}
    return bool(ev) and max(ev, key=lambda r: ev[r]) == "period" and ev["period"] >= STRONG


def _names_a_field(text: str) -> bool:
    ev = header_evidence([text]) if text.strip() else {}
    return bool(ev) and max(ev.values()) >= STRONG


def _cut_pair(t: Table) -> int | None:
    """The left column of the first pair cut from one period column, else None."""
    if t.method != "ocr" or not t.header or not t.rows or t.n_cols < 3:
        return None  # (a text layer's columns are drawn, not found from white channels)
    for c in range(t.n_cols - 1):
        both = [r for r in t.rows if c + 1 < len(r.cells) and ((r.cells[c] or "").strip() or (r.cells[c + 1] or "").strip())]
        if not both or not all(_word_alone(r.cells[c]) and (_numbers(r.cells[c + 1]) or not (r.cells[c + 1] or "").strip())
                               for r in both):
            continue
        if not any(_numbers(r.cells[c + 1]) for r in both):
            continue
        ha, hb = _head(t, c), _head(t, c + 1)
        whole = [_join_lines(x, y) for x, y in zip(*(column_headers(t.header, t.n_cols)[k] for k in (c, c + 1)))]
        if hb.strip() and _names_a_field(hb) or ha.strip() and _names_a_field(ha) and not _names_period([ha]):
            continue  # the right piece's own header names a field: two columns
        if _names_period(whole) or _names_period([ha]) and not hb.strip():
            return c
        if ha.strip() and hb.strip() and not _names_a_field(ha) and not _names_a_field(hb) \
                and not _names_a_field(ha + hb):
            # a title cut mid-word whose wrapped lines were joined first (``ช่วงระยะเการดำเนิ`` |
            # ``วลาในนการ``): no piece names a field, the cells alone say what the column is
            return c
    return None


def join_period_pieces(t: Table) -> Table:
    """``t`` with each period column cut in two joined again (flagged ``period_pieces_joined:c<col>``),
    or ``t`` itself."""
    while (c := _cut_pair(t)) is not None:
        t = join_columns(t, c, text=_join_lines, conf=min, alt=lambda a, b: None, flag=f"period_pieces_joined:c{c}")
    return t


__all__ = ["join_period_pieces"]
