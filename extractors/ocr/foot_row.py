"""An unshaded row under a zebra table's one tall band, at a page's foot.

``bands.shaded_grids`` takes the ink under a zebra table's last band as a row of its own when it
is taller than 0.3 of the bands' median height: a shorter run is a line under the table. With
a header band over one tall band (a long row's rest carried onto the page under its repeated
header), that median is half the page: u52b 52200 p6 (300 dpi, portrait, shaded header and
rows), the next measure's row starting at the page's foot (745-790 pt, under a band ending at
739 pt) was left out, the measure lost and its rest on p7 read as a measure of its own.

The evidence that the ink is a row of the table, not a line under it: it is cut by blanks as
wide as a column gap into three pieces or more, each starting at a column of the table (the
header band's titles have ink over it), as a row's cells do; a footer, a heading or a
paragraph is one piece.
"""
from __future__ import annotations

import numpy as np

COL_GAP_PX = 30  # at 300 dpi, a blank this wide between two pieces of a line parts two cells
MIN_PIECES = 3


def _pieces(prof: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Inked runs of a column profile, runs closer than ``gap`` joined."""
    out: list[tuple[int, int]] = []
    xs = np.nonzero(prof)[0]
    for x in xs:
        if out and x - out[-1][1] < gap:
            out[-1] = (out[-1][0], int(x) + 1)
        else:
            out.append((int(x), int(x) + 1))
    return out


def foot_row_of_cells(text_ink: np.ndarray, x0: int, x1: int, head: tuple[int, int, int, int],
                      y0: int, y1: int, scale: float) -> bool:
    """Whether the ink of rows ``y0..y1`` (under a table's last band, between x0 and x1) is a
    row of cells under the header band ``head`` (see the module docstring)."""
    gap = max(8, int(COL_GAP_PX * scale))
    row = text_ink[y0:y1, x0:x1] > 0
    pieces = _pieces(row.any(axis=0), gap)
    if len(pieces) < MIN_PIECES:
        return False
    titles = text_ink[head[1] : head[3], x0:x1] > 0
    titled = titles.any(axis=0)
    # each piece starts under the header's ink (a cell under its column's title)
    reach = max(4, int(60 * scale))
    return all(titled[max(0, a - reach) : a + reach].any() for a, _ in pieces)
