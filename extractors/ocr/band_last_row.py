"""An unshaded row under a zebra table's last band, shorter than the bands: a row of the table or
a line under it? ``bands.shaded_grids`` takes the ink under the last band as a row by its height
alone when it reaches 0.3 of the bands' median height (a speck, a page number, a short line under
the table is no row). Where the bands are tall, a real row falls short of that; ``row_below``
then takes it by what its ink holds, on either of two kinds of evidence:

1. The first lines of a row that runs on to the next page (``_row_start``): ink in the first
   column (the columns of the bands above, their white channels) and its own white channels at
   least half as many as the bands' (a row's cells part at their column gaps; a paragraph, a
   heading or a footer leaves one or none, a page number fills one place). u52a 52107 p7 (200
   dpi, one measure a band, median band 955 px at 300 dpi): measure 5's three lines (186 px) at
   the page's foot were left in the page text, its rest on p8 joined to measure 4 (measure 5
   lost in an ``ok`` document).
2. A row under a header band and one tall band (``_cells_under_titles``: a long row's rest under
   its repeated header makes the median half the page): the ink is cut by blanks as wide as a
   column gap into three pieces or more, each starting under the header band's titles, as a
   row's cells do; a footer, a heading or a paragraph is one piece. u52b 52200 p6 (300 dpi): the
   next measure's row at the page's foot (745-790 pt, under a band ending at 739 pt) was left
   out, the measure lost and its rest on p7 read as a measure of its own.
"""
from __future__ import annotations

import numpy as np

from extractors import grid as G
from extractors.ocr.columns import _line_groups

MIN_INNER = 3  # column gaps of the bands at least (a wide text table: four columns or more)
MIN_LINES_PX = 30  # px at 300 dpi: the row's ink is at least one text line tall


def _row_start(text_ink: np.ndarray, x0: int, x1: int, top: int, bottom: int, band_top: int,
                    scale: float) -> bool:
    """Whether the ink between ``top`` (the last band's foot) and ``bottom`` (where it ends) is the
    first lines of a row of the table whose bands span ``band_top``..``top`` and ``x0``..``x1``."""
    if bottom - top < MIN_LINES_PX * scale:
        return False
    tol = max(4, int(10 * scale))
    inner = G._infer_columns(text_ink, x0 + tol, x1 - tol, band_top + 2, top - 2, scale)
    if len(inner) < MIN_INNER:
        return False
    # the row's own white channels (as wide as the bands' column gaps): a row's cells part at
    # several of them; a heading, a paragraph or a footer under the table leaves one or none
    own = G._infer_columns(text_ink, x0 + tol, x1 - tol, top + 1, bottom, scale)
    if 2 * len(own) < len(inner):
        return False
    row = text_ink[top + 1 : bottom, x0:x1].sum(axis=0) > 0
    return bool(row[: inner[0] - x0].any())  # its first cell filled (a page number, a signature: not)


COL_GAP_PX = 30  # at 300 dpi, a blank this wide between two pieces of a line parts two cells
MIN_PIECES = 3


def _cells_under_titles(text_ink: np.ndarray, x0: int, x1: int, head: tuple[int, int, int, int],
                      y0: int, y1: int, scale: float) -> bool:
    """Whether the ink of rows ``y0..y1`` (under a table's last band, between x0 and x1) is a
    row of cells under the header band ``head`` (see the module docstring)."""
    gap = max(8, int(COL_GAP_PX * scale))
    row = text_ink[y0:y1, x0:x1] > 0
    pieces = _line_groups(row.any(axis=0), gap)  # inked runs, closer than a column gap joined
    if len(pieces) < MIN_PIECES:
        return False
    titles = text_ink[head[1] : head[3], x0:x1] > 0
    titled = titles.any(axis=0)
    # each piece starts under the header's ink (a cell under its column's title)
    reach = max(4, int(60 * scale))
    return all(titled[max(0, a - reach) : a + reach].any() for a, _ in pieces)


def row_below(text_ink: np.ndarray, x0: int, x1: int, stack: list[tuple[int, int, int, int]], end: int,
              scale: float) -> bool:
    """Whether the ink from the foot of ``stack``'s last band down to ``end``, shorter than the
    bands, is a row of the table (1 or 2 of the module docstring)."""
    foot = stack[-1][3]
    if _row_start(text_ink, x0, x1, foot, end, stack[0][1], scale):
        return True
    return len(stack) == 2 and end > foot + 2 and _cells_under_titles(text_ink, x0, x1, stack[0], foot + 1, end, scale)
