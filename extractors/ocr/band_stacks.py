"""Which shading bands of a page image make one table (``stacks``): bands of one width stacked at
a row's pitch, cut where a wide table's header starts another table (after a paragraph gap, the
stack's header printed again, a darker header under a headerless stack), and the band tests
those cuts use (titles side by side, a band's grey, a two-level header). Split from
``extractors.ocr.bands``, which turns the stacks into grids.
"""

from __future__ import annotations

import numpy as np

from extractors.ocr.band_ends import blank_runs as _blank_runs

SHADE_STEP = 15  # grey levels between a header's shading and a body row's
LONG_CELL_LINES = 6  # text lines of an unshaded stretch over three bands tall that is one row's long cell


def _stacks(bands: list[tuple[int, int, int, int]], W: int, text_ink: np.ndarray | None = None,
            scale: float = 1.0, gray: np.ndarray | None = None) -> list[list[tuple[int, int, int, int]]]:
    """Bands of one table: the same left and right edges, each within about two rows of the
    last; a band that looks like a wide table's header after blank paper wider than a
    paragraph gap starts a new table (the shaded headers of two measures tables with a heading
    between them; a zebra score table keeps its indicator headings between bands), and so does
    the stack's header printed again (``_header_again``, with ``gray``)."""
    stacks: list[list[tuple[int, int, int, int]]] = []
    tol = 0.02 * W
    for b in bands:
        # only the stack of the nearest band above with the same edges may take it (a stack
        # the header printed again ended takes no band of the table under that header)
        above = [v for v in bands if v[3] <= b[1] and abs(b[0] - v[0]) <= tol and abs(b[2] - v[2]) <= tol]
        near = max(above, key=lambda v: v[3]) if above else None
        for s in stacks:
            last = s[-1]
            if gray is not None and near is not None and last is not near:
                continue
            hmed = float(np.median([v[3] - v[1] for v in s]))
            if (abs(b[0] - last[0]) <= tol and abs(b[2] - last[2]) <= tol
                    and (0 <= b[1] - last[3] <= 3.0 * max(hmed, b[3] - b[1])
                         or not any(last[3] <= v[1] and v[3] <= b[1] for v in bands)
                         and _cell_text_between(text_ink, s, b, scale))
                    and not (_paragraph_gap(text_ink, b[0], b[2], last[3], b[1], scale)
                             and _header_like(text_ink, b, scale))
                    and not _header_again(gray, text_ink, s, b, scale)
                    and not _dark_header_under(gray, text_ink, s, b, scale)):
                s.append(b)
                break
        else:
            stacks.append([b])
    return stacks


def _cell_text_between(text_ink: np.ndarray | None, s: list, b: tuple[int, int, int, int], scale: float) -> bool:
    """Whether the unshaded stretch between stack ``s``'s last band and band ``b`` (no band between
    them: a narrower table's rows between two wide bands are no cell, fresh27s 38103 p1) is one tall row's
    text: inked from its top to its foot, no blank in it wider than the gap between a cell's lines
    (``_paragraph_gap``), its last line no heading over the next table (``heading_over_next``) and
    ``b`` no header printed again (the titles of ``s``'s first band at the same places). A zebra
    table's unshaded row with a long steps cell is taller than three bands (fresh31u 43209 p6,
    200 dpi, landscape: measure 3's white row 950 px under bands of 150-220 px): the band under it
    started a stack of its own, the table's body was cut three bands under its last band (row 3's
    last lines lost) and the band at the page's foot, measure 4's first lines, read as no table.
    (Tables one per measure, each under its header band, a heading ``ประเด็นที่ …`` right under a
    long row: fresh30u 41201 p4, the two tables made one.)"""
    from extractors.ocr.band_ends import heading_over_next

    last = s[-1]
    x0, x1, y0, y1 = b[0], b[2], last[3], b[1]
    if text_ink is None or y1 - y0 < 1:
        return False
    prof = text_ink[y0:y1, x0:x1].sum(axis=1) > 0
    ink = np.nonzero(prof)[0]
    edge = 40 * scale
    if not (len(ink) and ink[0] < edge and y1 - y0 - 1 - ink[-1] < edge) or _paragraph_gap(text_ink, x0, x1, y0, y1, scale):
        return False
    # a long cell's many lines (rows of inked pixels 20 px tall at 300 dpi or more), not a few short rows
    # between two bands (fresh31u 43200 p3, 43203 p3: an indicator's heading and a question, one line each,
    # between two shaded questions of a zebra question table, 3.1 bands tall)
    runs = np.diff(np.r_[0, prof.astype(np.int8), 0])
    tall = np.nonzero(runs == -1)[0] - np.nonzero(runs == 1)[0] >= 20 * scale
    if int(tall.sum()) < LONG_CELL_LINES:
        return False
    if _header_like(text_ink, b, scale) and _same_titles(text_ink, s[0], b, scale):
        return False
    return heading_over_next(text_ink, x0, x1, last[1], last[3], y1 - 1, y1, scale) >= y1 - 1


