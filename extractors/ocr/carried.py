"""The rest of a table row run off a scanned page, loose at the next page's top.

A measures table drawn without column rules (zebra rows whose continued row is not shaded,
bare tables) whose last row breaks across a page leaves the row's rest at the top of the next
page as plain text: a column or two of lines (the steps, the units) and nothing that
``grid.find_grids``, ``bands``, ``rules`` or ``aligned`` could take for a table. It was read as
page text and lost: dev seeds 15016, 15011, 15003 scanned lost every step printed on the next
page (steps CER 39 %; a whole page of steps of one tall row, 15016 p6).

When the previous page's last table reached the page foot (``document.ocr_carry_of``), the lines at the
top of this page, down to the first table or the first blank wider than a paragraph gap, are
that row's rest if each of them lies inside the previous table's extent and crosses none of
its column boundaries (a heading over a new table runs across them and ends the rest). They
become a one-row grid in the previous page's columns (flag ``ocr_row_carried``), which the
normalizer stitches to the table above as the continuation of its last row.
"""

from __future__ import annotations

import numpy as np

from extractors import grid as G
from extractors.ocr.borderless import _lines


def _fits(ln, xs: list[int], thr: int, tol: int) -> bool:
    """The line's ink lies inside the table's extent and clear of its inner column edges."""
    ink = np.flatnonzero((ln.img < thr).any(axis=0)) + ln.x0
    if not len(ink) or ink[0] < xs[0] - tol or ink[-1] > xs[-1] + tol:
        return False
    return not any(((ink > x - tol) & (ink < x + tol)).any() for x in xs[1:-1])


def _inks(ln, a: int, b: int, thr: int) -> bool:
    lo, hi = max(0, a - ln.x0), min(ln.img.shape[1], b - ln.x0)
    return hi > lo and bool((ln.img[:, lo:hi] < thr).any())


def carried_grid(rest: np.ndarray, xs_px: list[int], top_grid_y: int | None, scale: float,
                 thr: int = 160) -> G.Grid | None:
    """A one-row grid over the lines at the top of ``rest`` (the page with its tables blanked)
    that continue a table in columns ``xs_px``; None when the page does not start so."""
    lines = [ln for ln in _lines(rest, thr) if top_grid_y is None or ln.y0 + ln.img.shape[0] <= top_grid_y]
    if not lines:
        return None
    para = 40 * scale  # a blank wider than a paragraph gap ends the row's rest
    tol = max(2, int(4 * scale))
    take: list = []
    for ln in lines:
        if take and ln.y0 - max(t.y0 + t.img.shape[0] for t in take) > para:
            break
        if not _fits(ln, xs_px, thr, tol):
            break
        take.append(ln)
    cols = {c for ln in take for c in range(len(xs_px) - 1) if _inks(ln, xs_px[c], xs_px[c + 1], thr)}
    if not cols - {0}:  # a short heading inside the first column is no row's rest
        return None
    pad = max(2, int(6 * scale))
    y0 = max(0, take[0].y0 - pad)
    y1 = min(rest.shape[0] - 1, max(t.y0 + t.img.shape[0] for t in take) + pad)
    if top_grid_y is not None:
        y1 = min(y1, top_grid_y - 1)
    if y1 <= y0:
        return None
    nc = len(xs_px) - 1
    return G.Grid(xs=list(xs_px), ys=[y0, y1], owner=[[(0, c) for c in range(nc)]], ruled=False)
