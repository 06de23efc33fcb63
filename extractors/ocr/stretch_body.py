"""A bare table read again as a body under its header when its first reading makes no table.

``stretches._regions`` grows a stretch of text lines from its first line, keeping the white
channels that run through every line. Under a two-level header, the group title (and a heading
close above it) closes the channels between the columns it spans; the body's cells keep them.
``stretches._body_under_header`` takes the body's stretch when it reaches further down than the
header's; when both reach the same last line (the table runs to the page's foot), the header's
stretch stays, with fewer columns: u52a 52112 p8 (200 dpi scan, landscape, one bare table per
issue under its heading ``ประเด็นที่ ๒ …``, six columns under a two-level header): three channels for
five, the page read with no table at all, p10 and p12 in one column: three measures of five lost.

A second reading is tried only where the first one makes no wide table (no grid, or fewer than
four columns: ``borderless.borderless_grids``): the stretches grown from each of the next
``HEADER_STRETCH`` lines, reaching as far down (``BODY_LINES`` at least) with more channels, the
lines above them inside their width. The one with most channels is the body; its first line goes
up to the top of the block of lines right over it with no blank of half a paragraph between them
(the header joined back, as ``_body_under_header`` does; a heading set apart stays page text).
Kept only when that reading makes a table of four columns or more.
"""
from __future__ import annotations

from extractors.ocr.stretches import HEADER_STRETCH, PARA_PX as PARA, _regions

BODY_LINES = 6  # lines of the body's stretch at least: more than a header's (a body row's cells wrap)


def _extent(lines: list, i: int, j: int) -> tuple[int, int]:
    run = lines[i : j + 1]
    return min(ln.x0 for ln in run), max(ln.x0 + ln.img.shape[1] for ln in run)


def body_reading(lines: list, i: int, j: int, ch: list, W: int, scale: float, thr: int,
                 limit: int) -> tuple[int, int, list] | None:
    """(first line, last line, channels) of the stretch i..j read as a body under its header (lines
    up to ``limit``, the next stretch's first), or None when no stretch from a line under i reaches
    as far with more channels."""
    para = PARA * scale
    best = None
    for k in range(i + 1, min(j, i + HEADER_STRETCH) + 1):
        sub = _regions(lines[k:limit], W, scale, thr)
        if not sub or sub[0][0] != 0:
            continue
        _, m, ch2 = sub[0]
        m += k
        if m < j or m - k + 1 < BODY_LINES or len(ch2) <= len(ch) or best is not None and len(ch2) <= len(best[2]):
            continue
        x0, x1 = _extent(lines, k, m)
        if not all(ln.x0 >= x0 - para and ln.x0 + ln.img.shape[1] <= x1 + para for ln in lines[i:k]):
            continue
        top = k - 1
        while top > i and lines[top].y0 - (lines[top - 1].y0 + lines[top - 1].img.shape[0]) <= para / 2:
            top -= 1
        best = (top, m, ch2)
    return best


def heading_dropped(lines: list, i: int, j: int, top: int, scale: float) -> bool:
    """Whether the lines the body's reading leaves out above it (i..top-1) are a heading over the
    table: each narrower than half the stretch, the first starting at its left edge (within a
    paragraph gap). 52112 p10 and p12: the first reading, grown from ``ประเด็นที่ ๓ …``, made a table
    of four columns and two rows (the header and the body one row); the body's, six and three. A
    wide line left out is a header's (fresh35s 51102 p5: the titles' line over a measure, the first
    reading's five columns kept)."""
    if top <= i:
        return False
    x0, x1 = _extent(lines, i, j)
    half = 0.5 * (x1 - x0)
    return lines[i].x0 <= x0 + PARA * scale and all(ln.img.shape[1] < half for ln in lines[i:top])
