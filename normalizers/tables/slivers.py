"""Structure before meaning: a column an OCR grid inferred from the ink of a few rows can fall
inside a cell's words (a one-row table under a header whose group title spans the columns
leaves a letter gap blank from top to bottom: ``กิ | จกรรมสร้างวัฒนธรรม`` with ``อ | งค์กร…`` under
it, unseen-then scan u48b 48202 p6). Such a sliver, narrower than a letter pair, printing only
pieces of words (no digit, a few letters a line), is joined to its neighbour line by line: the
cell's words come back whole, and the table keeps the column count of the same table on the
next page, which maps its headerless rest (the rest of 48202's measures lost)."""
from __future__ import annotations

import re

from normalizers.tables.colmerge import cell_lines as _text, join_line_columns
from normalizers.tables.grid import Table
from normalizers.tables.text import squash

SLIVER_PT = 18.0  # a column narrower than this (points) holds no field of its own
PIECE_LETTERS = 3  # letters a sliver's line prints at most
_DIGIT = re.compile("[0-9๐-๙]")


def _pieces(text: str) -> bool:
    lines = [squash(x) for x in (text or "").split("\n") if squash(x)]
    return all(len(x) <= PIECE_LETTERS and not _DIGIT.search(x) for x in lines)


def _sliver(t: Table, c: int) -> bool:
    if t.method != "ocr" or "ocr_grid_inferred" not in t.flags or not t.col_x or len(t.col_x) != t.n_cols + 1:
        return False
    if t.col_x[c + 1] - t.col_x[c] >= SLIVER_PT:
        return False
    cells = [_text(r, c) for r in t.rows if c < len(r.cells)]
    k = c + 1 if c + 1 < t.n_cols else c - 1
    # its lines glue to the neighbour's one for one (the same count wherever both print)
    same = all(len(_text(r, c).split("\n")) == len(_text(r, k).split("\n")) for r in t.rows
               if squash(_text(r, c)) and squash(_text(r, k)))
    return same and any(squash(x) for x in cells) and all(_pieces(x) for x in cells) \
        and all(len(squash(h[c] if c < len(h) else "")) <= 2 * PIECE_LETTERS for h in t.header)


def _glue(a: str, b: str) -> str:
    """``a``'s lines put before ``b``'s, line by line where both print as many lines."""
    la, lb = (a or "").split("\n"), (b or "").split("\n")
    if not (a or "").strip():
        return b or ""
    if not (b or "").strip():
        return a or ""
    return "\n".join(x.rstrip() + y.lstrip() for x, y in zip(la, lb)) if len(la) == len(lb) else f"{a.strip()} {b.strip()}"


def join_sliver_columns(t: Table) -> Table:
    """``t`` with each sliver column (``_sliver``) joined to the column right of it (the left one
    for the last column), flagged ``sliver_column_joined:c<col>``; or ``t`` itself."""
    c = 0
    while c < t.n_cols and t.n_cols > 2:
        if not _sliver(t, c):
            c += 1
            continue
        k = c if c + 1 < t.n_cols else c - 1
        t = join_line_columns(t, k, _glue, f"sliver_column_joined:c{c}")
    return t


__all__ = ["join_sliver_columns"]
