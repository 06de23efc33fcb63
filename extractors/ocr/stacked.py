"""One table read as two grids stacked on a page: the upper's columns completed from the lower's.

A table without column rules can come out of ``aligned``/``bands`` as two grids, one right under
the other: its header and first rows, then the rest (a blank or a band edge between rows parts
them). Each grid's columns come from its own rows' white channels, so where the upper rows' text
runs close across an edge (a measure's line ending at the finding's first letter) the upper grid
misses it and reads two columns as one. fresh34s 49110 p2 (300 dpi, landscape, bare m5): the header
and measure 1 in four columns (measure and finding in one cell: ``…การดำเนิน การประชาสัมพันธ์…``),
the rest in six (a dash column of the steps' bullets besides): the parts not stitched, measures
2-4 lost and measure 1's finding emptied, unflagged.

``sibling_columns`` gives an edge to tables drawn one per measure (five columns at least, one
edge more, outer edges within 3 mm); here the two grids are parts of one table: the lower grid
starts where the upper ends (``STACK_GAP_MM``), their outer edges agree, and every inner edge of
the upper lies near one of the lower's. Each edge the lower has and the upper lacks is weighed
against the upper's rows: it is added where some place within ``DRIFT_MM`` of it has no body text
across it (the upper's header row may cross it: that title then spans both columns), and left
out otherwise (the upper's reading kept). Both grids then have the same columns, and the
normalizer reads them as one table."""

from __future__ import annotations

import numpy as np

STACK_GAP_MM = 3.0  # the lower grid's top as far from the upper grid's foot
STACK_OUTER_MM = 4.0  # their outer edges as far apart
STACK_EDGE_MM = 5.0  # each inner edge of the upper as near one of the lower's
DRIFT_MM = 1.5  # an added edge moved to the clearest place of the upper's rows within this
STACK_CLEAR = 0.02  # share of a body row's height an added edge may have text across
MIN_COLS = 3  # measures tables (score tables read whole have two or three columns)


def _trivial(g) -> bool:
    return all(g.owner[r][c] == (r, c) for r in range(len(g.ys) - 1) for c in range(len(g.xs) - 1))


def _crossed(ink: np.ndarray, g, r: int, x: int, half: int) -> float:
    return float(ink[g.ys[r]:g.ys[r + 1], max(0, x - half):x + half + 1].any(axis=1).mean())


def _parts(g, s, mm: float) -> list[int] | None:
    """The inner edges of ``s`` that ``g`` lacks, when ``s`` continues ``g`` (module doc)."""
    if g.ruled or s.ruled or getattr(g, "carried", False) or getattr(s, "carried", False):
        return None
    if len(g.xs) - 1 < MIN_COLS or len(s.xs) <= len(g.xs) or len(g.ys) < 3 or not _trivial(g):
        return None
    if abs(s.ys[0] - g.ys[-1]) > STACK_GAP_MM * mm or abs(s.xs[0] - g.xs[0]) > STACK_OUTER_MM * mm \
            or abs(s.xs[-1] - g.xs[-1]) > STACK_OUTER_MM * mm:
        return None
    inner = s.xs[1:-1]
    near = [min(range(len(inner)), key=lambda i: abs(inner[i] - x)) for x in g.xs[1:-1]]
    if len(set(near)) != len(near) or any(abs(inner[i] - x) > STACK_EDGE_MM * mm for i, x in zip(near, g.xs[1:-1])):
        return None
    return [inner[i] for i in range(len(inner)) if i not in near]


def stacked_columns(grids: list, ink: np.ndarray, scale: float) -> int:
    """Give each grid the edges of the grid stacked right under it that its body rows leave clear
    (module doc). ``ink``: text pixels. Returns the grids changed."""
    mm = 300 * scale / 25.4
    half = max(2, int(3 * scale))
    drift = max(1, int(DRIFT_MM * mm))
    changed = 0
    order = sorted(grids, key=lambda g: g.ys[0])
    for g, s in zip(order, order[1:]):
        extra = _parts(g, s, mm)
        if not extra:
            continue
        body = [r for r in range(1, len(g.ys) - 1) if g.ys[r + 1] - g.ys[r] >= 10]
        added = []
        for x in extra:
            best = min(range(x - drift, x + drift + 1, max(1, half)),
                       key=lambda v: (max((_crossed(ink, g, r, v, half) for r in body), default=0.0), abs(v - x)))
            if all(_crossed(ink, g, r, best, half) <= STACK_CLEAR for r in body) \
                    and g.xs[0] < best < g.xs[-1] and best not in g.xs:
                added.append(best)
        if not added:
            continue
        head_crossed = {x for x in added if _crossed(ink, g, 0, x, half) > STACK_CLEAR}
        g.xs = sorted(g.xs + added)
        g.owner = [[(r, c - 1) if r == 0 and g.xs[c] in head_crossed else (r, c) for c in range(len(g.xs) - 1)]
                   for r in range(len(g.ys) - 1)]
        for r in range(len(g.ys) - 1):  # a title spanning two added edges: owned by its first cell
            for c in range(1, len(g.xs) - 1):
                if g.owner[r][c] != (r, c):
                    g.owner[r][c] = g.owner[r][c - 1]
        changed += 1
    return changed
