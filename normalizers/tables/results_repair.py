"""Structure repairs of a results (per-indicator) table before its rows are read.

Two shapes the table finder leaves behind when a results table has no rules between its rows
(zebra shading, horizontal rules only):

* **stacked rows** — the whole body in one row: the label cell holds every indicator on a
  line of its own (``1. การปฏิบัติหน้าที่\\n2. การใช้งบประมาณ\\n…``) and the score cell one score
  per line. When the label lines each name a different indicator and the score cell has as
  many lines (one of them may be a score garbled past reading, if another reads), the row is cut
  into one row per line (flagged ``row_unstacked``); a column with
  another number of lines (a tool cell ``OIT\\n68.14`` merged over the rows) stays whole on
  the first row and covers the others.
* **a header cell over the wrong column** — the header names its column one column off, so
  the column under ``ตัวชี้วัด`` is empty and the names sit in a neighbour whose header is
  empty: the two columns are one (flagged ``header_shifted_column_joined``).
* **a score column cut in two** — the scores alternate between two neighbouring columns (one
  without a header), never both filled in a row: one column (flagged ``score_column_joined``).
"""
from __future__ import annotations

import copy
import re

from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import parse_score
from normalizers.tables.grid import Row, Table


def _named(text: str) -> int | None:
    no, _, flags = match_indicator(text)
    if no is None or any(f.startswith(("indicator_by_number", "indicator_several_names")) for f in flags):
        return None
    return no


def _lines(row: Row, c: int) -> list[str]:
    text = row.lines[c] if c < len(row.lines) and row.lines[c] else (row.cells[c] if c < len(row.cells) else "")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


# a score line OCR garbled past reading (``๗๖.่`` for ๗๖.๕๗: dev scan 53201 p1, 200 dpi, a zebra band over
# indicators 1 and 2; the row was not cut and both scores were lost): a short token with a digit and no
# space, next to lines that read as scores; it stays in its own row, where it reads as unreadable
_GARBLED_SCORE = re.compile(r"^[0-9๐-๙][^\s]{1,6}$")


def _garbled_score(text: str) -> bool:
    return bool(_GARBLED_SCORE.match(text))


def _unstack(row: Row, label_col: int, score_col: int) -> list[Row] | None:
    labels = _lines(row, label_col)
    if len(labels) < 2:
        return None
    nos = [_named(lb) for lb in labels]
    if None in nos or len(set(nos)) < len(nos):
        return None
    scores = _lines(row, score_col)
    if len(scores) != len(labels) or not all(parse_score(s)[0] is not None or _garbled_score(s) for s in scores) \
            or all(parse_score(s)[0] is None for s in scores):
        return None
    n = len(labels)
    out = []
    for k in range(n):
        cells, covered = [], []
        for c in range(len(row.cells)):
            parts = _lines(row, c)
            whole = len(parts) != n  # a cell merged over the rows (a tool cell): kept on the first
            cells.append(parts[k] if not whole else (row.cells[c] if k == 0 else ""))
            covered.append(whole and k > 0 and bool(parts))
        out.append(Row(cells=cells, page=row.page, conf=list(row.conf), page_last=row.page_last,
                       flags=sorted(set(row.flags) | {"row_unstacked"}), lines=list(cells),
                       alt=[None] * len(cells), covered=covered))
    return out


def unstack_rows(table: Table, label_col: int, score_col: int) -> Table:
    """The table with its stacked rows cut into one row per indicator (a copy if any was cut)."""
    rows, cut = [], False
    for row in table.rows:
        parts = _unstack(row, label_col, score_col)
        if parts:
            rows += parts
            cut = True
        else:
            rows.append(row)
    if not cut:
        return table
    out = copy.copy(table)
    out.rows = rows
    return out


def _empty(table: Table, c: int) -> bool:
    return all(not (row.cells[c].strip() if c < len(row.cells) else "") for row in table.rows)


def _header_text(table: Table, c: int) -> str:
    return " ".join(h[c] for h in table.header if c < len(h) and h[c]).strip()


