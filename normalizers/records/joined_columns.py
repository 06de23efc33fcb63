"""A field printed in a column joined with another's: without its own column, the question
codes, the period or the units of a measures table read into a neighbour's cells (the extract
stage found no edge between them). Each finder names the column whose filled cells read as the
field often enough; ``measures.measure_rows`` then reads the field from it."""
from __future__ import annotations

import re

from normalizers.fields.codes import parse_code_list
from normalizers.fields.period_units import join_script_split_digits, period_from_joined_lines, units_from_joined_lines
from normalizers.records.measure_codes import codes_at_line_starts, codes_joined_into_indicator
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout


def cell_lines(row: Row, col: int | None) -> str:
    """The cell with its line breaks (one responsible unit per line, as printed)."""
    if col is None:
        return ""
    src = row.lines if row.lines else row.cells
    text = src[col].strip() if col < len(src) else ""
    # a line that ends inside a bracket or after a slash was wrapped, not a new entry
    return re.sub(r"(?<=[/(])\n|\n(?=[)/])", "", text)


CODE_COLUMN_SHARE = 0.5  # of a column's filled cells printing question codes


def _best_joined_column(table: Table, layout: Layout, own: str, host: str, cell, reads, min_cells: int
                        ) -> int | None:
    """Without an ``own`` column, the unmapped (or ``host``) column whose filled cells (read by
    ``cell``; at least ``min_cells``) most often ``reads`` as that field, at least
    ``CODE_COLUMN_SHARE`` of them: the field's column read into its neighbour's."""
    if layout.col(own) is not None:
        return None
    best, best_share = None, CODE_COLUMN_SHARE
    for c, role in enumerate(layout.roles):
        if role not in ("", host):
            continue
        cells = [cell(r, c) for r in table.rows if c < len(r.cells) and r.cells[c].strip()]
        if len(cells) < min_cells:
            continue
        share = sum(1 for x in cells if reads(x)) / len(cells)
        if share >= best_share:
            best, best_share = c, share
    return best


def joined_code_column(table: Table, layout: Layout) -> int | None:
    """Question codes printed among other words (``มาตรการนี้ e5 ช่วยยก…``): the codes' column
    read into its neighbour's, line by line."""
    col = _best_joined_column(table, layout, "question", "measure_analysis", lambda r, c: r.cells[c],
                              lambda x: parse_code_list(join_script_split_digits(x)), 2)
    if col is None:
        # a narrow code column read into the steps column: its pieces at the lines' starts
        col = _best_joined_column(table, layout, "question", "steps", cell_lines,
                                  lambda x: codes_at_line_starts(x) is not None, 2)
        col = col if col is not None and col == layout.col("steps") else None
    return col if col is not None else codes_joined_into_indicator(table, layout)


def joined_period_column(table: Table, layout: Layout) -> int | None:
    """Every line starting with a piece of a period (:func:`period_from_joined_lines`)."""
    return _best_joined_column(table, layout, "period", "follow_up", cell_lines, period_from_joined_lines, 1)


JOINED_UNITS_SHARE = 0.3  # of a column's filled cells (tails of rows print none)


def joined_units_column(table: Table, layout: Layout) -> int | None:
    """Without a units column, a column in two or more of whose cells lines end with a
    bulleted unit (:func:`units_from_joined_lines`): the units' column read into it."""
    if layout.col("responsible") is not None:
        return None
    best, best_n = None, 1
    for c, role in enumerate(layout.roles):
        if role not in ("", "steps", "follow_up", "measure_analysis"):
            continue
        cells = [cell_lines(r, c) for r in table.rows if c < len(r.cells) and r.cells[c].strip()]
        n = sum(1 for x in cells if units_from_joined_lines(x) is not None)
        if n > best_n and n >= JOINED_UNITS_SHARE * len(cells):
            best, best_n = c, n
    return best
