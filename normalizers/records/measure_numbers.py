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