def _join_columns(table: Table, into: int, gone: int, flag: str) -> Table:
    """A copy of the table with column ``gone`` folded into column ``into`` (non-empty wins)."""
    keep = [c for c in range(table.n_cols) if c != gone]

    def cut_row(r: Row) -> Row:
        cells = list(r.cells) + [""] * (table.n_cols - len(r.cells))
        take = not cells[into].strip() and bool(cells[gone].strip())  # the filled one of the two

        def cut(values: list, fill):
            if not values:
                return []
            values = list(values) + [fill] * (table.n_cols - len(values))
            if take:
                values[into] = values[gone]
            return [values[c] for c in keep]

        return Row(cells=cut(r.cells, ""), page=r.page, conf=cut(r.conf, 1.0), page_last=r.page_last,
                   flags=sorted(set(r.flags) | {flag}), lines=cut(r.lines, ""), alt=cut(r.alt, None),
                   covered=cut(r.covered, False))

    out = copy.copy(table)
    out.header = [[h[c] if c < len(h) else "" for c in keep] for h in table.header]
    out.rows = [cut_row(r) for r in table.rows]
    out.n_cols = len(keep)
    out.col_x = None
    return out


def _worded(text: str) -> bool:
    """A header cell holding a letter or a digit; a scan's speck read as ``.`` or ``|`` is none."""
    return any(ch.isalnum() for ch in text)


def join_shifted_header(table: Table, indicator_col: int) -> Table:
    """The indicator column's header over an empty column beside the names: one column. The
    names' own header is empty, or on a scan a speck of no letter (``.``: fresh23s 24102, an
    unruled results table whose centred header OCR put over a column of its own)."""
    if not table.rows or not _empty(table, indicator_col):
        return table
    for d in (indicator_col - 1, indicator_col + 1):
        if not 0 <= d < table.n_cols or _worded(_header_text(table, d)) or _empty(table, d):
            continue
        named = sum(1 for row in table.rows if d < len(row.cells) and _named(row.cells[d]) is not None)
        if named < max(2, len(table.rows) // 2):
            continue
        return _join_columns(table, indicator_col, d, "header_shifted_column_joined")
    return table


def _cell(row: Row, c: int) -> str:
    return row.cells[c].strip() if c < len(row.cells) else ""


def join_split_score_column(table: Table) -> Table:
    """One score column the table finder cut in two: two neighbouring columns, one without a
    header, whose cells are scores and never both filled in a row, are one column
    (flagged ``score_column_joined``)."""
    for c in range(table.n_cols - 1):
        a, b = c, c + 1
        if _header_text(table, a) and _header_text(table, b):
            continue
        fa = [bool(_cell(r, a)) for r in table.rows]
        fb = [bool(_cell(r, b)) for r in table.rows]
        if sum(fa) < 1 or sum(fb) < 1 or sum(fa) + sum(fb) < 3 or any(x and y for x, y in zip(fa, fb)):
            continue
        cells = [_cell(r, a) or _cell(r, b) for r in table.rows]
        cells = [x for x in cells if x]
        if any(parse_score(x)[0] is None for x in cells):
            continue
        into, gone = (a, b) if _header_text(table, a) else (b, a)
        return join_split_score_column(_join_columns(table, into, gone, "score_column_joined"))
    return table


def repair_results(table: Table, layout, classify):
    """(table, layout) of a results or analysis table after the repairs above; the layout is
    classified again when a column was joined."""
    if "several_score_columns" in layout.flags:
        joined = join_split_score_column(table)
        if joined is not table:
            table, layout = joined, classify(joined)
    ind = layout.col("indicator")
    if ind is not None:
        joined = join_shifted_header(table, ind)
        if joined is not table:
            table, layout = joined, classify(joined)
    if layout.kind in ("results", "analysis") and layout.col("score") is not None:
        table = unstack_rows(table, (layout.cols("indicator") or [0])[-1], layout.col("score"))
    return table, layout
