"""Where the body under a table's shaded band ends: the blank runs of a row profile, the first
blank wide enough to end the ink (``ink_end``), and a heading over the next table, which is no
line of the table above it (``heading_over_next``). Used by ``extractors.ocr.bands`` and
``extractors.ocr.rules``."""

from __future__ import annotations

import numpy as np


def ink_end(text_ink: np.ndarray, x0: int, x1: int, y: int, gap: int, limit: int, lead: int) -> int:
    """Where the ink below row ``y`` stops (the first blank run of ``gap`` rows after it
    began), at most ``limit`` rows down; ``y`` when no ink begins within ``lead`` rows."""
    prof = text_ink[y : min(text_ink.shape[0], y + limit), x0:x1].sum(axis=1) > 0
    if not prof[: max(1, lead)].any():
        return y
    first = int(np.argmax(prof))
    prof = prof.copy()
    prof[:first] = True
    last, blank = 0, 0
    for i, v in enumerate(prof):
        if v:
            last, blank = i, 0
        else:
            blank += 1
            if blank >= gap:
                break
    return y + last + 2


def blank_runs(prof: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the blank runs between inked rows of a row profile (not at its ends)."""
    ink = np.nonzero(prof)[0]
    if len(ink) < 2:
        return []
    runs, start = [], None
    for i in range(int(ink[0]), int(ink[-1]) + 1):
        if not prof[i] and start is None:
            start = i
        elif prof[i] and start is not None:
            runs.append((start, i))
            start = None
    return runs


HEADING_NEAR = 80  # px at 300 dpi: a heading over a table stands this close above its header band
MARK_GAP = 5  # px at 300 dpi: a blank run this short is inside a line
HEADING_GAP = 20  # px at 300 dpi: blank paper over a heading, at least


def heading_over_next(text_ink: np.ndarray, x0: int, x1: int, y0: int, y1: int, end: int, limit: int,
                      scale: float) -> int:
    """``end`` moved up above the last line of the body y1..end when that line is the heading of
    the next table: its band starts at ``limit``, within ``HEADING_NEAR`` below the line; the
    widest blank of the body, ``HEADING_GAP`` or more, sets it apart from the lines above; and
    its ink runs across a column boundary of the table read without it (a table's lines keep
    to their columns). Tables drawn one per measure, white rows under a shaded header each, a
    heading between them (unbiased fresh30s 41111 p5 and p6 at 200 dpi: ``ประเด็นที่ 3 …`` read into
    the measure above it, its words in two cells)."""
    from extractors.ocr.columns import wide_table_grid

    if limit - end > HEADING_NEAR * scale:
        return end
    runs = blank_runs(text_ink[y1 + 1:end, x0:x1].sum(axis=1) > 0)
    # (blanks of a few pixels lie inside a line, between its letters and the marks above them)
    inner = [(a, e) for a, e in runs if e - a >= MARK_GAP * scale]
    if not inner:
        return end
    a, e = inner[-1]
    if e - a < HEADING_GAP * scale or any(b - c > e - a for c, b in inner[:-1]):
        return end
    cut = y1 + 1 + a + 2
    wide = wide_table_grid(text_ink, x0, x1, [y0, y1, cut], scale, [x0, x1])
    if wide is None:
        return end
    pad = max(2, int(3 * scale))
    line = text_ink[y1 + 1 + e:end, :] > 0
    if any(line[:, max(0, x - pad):x + pad + 1].any() for x in wide[0][1:-1]):
        return cut
    return end
