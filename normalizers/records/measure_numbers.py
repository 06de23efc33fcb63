"""A running-number column read into the measure column (tables drawn without rules: the
``ที่`` column's numbers sit close to the measures): ``1 กิจกรรมเปิดเผยข้อมูล…``. The numbers
are the rows' order, not the measure's words (for ``normalizers.records.measures``)."""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.tables.grid import Table
from normalizers.tables.roles import Layout

# a bare number (no dot, no bracket: those are list numbers strip_list_number removes) and a space
_LEAD_NO = re.compile(r"^\s*([0-9๐-๙]{1,2})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def strip_running_numbers(table: Table, layout: Layout, context: dict) -> None:
    """Measure cells that start with a bare number continuing the document's running number
    (1, then the last one + 1; a new list may start again at 1), in a table that maps no
    running-number column: the number is removed. A number out of sequence stops it (a
    measure that starts with a count, ``5 ส …``, is kept as printed)."""
    c = layout.col("measure")
    if c is None or layout.col("seq") is not None:
        return
    last = context.get("measure_running_no", 0)
    for r in table.rows:
        m = _LEAD_NO.match(r.cells[c]) if c < len(r.cells) else None
        if m is None:
            continue
        n = int(to_ascii_digits(m.group(1)), 10)
        if n not in (1, last + 1):
            return
        r.cells[c] = r.cells[c][m.end():]
        if r.lines and c < len(r.lines):
            r.lines[c] = _LEAD_NO.sub("", r.lines[c], count=1)
        last = context["measure_running_no"] = n


# a bare number at the end of a period cell's first line, after a word or a number
_TAIL_NO = re.compile(r"(?<=\S)\s+([0-9๐-๙]{1,2})\s*$")


def strip_seq_from_period(table: Table, layout: Layout, context: dict) -> None:
    """The running-number column read into the period column beside it (a table with
    horizontal rules only: dev seed 17350 html, header ``ช่วงระยะเวลาในการ ลำดับ`` in one cell):
    each row's number ends the period cell's first line (``มีค 69 – 1`` / ``กย 69``) and was read
    as the day of the range's end (1 Sep for 30 Sep, unflagged). Where the period column's
    header also names the running number (``ลำดับ``), no column of its own does, and the numbers
    run 1, 2, 3… down the rows, each is removed (flagged ``period_seq_dropped:<n>``)."""
    from normalizers.tables.grid import join_lines
    from normalizers.tables.header import column_headers
    from normalizers.tables.text import squash

    c = layout.col("period")
    if c is None or layout.col("seq") is not None or not table.header:
        return
    if not any("ลำดับ" in squash(h) for h in column_headers(table.header, table.n_cols)[c]):
        return
    last = context.get("period_running_no", 0)
    found = []
    for r in table.rows:
        lines = (r.lines[c] if r.lines and c < len(r.lines) else r.cells[c] if c < len(r.cells) else "").split("\n")
        m = _TAIL_NO.search(lines[0])
        if m is None:
            continue
        n = int(to_ascii_digits(m.group(1)), 10)
        if n != last + 1:
            return  # not the running number: the period's own (``1 ต.ค. 68 – 30``)
        found.append((r, lines, m, n))
        last = n
    if len(found) < 2:
        return
    for r, lines, m, n in found:
        lines[0] = lines[0][:m.start()]
        if r.lines and c < len(r.lines):
            r.lines[c] = "\n".join(lines)
        r.cells[c] = join_lines(lines)
        r.flags = [*r.flags, f"period_seq_dropped:{n}"]
    context["period_running_no"] = last