def _shade(gray: np.ndarray, b: tuple[int, int, int, int]) -> int:
    """A band's grey: the paper between its words (each pixel row's 90th percentile, their median)."""
    x0, y0, x1, y1 = b
    m = max(1, (y1 - y0) // 10)
    return int(np.median(np.percentile(gray[y0 + m : y1 - m, x0:x1], 90, axis=1)))


def _same_titles(text_ink: np.ndarray, a: tuple[int, int, int, int], b: tuple[int, int, int, int],
                 scale: float) -> bool:
    """Whether two bands hold ink at the same places across (their inked x, widened by 2 mm,
    overlap by 80 % or more): the same titles printed twice."""
    k = np.ones(max(3, int(24 * scale)), np.uint8)

    def prof(v):
        x0, y0, x1, y1 = v
        p = ((text_ink[y0:y1, x0:x1] > 0).sum(axis=0) > 0).astype(np.uint8)
        return np.convolve(p, k, mode="same") > 0

    pa, pb = prof(a), prof(b)
    n = min(len(pa), len(pb))
    pa, pb = pa[:n], pb[:n]
    union = (pa | pb).sum()
    return bool(union) and (pa & pb).sum() >= 0.8 * union


def _header_again(gray: np.ndarray | None, text_ink: np.ndarray | None, s: list, b: tuple[int, int, int, int],
                  scale: float) -> bool:
    """Whether band ``b`` is the stack ``s``'s header printed again over another table: the
    stack's first band is shaded darker than its rows (by SHADE_STEP or more), ``b`` as dark as
    it and holding its titles at the same places. Tables of one kind one under another, an
    indicator's heading between them (unbiased fresh27s 38115 p1-p3, questions per indicator in
    zebra tables, three titles: every header and row of a page made one stack, its columns
    crossed by the headings, so no zebra grid; the headers read as grids of their own over
    bodies cut into their titles, and 11 questions lost, flagged)."""
    # (or a lone band holding a wide table's titles, ``b`` holding them too: the headers of tables
    # drawn one per measure, the rows white, a heading between them; unbiased fresh30s 41111 p5 at
    # 200 dpi, straightened: two headers made one stack, it crossed their frames and was dropped,
    # and the measures under them were lost, flagged)
    # (two text lines tall at least and of one height: a one-line zebra row holds a question table's
    # code, text and score at the same places as the next one: fresh28s 39104 p3, two rows cut off)
    ha, hb = s[0][3] - s[0][1], b[3] - b[1]
    lone = (len(s) == 1 and min(ha, hb) >= TWO_LINES * scale and abs(ha - hb) <= SAME_HEIGHT * ha
            and _header_like(text_ink, s[0], scale) and _header_like(text_ink, b, scale))
    if text_ink is None or not (_dark_head(gray, s) or lone) or abs(_shade(gray, b) - _shade(gray, s[0])) > SHADE_STEP // 2:
        return False
    return _same_titles(text_ink, s[0], b, scale)


def _dark_header_under(gray: np.ndarray | None, text_ink: np.ndarray | None, s: list,
                       b: tuple[int, int, int, int], scale: float) -> bool:
    """Whether band ``b`` is the header of a table under stack ``s``, which has no header of its
    own: ``b`` holds a wide table's titles (``_header_like``) and is shaded darker than every band
    of ``s`` by SHADE_STEP or more (a header's shading, not a zebra row's). Tables drawn one per
    measure, a page opening with the rest of the page before's last row (a light band) and a
    heading right under it, then the next measure's header band (u44b 44213 p7/p8, 44215 p3/p4,
    300 dpi: rest, header and body made one stack, the heading closed the channels of the measure,
    analysis and steps columns, each measure read as one cell). A stack with a darker head of its
    own goes on unless that header is printed again (``_header_again``: zebra question tables one
    per indicator, scan29's 40101/40109, whose first band is such a head)."""
    if gray is None or text_ink is None or not _header_like(text_ink, b, scale):
        return False
    dark = _shade(gray, b)
    return all(dark <= _shade(gray, v) - SHADE_STEP for v in s)


def _dark_head(gray: np.ndarray | None, s: list) -> bool:
    """Whether the first band of stack ``s`` is shaded darker than each of its other bands by
    SHADE_STEP or more: a shaded header over zebra rows."""
    if gray is None or len(s) < 2:
        return False
    head = _shade(gray, s[0])
    return all(head <= _shade(gray, v) - SHADE_STEP for v in s[1:])


def _header_like(text_ink: np.ndarray | None, b: tuple[int, int, int, int], scale: float) -> bool:
    """Whether a band holds four titles or more side by side (three blanks wider than a word
    space between them, two of them at least 2.5 mm): the header of a wide text table, not a shaded score row (code, text,
    score)."""
    if text_ink is None:
        return False
    from extractors.ocr.columns import _zero_runs

    x0, y0, x1, y1 = b
    prof = (text_ink[y0:y1, x0:x1] > 0).sum(axis=0)
    return len(_zero_runs(prof, max(6, int(20 * scale)))) >= 3 and len(_zero_runs(prof, max(8, int(30 * scale)))) >= 2


def _two_level_header(text_ink: np.ndarray | None, b: tuple[int, int, int, int], scale: float) -> bool:
    """Whether a band two text lines tall or more is a two-level header: its lower half holds
    four titles or more side by side (``_header_like``), a group title over some of them
    filling the channels between them in the upper half (dev seed 31006 p6: ``แนวทางการนำ
    ผลการวิเคราะห์ไปสู่การปฏิบัติ`` over three of four columns; the measures table was unread)."""
    x0, y0, x1, y1 = b
    return y1 - y0 >= TWO_LINES * scale and _header_like(text_ink, (x0, (y0 + y1) // 2, x1, y1), scale)


TWO_LINES = 90  # px at 300 dpi: a band this tall holds two lines of header text
SAME_HEIGHT = 0.05  # two drawings of one header differ in height by at most this share


def _inside_narrow(b: tuple[int, int, int, int], head: tuple[int, int, int, int]) -> bool:
    """Whether band ``b`` is less than half as wide as the band ``head`` and within its width."""
    return b[2] - b[0] < 0.5 * (head[2] - head[0]) and b[0] >= head[0] - 4 and b[2] <= head[2] + 4


def _paragraph_gap(text_ink: np.ndarray | None, x0: int, x1: int, y0: int, y1: int, scale: float) -> bool:
    """Whether the unshaded stretch y0..y1 holds a blank between two inked lines wider than
    the gap between lines of one cell (10 pt: the margin under a table, over a heading)."""
    if text_ink is None or y1 <= y0:
        return False
    prof = text_ink[y0:y1, x0:x1].sum(axis=1) > 0
    return any(e - a >= 40 * scale for a, e in _blank_runs(prof))
