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
MAX_BAND_GAP = 400.0  # bands further apart than this are never one table (pt)


@dataclass
class Band:
    """One shaded row: its box and the x of the boundaries between its per-cell rects."""

    x0: float
    top: float
    x1: float
    bottom: float
    cuts: list[float] = field(default_factory=list)
    colour: tuple = ()

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


def bands(shades: Sequence[dict]) -> list[Band]:
    """Shading rects merged into row bands (same top and bottom, touching side by side),
    top to bottom. White fills are ignored (page or cell backgrounds that shade nothing)."""
    rects = sorted((r for r in shades if not _is_white(_colour(r))), key=lambda r: (round(r["top"]), r["x0"]))
    out: list[Band] = []
    for r in rects:
        for b in out:
            if abs(b.top - r["top"]) <= TOL and abs(b.bottom - r["bottom"]) <= TOL and \
                    (abs(r["x0"] - b.x1) <= TOL or abs(b.x0 - r["x1"]) <= TOL):
                if abs(r["x0"] - b.x1) <= TOL:
                    b.cuts.append((r["x0"] + b.x1) / 2)
                    b.x1 = r["x1"]
                else:
                    b.cuts.append((b.x0 + r["x1"]) / 2)
                    b.x0 = r["x0"]
                break
        else:
            out.append(Band(r["x0"], r["top"], r["x1"], r["bottom"], [], _colour(r)))
    for b in out:
        b.cuts.sort()
    return sorted(out, key=lambda b: (b.top, b.x0))


def stacks(all_bands: Sequence[Band]) -> list[list[Band]]:
    """Bands grouped into tables: the same left and right edges, each below the previous
    one and no more than ``MAX_BAND_GAP`` under it. A stack of one band is kept (a shaded
    header over unshaded rows); the caller decides from the text whether it is a table."""
    groups: list[list[Band]] = []
    for b in sorted(all_bands, key=lambda b: b.top):
        for g in groups:
            last = g[-1]
            if abs(last.x0 - b.x0) <= X_TOL and abs(last.x1 - b.x1) <= X_TOL and \
                    -TOL <= b.top - last.bottom <= MAX_BAND_GAP:
                g.append(b)
                break
        else:
            groups.append([b])
    return groups


def common_cuts(stack: Sequence[Band]) -> list[float]:
    """Column cuts printed by per-cell shading: the x positions found in at least half of the
    stack's bands that have cuts at all (a header with merged cells has fewer)."""
    with_cuts = [b for b in stack if b.cuts]
    if not with_cuts:
        return []
    xs = sorted(x for b in with_cuts for x in b.cuts)
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= X_TOL:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    need = max(1, (len(with_cuts) + 1) // 2)
    return [sum(c) / len(c) for c in clusters if len(c) >= need]
