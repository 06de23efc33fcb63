"""An unshaded row under a zebra table's last band, shorter than the bands: the first lines of a
row that runs on to the next page.

``bands.shaded_grids`` takes the ink under a zebra table's last band as its unshaded last row
when it reaches 0.3 of the bands' median height down (a speck, a page number, a short line under
the table is no row). With one measure a band, the bands are tall (u52a 52107 p7, 200 dpi,
landscape, seven columns: a header band of 220 px and measure 4's band of 1690 px at 300 dpi, median
955) and the next measure's row, put at the page's foot with three lines (186 px) before it runs
on to p8, fell short: its first lines were left in the page text, its rest on p8 joined to
measure 4 (measure 5 lost in an ``ok`` document, measure 4's text CER 0.75).

Such a row is taken by what its lines hold, not by its height: ink in the first column (the
columns of the bands above, their white channels), and
its own white channels at least half as many as the bands' (a row's cells part at their column
gaps; a paragraph, a heading or a footer under the table leaves one or none, a page number fills
one place).
"""
from __future__ import annotations

import numpy as np

from extractors import grid as G

MIN_INNER = 3  # column gaps of the bands at least (a wide text table: four columns or more)
MIN_LINES_PX = 30  # px at 300 dpi: the row's ink is at least one text line tall


def row_start_below(text_ink: np.ndarray, x0: int, x1: int, top: int, bottom: int, band_top: int,
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
