"""A two-level header drawn again over a row's rest, refitted to the page before's columns.

``carried.refit_columns`` gives a table at a page's top the previous page's columns when it is
a repeated header over the rest of a row run on from that page (``_rest_under_header``): a
header of one row. A two-level header (a group title over some columns, their titles under it)
made a grid of three rows, and was left with its own columns, placed from its titles alone:
dev 56110 p10 (scan38m, 300 dpi, zebra tables one per page, the header repeated), the finding
and steps columns under the group title read as one column, the steps' rest put into the
finding (text CER 0.25) and the steps cut short. It is fitted by the rest's row now; the header's
cells whose titles cross a carried edge (the group title) span the columns they cross.
"""
from __future__ import annotations

import numpy as np

from extractors import grid as G

CROSS_SHARE = 0.1  # of a header row's height: ink this long across an edge is a title over it


def header_spans(grid: G.Grid, ink: np.ndarray, head_rows: int, scale: float) -> None:
    """Merge, in the header's first ``head_rows`` rows, each cell with the one on its left where
    text crosses the edge between them."""
    half = max(2, int(3 * scale))
    t = max(2, int(4 * scale))
    for r in range(min(head_rows, len(grid.ys) - 1)):
        y0, y1 = int(grid.ys[r]) + t, int(grid.ys[r + 1]) - t
        if y1 - y0 < 4:
            continue
        for c in range(1, len(grid.xs) - 1):
            x = int(grid.xs[c])
            if ink[y0:y1, max(0, x - half) : x + half + 1].any(axis=1).mean() > CROSS_SHARE:
                grid.owner[r][c] = grid.owner[r][c - 1]
