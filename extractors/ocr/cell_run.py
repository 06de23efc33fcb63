"""A long first-column cell running on past a blank under a table's shaded header.

``bands._carry_on`` carries a table body on past a blank (a short line of low letters over a
line with no upper marks leaves 3 mm) unless the next line is in the first column: a paragraph,
a heading or a footer under the table starts there. A table whose first column is its long
cell (the steps, columns printed right to left: u52b 52211 p7, 300 dpi, portrait, a shaded
header, one measure's steps running down to the page's foot) was cut there: its steps after
the blank became page text, lost without a flag (CER 0.70 on that measure).

The evidence that the line is the cell going on, not a text under the table: the body's last
line above the blank is the first column's alone (the other cells ended higher), the new line
stays inside the first column, and it starts where that last line starts (within about 1 mm:
the cell's own left edge; a heading or paragraph under the table starts at the page margin,
the table's outer edge, left of the cell's inset text).
"""
from __future__ import annotations

import numpy as np

ALIGN_MM = 1.0  # the new line starts this close to the cell's last line
LINE_GAP = 3  # px at 300 dpi: rows this close are one text line (its marks above and below)


def _last_line(text_ink: np.ndarray, x0: int, x1: int, end: int, scale: float) -> tuple[int, int] | None:
    """Rows ``(y0, y1)`` of the last text line ending at or above ``end`` between x0 and x1."""
    prof = text_ink[: end, x0:x1].sum(axis=1) > 0
    ys = np.nonzero(prof)[0]
    if not len(ys):
        return None
    y1 = int(ys[-1]) + 1
    y0 = y1 - 1
    gap = max(2, int(LINE_GAP * scale))
    while y0 > 0 and prof[max(0, y0 - gap) : y0].any():
        y0 -= 1
    return y0, y1


def _start(ink: np.ndarray) -> int | None:
    cols = np.nonzero(ink.any(axis=0))[0]
    return int(cols[0]) if len(cols) else None


def first_cell_runs_on(text_ink: np.ndarray, xs: list[int], end: int, nxt: int, line_end: int,
                       scale: float) -> bool:
    """Whether the line ``nxt..line_end`` after a table body's end ``end`` is its first
    column's cell going on (see the module docstring)."""
    x0, c1, x1 = xs[0], xs[1], xs[-1]
    t = max(2, int(4 * scale))
    line = text_ink[nxt:line_end, x0:x1] > 0
    if not line.any() or line[:, c1 - x0 - t :].any():
        return False
    last = _last_line(text_ink, x0, x1, end, scale)
    if last is None:
        return False
    prev = text_ink[last[0] : last[1], x0:x1] > 0
    if prev[:, c1 - x0 - t :].any():
        return False
    a, b = _start(line), _start(prev)
    return a is not None and b is not None and abs(a - b) <= ALIGN_MM / 25.4 * 300 * scale
