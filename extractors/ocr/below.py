"""Ink left under a table without rules: a cell's text that went on below the grid's foot.

A grid inferred from a scan's text (shading bands, rules between rows, aligned lines) ends
where its extent finder saw the body stop; when it stops too early (a blank inside a long
steps cell taken for the table's end: fresh23s 24102 p6-p8 at 0.23.0), the rest of the cell
is read as page text and the row's text stops mid-word with no flag. ``ink_below`` tells that
case: right under the grid's last row (a blank under a text line's height) a line of ink
keeps inside one of the grid's body columns (not the first: a heading, a paragraph or a
footer under a table starts at its left edge or runs over its columns), in a column whose
text ran down to the grid's foot. The table is then flagged ``ocr_ink_below_table`` and its
last row's record says its text may go on (``normalizers.tables.grid``).
"""

from __future__ import annotations
import numpy as np
from extractors import grid as G


def _runs(prof: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the inked runs of a profile."""
    out, start = [], None
    for i, v in enumerate(prof):
        if v and start is None:
            start = i
        elif not v and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(prof)))
    return out


def ink_below(rest: np.ndarray, page: np.ndarray, g: G.Grid, scale: float) -> bool:
    """Whether a line of text right under grid ``g`` keeps inside one of its body columns whose
    text in the last row ran down to the grid's foot (``rest``: the page's ink, bool, every
    grid blanked; ``page``: the page's ink with the grids' text)."""
    xs, ys = [int(x) for x in g.xs], [int(y) for y in g.ys]
    if len(xs) < 3 or len(ys) < 2:
        return False
    H = rest.shape[0]
    x0, x1, y1 = xs[0], xs[-1], ys[-1]
    pitch = int(60 * scale)  # a text line of 14-16 pt with its marks, at 300 dpi
    prof = rest[y1 : min(H, y1 + pitch), x0:x1].any(axis=1)
    if not prof.any():
        return False
    top = y1 + int(np.argmax(prof))
    gap, end, blank = max(3, int(8 * scale)), top, 0
    for y in range(top, min(H, top + 2 * pitch)):
        if rest[y, x0:x1].any():
            end, blank = y + 1, 0
        else:
            blank += 1
            if blank >= gap:
                break
    cols = _runs(rest[top:end, x0:x1].any(axis=0))
    if not cols:
        return False
    lx0, lx1 = x0 + cols[0][0], x0 + cols[-1][1]
    t = max(2, int(4 * scale))
    for c in range(1, len(xs) - 1):
        if lx0 >= xs[c] - t and lx1 <= xs[c + 1] + t:
            # the cell above: its text ran down to the foot (a cell that ended early is no cut)
            cell = page[ys[-2] : y1, xs[c] : xs[c + 1]].any(axis=1)
            if cell.any():
                last = ys[-2] + len(cell) - int(np.argmax(cell[::-1]))
                return y1 - last <= pitch
    return False
