"""Two neighbouring columns of a table read as one (structure before meaning): every row's
cells, line texts, confidences, runner-up readings and covered marks, the header levels, each
stitched part's header and the column bounds. The callers decide which columns and how texts
and confidences combine (``codecol``: code + text; ``headercol``: a header over its body);
``join_line_columns`` joins two columns line by line (``slivers``, ``markcol``)."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from normalizers.tables.grid import Table, join_lines


def _merge(cells: list, c: int, how) -> list:
    if c + 1 >= len(cells):
        return list(cells)
    return [*cells[:c], how(cells[c], cells[c + 1]), *cells[c + 2:]]


def join_columns(t: Table, c: int, *, text: Callable, conf: Callable, alt: Callable, flag: str) -> Table:
    """``t`` with columns ``c`` and ``c + 1`` joined, flagged ``flag`` (a table flag)."""
    rows = [replace(r, cells=_merge(r.cells, c, text), conf=_merge(r.conf, c, conf),
                    lines=_merge(r.lines, c, text), alt=_merge(r.alt, c, alt),
                    covered=_merge(r.covered, c, lambda a, b: a and b))
            for r in t.rows]
    header = [_merge(h, c, text) for h in t.header]
    parts = [[_merge(h, c, text) for h in hs] for hs in t.part_headers]
    col_x = [x for i, x in enumerate(t.col_x) if i != c + 1] if t.col_x is not None else None
    return replace(t, rows=rows, header=header, part_headers=parts, n_cols=t.n_cols - 1, col_x=col_x,
                   flags=[*t.flags, flag])


def cell_lines(r, c: int) -> str:
    """Row ``r``'s cell ``c`` as its lines were read (the cell's text where no lines were kept)."""
    return (r.lines[c] if c < len(r.lines) and r.lines[c] else r.cells[c] if c < len(r.cells) else "") or ""


def join_line_columns(t: Table, c: int, glue: Callable[[str, str], str], flag: str) -> Table:
    """``join_columns`` of ``c`` and ``c + 1`` whose lines ``glue`` combines, each joined cell's text
    then the glued lines joined as a cell's wrapped lines are (``grid.join_lines``)."""
    old = [list(r.lines) for r in t.rows]
    t = join_columns(t, c, text=glue, conf=min, alt=lambda a, b: a or b, flag=flag)
    for r, lines in zip(t.rows, old):
        if c < len(lines) - 1 and c < len(r.cells):
            r.cells[c] = join_lines(glue(lines[c], lines[c + 1]).split("\n"))
    return t
