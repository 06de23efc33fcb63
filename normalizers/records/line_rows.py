"""Measures tables read as one row per text line (issue 13).

A borderless measures table whose row bounds were not found (the table finder fell back to
cutting its body at every text line: dev seed 14533 html, 15833 docx) comes to the normalizer
as rows that each hold one line of every cell: ``(2) มาตรการ`` / ``สร้างวัฒนธรรม`` /
``องค์กรต่อต้าน`` ... in the measure column, ``1. ทบทวนขั้นตอน`` / ``การทำงานร่วมกับผู้`` /
``เกี่ยวข้อง`` / ``2. สรุปผลการดำเนิน`` in the steps column. Read row by row, every line became a
planned measure of its own (junk rows).

The tell: the steps numbering runs on across rows (a row's steps start at the number after
the last one printed in the rows above, where a measure's own steps start at 1), and the rows
carrying it are one line each. Such rows are joined again into one row per measure (a new
measure where the measure cell starts with a list number or the steps start at 1), and the
table is marked ``rows_are_lines``: each joined row carries ``rows_from_lines`` and the
document is ``partial`` (``table_rows_are_lines:p<page>``), since the columns of such a table
(cells of two columns run together) are not trusted.
"""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.tables.grid import Row, Table, merge_rows

STEP_NO = re.compile(r"(?:^|\s)\(?([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])")  # a list number anywhere: ``2.``, ``(3)``
_LEAD_NO = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])")


def _num(s: str) -> int:
    return int(to_ascii_digits(s))


def _one_line(row: Row) -> bool:
    src = row.lines if row.lines else row.cells
    return all("\n" not in c.strip() for c in src)


def _lead(text: str) -> int | None:
    m = _LEAD_NO.match(text or "")
    return _num(m.group(1)) if m else None


def _last_mark(text: str) -> int | None:
    marks = STEP_NO.findall(text or "")
    return _num(marks[-1]) if marks else None


def rows_are_lines(table: Table, c_steps: int | None) -> bool:
    """Whether the steps numbering of the table's body runs on across single-line rows."""
    if c_steps is None or len(table.rows) < 3:
        return False
    last = None  # the last step number printed in the rows read so far
    runs = 0
    for k, row in enumerate(table.rows):
        st = row.cells[c_steps].strip() if c_steps < len(row.cells) else ""
        lead = _lead(st)
        if lead is not None and lead >= 2 and last == lead - 1 and k >= 1 \
                and _one_line(row) and _one_line(table.rows[k - 1]):
            runs += 1
        mark = _last_mark(st)
        if mark is not None:
            last = mark
    return runs >= 1


def join_line_rows(table: Table, c_measure: int | None, c_steps: int | None) -> bool:
    """Join a table's one-line rows into one row per measure (see the module's doc); True when
    the table was read as lines and its rows were joined."""
    if not rows_are_lines(table, c_steps):
        return False
    groups: list[Row] = []
    for row in table.rows:
        me = row.cells[c_measure].strip() if c_measure is not None and c_measure < len(row.cells) else ""
        st = row.cells[c_steps].strip() if c_steps is not None and c_steps < len(row.cells) else ""
        starts = (me and _lead(me) is not None) or _lead(st) == 1
        if groups and not starts:
            groups[-1] = merge_rows(groups[-1], row)
        else:
            groups.append(row)
    for g in groups:
        g.flags = sorted(set(g.flags) | {"rows_from_lines"})
    table.rows = groups
    table.flags = sorted(set(table.flags) | {"rows_are_lines"})
    return True


_MARKED = re.compile(r"ตัวชี้วัด(?:ที่)?\s*[0-9๐-๙]{1,2}(?![0-9๐-๙.])")


def lines_indicator(record: dict, inds: list[dict], heading: int | None, ind_text: str) -> list[dict]:
    """A row joined from lines: its cells may hold the lines of two columns run together, or
    a column taken for the indicator's that is not (dev seed 14533 html: the ``สอดคล้องกับ
    ตัวชี้วัด`` column read as the indicator, ``…ตัวชี้วัดด้านการเปิดเผยข้อมูล`` taken for
    indicator 9). The heading over the table, where it names one, gives the indicator
    (``indicator_from_heading``); else an indicator read from the cell is kept only where the
    cell marks it by number (``ตัวชี้วัดที่ 1``) or it came from the row's question codes, and is
    null otherwise (``indicator_unread_lines``). Returns the indicator-score rows kept."""
    flags = set(record["flags"])
    no = record.get("indicator_no")
    if heading is not None:
        if no != heading:
            record["indicator_no"] = heading
            flags.add("indicator_from_heading")
    elif no is not None and not _MARKED.search(ind_text.replace(" ", "")) \
            and not flags & {"indicator_from_questions", "indicator_from_heading"}:
        record["indicator_no"] = None
        flags.add("indicator_unread_lines")
    record["flags"] = sorted(flags)
    return [r for r in inds if r["indicator_no"] == record.get("indicator_no")]
