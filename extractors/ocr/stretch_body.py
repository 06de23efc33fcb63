"""A bare table's stretch whose header closed some of its body's channels down to the page's foot.

``stretches._regions`` grows a stretch of text lines from its first line, keeping the white
channels that run through every line. Under a two-level header, the group title (and a heading
line close above it) closes the channels between the columns it spans; the body's cells keep
them. ``stretches._body_under_header`` takes the body's stretch when it reaches further down than
the header's; when both reach the same last line (the table runs to the page's foot, or to the
next table's heading), the header's stretch went on with fewer columns: u52a 52112 p8 (300 dpi,
landscape, one bare table per issue, seven columns under a two-level header and the issue's
heading 29 px above it): three channels for six, the table of four columns not read at all, and
p10, p12 alike (one column), three measures of five lost.

Two readings of the same lines are weighed: the stretch from the first line (its channels) and
the stretches from each of the next ``HEADER_STRETCH`` lines (theirs). The body's reading is
kept when it reaches as far and keeps more channels, the lines above it inside the table's
width: the header's lines (joined back, as ``_body_under_header`` does) take the body's columns.
"""
from __future__ import annotations

HEADER_STRETCH = 6  # lines: a two-level header's titles, centred at several heights, at most (as in stretches)
MIN_LINES = 4  # text lines of a table (as stretches.MIN_LINES)
BODY_LINES = 6  # lines of the body's stretch at least: more than a header's (a body row's cells wrap)


def _extent(lines: list, i: int, j: int) -> tuple[int, int, int]:
    run = lines[i : j + 1]
    return (min(ln.x0 for ln in run), max(ln.x0 + ln.img.shape[1] for ln in run),
            max(ln.y0 + ln.img.shape[0] for ln in run))


def body_keeps_more_channels(lines: list, i: int, j: int, ch: list, last: int, grow, para: float,
                             min_ch: int) -> tuple[int, int, list]:
    """(first line, last line, channels) of the stretch i..j, or of the stretch of its body when a
    stretch from a line k under i (at most ``HEADER_STRETCH`` lines) ends at j or further and keeps
    more channels (``min_ch`` at least); its first line is the top of the block of lines right over
    k with no blank of half a paragraph between them (a heading above, apart, stays page text)."""
    if j - i + 1 < MIN_LINES:
        return i, j, ch
    best = (i, j, ch)
    for k in range(i + 1, min(j, i + HEADER_STRETCH) + 1):
        m, ch2 = grow(k, last)
        if m < j or m - k + 1 < BODY_LINES or len(ch2) < min_ch or len(ch2) <= len(best[2]):
            continue
        x0, x1, _ = _extent(lines, k, m)
        if not all(ln.x0 >= x0 - para and ln.x0 + ln.img.shape[1] <= x1 + para for ln in lines[i:k]):
            continue
        top = k - 1
        while top > i and lines[top].y0 - (lines[top - 1].y0 + lines[top - 1].img.shape[0]) <= para / 2:
            top -= 1
        best = (top, m, ch2)
    return best
