"""Shaded row bands: the filled rectangles of zebra-striped or header-shaded tables.

A filled rectangle with no outline that is taller and wider than ``SHADE_MIN`` points is
*shading*, not a rule (Word and HTML exports draw thin rules as filled rectangles too; those
stay rules). Shading is not a table's structure by itself: an unshaded row between two shaded
ones has no drawn edge at all. So shading rects are kept out of the ruled-edge finder and read
here as evidence of rows instead:

    shade rects → bands (one per table row: per-cell rects of one row merged, the
    boundaries between them kept as column cuts) → stacks (bands of one table: same
    left and right within ``X_TOL``, vertically close)

``extractors.unruled`` turns a stack into row and column boundaries.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

SHADE_MIN = 3.0  # a filled rect thinner than this (pt) is a rule, not shading
TOL = 1.5  # rects of one row share top/bottom within this; touching within this
X_TOL = 3.0  # bands of one table share their left and right edges within this
# bands of one edge are one stack however far apart: an unshaded row between two bands may be
# as long as a page (``extractors.unruled.split_stack`` cuts where the gap is no row's text)
MAX_BAND_GAP = float("inf")


@dataclass
class Band:
    """One shaded row, or a shaded block of rows joined by merged cells (a two-level header):
    its box, the x of the boundaries between its per-cell rects, and the rects themselves."""

    x0: float
    top: float
    x1: float
    bottom: float
    cuts: list[float] = field(default_factory=list)
    colour: tuple = ()
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def is_shade(rect: dict) -> bool:
    """A filled, unstroked rect that is neither a thin rule nor a hairline box."""
    w, h = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
    return bool(rect.get("fill")) and not rect.get("stroke") and w > SHADE_MIN and h > SHADE_MIN


def _colour(rect: dict) -> tuple:
    c = rect.get("non_stroking_color")
    if isinstance(c, (list, tuple)):
        return tuple(round(float(v), 3) for v in c)
    return (c,) if c is not None else ()


def _is_white(colour: tuple) -> bool:
    return bool(colour) and all(isinstance(v, (int, float)) and v >= 0.995 for v in colour) and len(colour) in (1, 3)


def _touch(a: tuple, b: tuple) -> bool:
    """Side by side (one's right edge on the other's left) and overlapping vertically."""
    side = abs(a[2] - b[0]) <= TOL or abs(b[2] - a[0]) <= TOL
    return side and min(a[3], b[3]) - max(a[1], b[1]) > TOL


def bands(shades: Sequence[dict]) -> list[Band]:
    """Shading rects merged into bands: rects side by side (per-cell shading of one row, or
    of a header whose merged cells span rows) are one band, top to bottom. White fills are
    ignored (page or cell backgrounds that shade nothing)."""
    boxes = sorted({(r["x0"], r["top"], r["x1"], r["bottom"]): _colour(r) for r in shades
                    if not _is_white(_colour(r))}.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    groups: list[list[tuple]] = []
    for box, colour in boxes:
        hit = [g for g in groups if any(_touch(box, b) for b, _ in g)]
        merged = [(box, colour)] + [x for g in hit for x in g]
        groups = [g for g in groups if not any(g is h for h in hit)] + [merged]
    out = []
    for g in groups:
        rects = sorted(b for b, _ in g)
        cuts = sorted({round((a[2] + b[0]) / 2, 2) for a in rects for b in rects if _touch(a, b) and a[2] <= b[0] + TOL})
        out.append(Band(min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects),
                        max(r[3] for r in rects), cuts, g[0][1], rects))
    return sorted(out, key=lambda b: (b.top, b.x0))


def stacks(all_bands: Sequence[Band]) -> list[list[Band]]:
    """Bands grouped into tables: the same left or right edge, each below the previous one
    (``split_stack`` then cuts where the space between two is not one unshaded row). A stack of one band is kept (a shaded
    header over unshaded rows); the caller decides from the text whether it is a table."""
    groups: list[list[Band]] = []
    for b in sorted(all_bands, key=lambda b: b.top):
        for g in groups:
            last = g[-1]
            left, right = min(g, key=lambda x: x.x0).x0, max(g, key=lambda x: x.x1).x1
            overlap = min(right, b.x1) - max(left, b.x0)
            # one table: a common left or right edge (a row whose last cell is covered by a
            # cell merged from the row above is shaded narrower) and mostly the same width
            if (abs(left - b.x0) <= X_TOL or abs(right - b.x1) <= X_TOL) and \
                    overlap >= 0.6 * min(right - left, b.x1 - b.x0) and -TOL <= b.top - last.bottom <= MAX_BAND_GAP:
                g.append(b)
                break
        else:
            groups.append([b])
    return groups


def common_cuts(stack: Sequence[Band]) -> list[float]:
    """Column cuts printed by per-cell shading: the x positions found in at least half of the
    stack's bands that have cuts at all (a header with merged cells has fewer)."""
    left, right = min(b.x0 for b in stack), max(b.x1 for b in stack)

    def cuts(b: Band) -> list[float]:  # a band narrower than the table ends at a column boundary
        return b.cuts + [x for x in (b.x0, b.x1) if left + X_TOL < x < right - X_TOL]

    with_cuts = [b for b in stack if cuts(b)]
    if not with_cuts:
        return []
    xs = sorted(x for b in with_cuts for x in cuts(b))
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= X_TOL:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    need = max(1, (len(with_cuts) + 1) // 2)
    return [sum(c) / len(c) for c in clusters if len(c) >= need]
