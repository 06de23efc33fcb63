"""A bare table's one-line header over a first body row that fills the same columns.

``borderless._row_starts`` starts a row where a line brings ink back into a column left empty
on the line above. A header of one line holds a title in every column; when the first body
row's first line holds ink in every column too (a measure's cells all filled, a table drawn per
page or per measure with a single row under its header), no line brings ink back and the header
and that row were read as one row: no grid (a table of one row), or a grid whose header took
the measure (unseen-then 56114, 300 dpi, landscape, bare per-page tables under one-line headers:
all five measures lost, the pages read as text). The titles of a header are centred in their
columns; a body row's cells are filled from their left edge. The first line of the first row
whose filled cells mostly start at their column's leftmost ink (``borderless.BODY_EDGE_MM``), with
every line above it that holds ink in more than half the columns centred (most of its titles start
right of that edge) and the line under it in the row starting at the edges too (a wrapped title's
next line is centred again), starts the body.
"""
from __future__ import annotations

import numpy as np

HEADER_LINES_MAX = 3  # lines of a header's titles at most above its first body line


def _starts_in(ln, cols: list[tuple[int, int]], thr: int) -> dict[int, int]:
    """Column -> the x of the line's first ink in it."""
    ink = np.nonzero((ln.img < thr).any(axis=0))[0] + ln.x0
    out = {}
    for c, (x0, x1) in enumerate(cols):
        inside = ink[(ink >= x0) & (ink < x1)]
        if inside.size:
            out[c] = int(inside[0])
    return out


def body_under_header_line(lines: list, starts: list[int], cols: list[tuple[int, int]], thr: int,
                           edge: float) -> int | None:
    """The line index where the body starts inside the first row (``starts[0]``..``starts[1]``),
    under a header of centred titles, or None; ``edge``: how near its column's leftmost ink (px) a
    body cell's text starts."""
    end = starts[1] if len(starts) > 1 else len(lines)
    a = starts[0]
    if end - a < 2:
        return None
    firsts = [_starts_in(ln, cols, thr) for ln in lines]
    left = {c: min(f[c] for f in firsts if c in f) for c in range(len(cols)) if any(c in f for f in firsts)}
    wide = 0.5 * len(cols)

    def flush(k: int) -> bool:
        here = firsts[k]
        at_edge = sum(1 for c, x in here.items() if x - left[c] <= edge)
        return 2 * at_edge >= len(here) and at_edge >= 2

    titles = 0
    for k in range(a, min(end, a + HEADER_LINES_MAX + 1)):
        here = firsts[k]
        if len(here) > wide and flush(k):
            # a line filled from the columns' edges: the body's first when titles are above it, and
            # the line under it in the row starts at the edges too (a body cell's wrapped text does;
            # a wrapped title's next line is centred again: unseen 58509 p2, 300 dpi, a header of
            # wrapped titles cut after its first line, each half OCR'd alone, the table not understood)
            if k + 1 < end and firsts[k + 1] and not flush(k + 1):
                titles += 1
                continue
            return k if titles and k > a else None
        if len(here) > wide:
            titles += 1  # a line of centred titles
    return None
