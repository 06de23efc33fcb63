"""Structure before meaning: a header printed centred over a column whose cells are printed
left-aligned can be cut into two columns by an extractor that finds columns from whitespace
(the header's words on one side of a channel, the short body texts on the other). Two
neighbouring columns where one has a header and no body text and the other body text and no
header are one column: joined, the header names what the cells hold."""
from __future__ import annotations

from normalizers.tables import cells as ct
from normalizers.tables.colmerge import join_columns
from normalizers.tables.grid import Table
from normalizers.tables.header import column_headers
from normalizers.tables.markcol import join_mark_columns
from normalizers.tables.slivers import join_sliver_columns


def _filled(t: Table, c: int) -> bool:
    return any(c < len(r.cells) and (r.cells[c] or "").strip() for r in t.rows)


def _headed(heads: list[list[str]], c: int) -> bool:
    return any((h or "").strip() for h in heads[c])


def _codes_column(t: Table, c: int) -> bool:
    """Whether column ``c`` holds question codes alone in most of its filled cells."""
    cells = [r.cells[c] for r in t.rows if c < len(r.cells) and (r.cells[c] or "").strip()]
    return bool(cells) and sum(ct.cell_type(x) == ct.CODES for x in cells) >= 0.8 * len(cells)


def _pair(t: Table) -> int | None:
    """The left column of the first header-only / body-only pair right of a column of bare
    question codes, else None. Only there: the short question texts (``โครงสร้าง``) of a
    question table leave the channel; in a measures table an empty column with a header (a
    remark column nobody filled) beside a column its header row missed is no such pair."""
    if not t.header or not t.rows or t.n_cols < 3:
        return None
    heads = column_headers(t.header, t.n_cols)
    for c in range(1, t.n_cols - 1):
        if not _codes_column(t, c - 1):
            continue
        a, b = (_headed(heads, c), _filled(t, c)), (_headed(heads, c + 1), _filled(t, c + 1))
        if a == (False, True) and b == (True, False) or a == (True, False) and b == (False, True):
            return c
    return None


def _pick(a, b):
    return a if (a if not isinstance(a, str) else a.strip()) else b


def join_header_columns(t: Table) -> Table:
    """``t`` with each header-only column joined to its body-only neighbour (flagged
    ``header_column_joined:c<col>``) and each sliver column to its neighbour (``slivers``), or
    ``t`` itself."""
    while (c := _pair(t)) is not None:
        t = join_columns(t, c, text=_pick, conf=max, alt=_pick, flag=f"header_column_joined:c{c}")
    # ... a sliver an OCR grid cut out of a cell's words, and a cell's list marks cut from its text
    return join_mark_columns(join_sliver_columns(t))


__all__ = ["join_header_columns"]
