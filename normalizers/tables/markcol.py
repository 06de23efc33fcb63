"""Structure before meaning: a scanned table's list marks set apart as a column of their own. An
OCR grid inferred from the ink of one table's rows can cut a channel between a steps cell's
numbers (``๑`` ``๒.`` ``๓.``, read ``lo.`` ``om.`` as often) and its text; the tables drawn alike on
the page take that column too (``extractors.ocr.page.sibling_columns``), where the steps' text
then lies across both columns (the cell covers the titled one). The narrow column has no title
of its own; the titled column right of it is left empty or holds the text without its marks.
Taken as two fields, the untitled column was unmapped and the steps lost (flagged
``column_unmapped_text``): dev 62102 p6 (200 dpi, landscape, one table per measure, m5f),
measures 2 and 3 without steps. Such a column is joined to the titled one right of it."""
from __future__ import annotations

import re

from normalizers.tables.colmerge import cell_lines as _text, join_line_columns
from normalizers.tables.grid import Table
from normalizers.tables.header import column_headers
from normalizers.tables.text import squash

MARKS_PT = 26.0  # a column narrower than this (points) holds list marks at most
# a list mark alone on its line: ``๑`` ``2.`` ``(3)``, or two Latin letters and a point (``lo.`` ``om.``:
# ``๒.`` ``๓.`` as Tesseract reads them)
_MARK = re.compile(r"^\(?[0-9๐-๙]{1,2}[.)]?$|^[A-Za-z]{1,2}[.,]$")


def _marks(text: str) -> bool:
    lines = [squash(x) for x in text.split("\n") if squash(x)]
    return bool(lines) and all(_MARK.match(x) for x in lines)


def _covers_next(r, c: int) -> bool:
    return c + 1 < len(r.covered) and r.covered[c + 1]


def _mark_column(t: Table, c: int) -> bool:
    if t.method != "ocr" or "ocr_grid_inferred" not in t.flags or not t.col_x or len(t.col_x) != t.n_cols + 1 \
            or c + 1 >= t.n_cols or t.col_x[c + 1] - t.col_x[c] >= MARKS_PT or not t.header:
        return False
    heads = column_headers(t.header, t.n_cols)
    # (a title spanning from the left, a merged header cell, is no title of its own)
    own = lambda k: any(squash(h[k] if k < len(h) else "") for h in t.header)  # noqa: E731
    if own(c) or not own(c + 1) or not heads[c + 1]:
        return False
    filled = [r for r in t.rows if squash(_text(r, c))]
    return bool(filled) and all(_marks(_text(r, c)) or _covers_next(r, c) for r in filled)


def _glue(a: str, b: str) -> str:
    """The marks' lines put before the text's, line by line where both print as many lines."""
    la, lb = (a or "").split("\n"), (b or "").split("\n")
    if not (a or "").strip():
        return b or ""
    if not (b or "").strip():
        return a or ""
    if len(la) == len(lb):
        return "\n".join(f"{x.strip()} {y.strip()}".strip() for x, y in zip(la, lb))
    return f"{a.strip()}\n{b.strip()}"


def join_mark_columns(t: Table) -> Table:
    """``t`` with each untitled column of list marks (or of text covering the titled column right
    of it) joined to that column, flagged ``mark_column_joined:c<col>``; or ``t`` itself."""
    c = 0
    while c < t.n_cols - 1 and t.n_cols > 2:
        if not _mark_column(t, c):
            c += 1
            continue
        t = join_line_columns(t, c, _glue, f"mark_column_joined:c{c}")
    return t


__all__ = ["join_mark_columns"]
