"""Column edges a headerless continued table found at word gaps inside one cell's lines.

A table without column rules continued on the next page without its header is cut at the white
channels of its body alone (``columns``, ``bands``): the header's titles that keep a word gap from
being taken for a column (``columns._header_gap``, a column with no header ink over it joined to its
neighbour) are on the page before. A short cell of a few words that is the only text of its
column in the page's rows leaves its word spaces as channels through the whole body, and the
column comes out cut into slivers. fresh34u 49204 p7 (200 dpi, zebra m8, landscape): the period
``พ.ค. 65 ถึง ส.ค. 65`` cut into five columns (``พ ค⏎65 | 65 | ถึง | ส ค | -``), nine columns
against the six the page before titled; not stitched to it, measures 2 and 3 lost unflagged.

Two readings of the page's rows are weighed here, from the ink: its own columns, or the carried
columns (the page before's, as titled there). The carried ones are kept when every carried edge is
one of the page's own (the page's reading only adds edges) and every added edge cuts a line of
text at a gap no wider than a word space: ink on both sides of it on the same line within
``WORD_GAP_MM``. The carried columns are the evidence (a table gains no column where its header
is not printed again); the cut lines show an added edge runs through one cell's lines, and an
added edge that cuts none (every line beside it stops wider than a word gap off it) keeps the
page's own reading, as does one between two pieces each wider than ``PIECE_MM`` (two columns the
page before did not part, at a narrow channel: both readings fit the carried header, the page's
own is kept)."""

from __future__ import annotations

import numpy as np

WORD_GAP_MM = 3.5  # widest blank between two words of one line (a space, a dash's side bearings: 3.05 mm, 49204 p7)
EDGE_NEAR_MM = 6.0  # a carried edge as far from the page's own edge that is the same one
PIECE_MM = 12.0  # a piece of a cell between added edges, at most (the narrowest titled columns, codes, are wider)


def _line_bands(ink: np.ndarray, y0: int, y1: int, x0: int, x1: int, min_blank: int) -> list[tuple[int, int]]:
    prof = ink[y0:y1, max(0, x0):x1].any(axis=1)
    rows = np.flatnonzero(prof)
    if not len(rows):
        return []
    bands, a, last = [], int(rows[0]), int(rows[0])
    for y in rows[1:]:
        if y - last > min_blank:
            bands.append((y0 + a, y0 + last + 1))
            a = int(y)
        last = int(y)
    bands.append((y0 + a, y0 + last + 1))
    return bands


def cuts_a_line(ink: np.ndarray, x: int, lo: int, hi: int, y0: int, y1: int, scale: float) -> bool:
    """Whether the edge at ``x`` (inside the carried column ``lo``..``hi``) cuts a line of text of
    rows ``y0``..``y1`` at a word gap: some line has ink on both sides of ``x`` within the column,
    the blank around ``x`` on that line at most ``WORD_GAP_MM`` wide."""
    mm = 300 * scale / 25.4
    pad = max(2, int(1.5 * mm))  # the column's own padding: ink of the neighbour's text stays out
    a, b = lo + pad, hi - pad
    if not a < x < b:
        return False
    for t, u in _line_bands(ink, y0, y1, a, b, max(2, int(3 * scale))):
        cols = np.flatnonzero(ink[t:u, a:b].any(axis=0)) + a
        left, right = cols[cols < x], cols[cols > x]
        if len(left) and len(right) and right[0] - left[-1] <= WORD_GAP_MM * mm:
            return True
    return False


def carried_covers(found: list[int], carried: list[int], ink: np.ndarray, y0: int, y1: int, scale: float) -> bool:
    """Whether the carried columns are the better reading of a headerless grid whose own columns
    (``found``, more of them) are the carried ones with edges added at word gaps (module doc)."""
    mm = 300 * scale / 25.4
    if len(found) <= len(carried) or len(carried) < 3:
        return False
    inner = found[1:-1]
    near = []
    for c in carried[1:-1]:
        i = min(range(len(inner)), key=lambda k: abs(inner[k] - c)) if inner else None
        if i is None or abs(inner[i] - c) > EDGE_NEAR_MM * mm:
            return False
        near.append(i)
    if len(set(near)) != len(near):
        return False
    extra = [x for k, x in enumerate(inner) if k not in near]
    if not extra:
        return False
    bounds = [carried[0]] + [inner[i] for i in near] + [max(carried[-1], found[-1])]
    edges = sorted(set(found[1:-1]) | {bounds[0], bounds[-1]})
    for x in extra:
        j = next((j for j in range(len(bounds) - 1) if bounds[j] < x < bounds[j + 1]), None)
        if j is None or not cuts_a_line(ink, x, bounds[j], bounds[j + 1], y0, y1, scale):
            return False
        k = edges.index(x)  # the pieces on either side: one of them a few words wide
        if min(x - edges[k - 1], edges[k + 1] - x) > PIECE_MM * mm:
            return False
    return True
