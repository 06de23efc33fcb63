"""Tables without rules on page images, placed by their shading bands (zebra tables).

A zebra table has no ruling lines, so ``extractors.grid.find_grids`` finds nothing, and its
rows were read as page text. Here the page background is estimated (dark text closed away),
light-grey bands of one width stacked at a row's pitch make the rows (each band a row, each
gap between two bands the unshaded row between them, an unshaded last row below the last band
while its ink goes on), and the columns come from white channels through the whole region
(``grid._infer_columns``). The result is a ``Grid`` with ``ruled=False``, read like any
other grid (cells flagged ``ocr_grid_inferred``).
"""

from __future__ import annotations
import cv2
import numpy as np
from extractors import grid as G
from extractors.ocr.band_last_row import row_below
from extractors.ocr.band_ends import blank_runs as _blank_runs, heading_over_next, ink_end as _ink_end
from extractors.ocr.cell_run import first_cell_runs_on
from extractors.ocr.band_stacks import (SHADE_STEP, _dark_head, _header_like, _inside_narrow, _stacks,
                                       _two_level_header)
from extractors.cvsafe import components

SHADE_MAX = 246  # background grey below this is shading (scans: white ~252-255, bands 200-240)
SHADE_MIN = 150


def shade_bands(gray: np.ndarray, scale: float, text_ink: np.ndarray | None = None) -> list[tuple[int, int, int, int]]:
    """Light-grey bands of a page (``gray``: the max-channel grey, so a yellow highlighter is
    white): boxes (x0, y0, x1, y1) at least a quarter of the page wide. With ``text_ink``, a
    darker header atop a band is a band of its own (``_header_shade_cut``)."""
    H, W = gray.shape
    small = cv2.resize(gray, (W // 2, H // 2), interpolation=cv2.INTER_AREA)
    k = max(3, int(11 * scale / 2) | 1)
    bg = cv2.morphologyEx(cv2.medianBlur(small, 5), cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    mask = ((bg < SHADE_MAX) & (bg > SHADE_MIN)).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((max(3, k // 2), 15), np.uint8))
    n, _, st, _ = components(mask, connectivity=4)
    out = []
    for i in range(1, n):
        x, y, w, h, a = st[i]
        if w >= 0.25 * W / 2 and h >= 12 * scale / 2 and a >= 0.7 * w * h:
            cut = _header_shade_cut(bg[y : y + h, x : x + w], scale) if text_ink is not None else None
            if cut is not None and not _header_like(text_ink, (2 * x, 2 * y, 2 * (x + w), 2 * (y + cut)), scale):
                cut = None  # the darker group title of a two-level header (fresh seed 21615 p6): one header
            if cut is None:
                out.append((2 * x, 2 * y, 2 * (x + w), 2 * (y + h)))
            else:  # a darker header band over a lighter first row: two bands
                out += [(2 * x, 2 * y, 2 * (x + w), 2 * (y + cut)), (2 * x, 2 * (y + cut), 2 * (x + w), 2 * (y + h))]
    return sorted(out, key=lambda b: b[1])




def _header_shade_cut(bg: np.ndarray, scale: float) -> int | None:
    """Where a shaded header ends inside one band (half-size rows of ``bg``, the band's
    background): a zebra table's header is shaded darker than its shaded rows, and a first
    body row shaded under it touches it, so both made one band; the header's titles were then
    read into the first measure's row and the title over the table taken as a row above the
    band (scanned fresh seeds 21600 p5, 21611 p7, 21601 p5, 21608 p3: header grey ~200 over
    rows ~231). The cut: a run of dark rows from the band's top (at least the height of a
    line of text) over a lighter rest at least as tall, SHADE_STEP grey levels apart, rows read
    at their 90th percentile (the paper between the words: blurred text lines of a 200 dpi
    scan darken a row's median as much as the header's shading)."""
    h = bg.shape[0]
    run = max(4, int(12 * scale / 2))
    if h < 2 * run:
        return None
    m = np.percentile(bg, 90, axis=1).astype(int)  # the paper between the words (text lines darken a median)
    lo, hi = int(np.percentile(m, 1)), int(np.percentile(m, 95))  # (a one-line header over a tall row: 5 % of it)
    if hi - lo < SHADE_STEP:
        return None
    dark = m < (lo + hi) / 2
    # the dark run from the band's top (its edge row may be lighter); a dip of a row or two inside it is ink
    k = next((i for i in range(min(run, h)) if dark[i]), None)
    if k is None:
        return None
    while k < h and (dark[k] or dark[k : k + 3].sum() >= 2):
        k += 1
    rest = dark[k:]
    if k < run or h - k < run or rest.mean() > 0.1:
        return None
    if int(np.median(m[k:])) - int(np.median(m[:k])) < SHADE_STEP:
        return None
    # a body row is light across the band's width; under a two-level header's darker top the
    # cells spanning both levels stay dark (fresh seed 20315 p4): one header, no cut
    if (np.percentile(bg[k:], 75, axis=0) >= (lo + hi) / 2).mean() < 0.9:
        return None
    return k


def _line_pitch(text_ink: np.ndarray, x0: int, x1: int, y0: int, y1: int, scale: float) -> int:
    """The median step between the feet of consecutive text lines of y0..y1 (inked row runs
    of at least 20 px at 300 dpi: a line's body, its marks on top or not; the mark rows cut
    off a line are shorter), 0 when there are fewer than two lines."""
    prof = text_ink[y0:y1, x0:x1].sum(axis=1) > 0
    feet, run = [], 0
    for i, v in enumerate(prof):
        if v:
            run += 1
        else:
            if run >= 20 * scale:
                feet.append(i)
            run = 0
    steps = np.diff(feet)
    return int(np.median(steps)) if len(steps) else 0


def _carry_on(text_ink: np.ndarray, xs: list[int], end: int, gap: int, stop: int, scale: float,
              top: int | None = None) -> int:
    """A table body's end (``end``, from ``_ink_end``) carried on past a blank when the line of
    ink after it keeps inside the columns ``xs``, off the first one: a long cell's text going
    on after a line with no marks above or below (a 3 mm blank in a steps cell, scanned fresh
    dev seed 2708; the row was cut there and its steps lost). A line after a blank up to 1.5
    ``gap`` and 20 px at 300 dpi (the blank between two lines of a cell, just over ``gap``: fresh23s 24102 p8, the
    first column's score line under its name) goes on whatever its columns. A line over a column boundary
    or in the first column (a paragraph, a heading, a footer under the table), or one after a
    blank twice ``gap`` and 0.7 of the body's line pitch (``top``..``end``: a short line of
    low letters such as ``งาน`` over a line with no upper marks leaves a blank of 3 mm at 300
    dpi, over twice a 16 px gap; scanned fresh23s 24102 p6-p8, each measure's
    steps cut there mid-word and the rest lost without a flag), ends the body."""
    x0, x1 = xs[0], xs[-1]
    t = max(2, int(4 * scale))
    blank = 2 * gap
    if top is not None:
        blank = max(blank, int(0.7 * _line_pitch(text_ink, x0, x1, top, end, scale)))
    while True:
        prof = text_ink[end:stop, x0:x1].sum(axis=1) > 0
        if not prof.any():
            return end
        nxt = end + int(np.argmax(prof))
        if nxt - end > blank:
            return end
        line_end = _ink_end(text_ink, x0, x1, nxt, max(3, int(8 * scale)), stop - nxt, 1)
        cols = text_ink[nxt:line_end, x0:x1].sum(axis=0) > 0
        # a blank as narrow as one between a cell's lines (at most 20 px at 300 dpi: a tall band's
        # 36 px gap let a heading 41 px under the table in, fresh23s 24103 p6)
        tight = top is not None and nxt - end <= min(1.5 * gap, 20 * scale)
        if cols[: xs[1] - x0 + t].any() and not tight \
                and not first_cell_runs_on(text_ink, xs, end, nxt, line_end, scale):  # (u52b 52211 p7)
            return end
        if any(cols[max(0, x - x0 - t) : x - x0 + t].any() for x in xs[2:-1]):
            moved = None if top is None else _widened(cols, xs, text_ink[top:end, x0:x1].sum(axis=0) > 0, t)
            if moved is not None:
                xs[:] = moved
            elif not tight:
                return end
        more = _ink_end(text_ink, x0, x1, nxt, gap, stop - nxt, 1)
        if more <= end:
            return end
        end = more


def _widened(cols: np.ndarray, xs: list[int], body: np.ndarray, t: int) -> list[int] | None:
    """Column bounds ``xs`` moved off a line of ink (``cols``: its inked x, from ``xs[0]``) that
    runs over one of them into the blank channel beside its column, or None when the line
    reaches the ink of two columns of the body above (``body``: the body's inked x): a
    paragraph, not a cell's text. The columns were found on the body's first lines, and a
    later line of a steps cell can be wider (scanned fresh23s 24102 p7: it ran 18 px over the
    steps/period bound and the row was cut there)."""
    x0 = xs[0]
    inked = np.nonzero(cols)[0]
    lx0, lx1 = int(inked[0]) + x0, int(inked[-1]) + x0
    spans = []
    for a, b in zip(xs, xs[1:]):
        ink = np.nonzero(body[a - x0 : b - x0])[0]
        spans.append((a + int(ink[0]), a + int(ink[-1])) if len(ink) else None)
    hit = [c for c, sp in enumerate(spans) if sp is not None and lx0 <= sp[1] + t and lx1 >= sp[0] - t]
    if len(hit) != 1 or hit[0] == 0:
        return None
    c = hit[0]
    out = list(xs)
    if lx1 + t > out[c + 1] and c + 1 < len(spans):
        nxt = spans[c + 1]
        if nxt is None:
            return None
        out[c + 1] = (lx1 + nxt[0]) // 2
    if lx0 - t < out[c]:
        prev = spans[c - 1]
        if prev is None:
            return None
        out[c] = (prev[1] + lx0) // 2
    return out



def _split_gaps(ys: list[int], bands: list[tuple[int, int, int, int]], text_ink: np.ndarray,
                x0: int, x1: int, scale: float) -> list[int]:
    """Split the unshaded stretches between bands that hold more than one row (an indicator
    heading and a question between two shaded questions came out as one cell of three rows'
    text). Only a stretch taller than 1.3 bands is split (one row is at most as tall as the
    tallest band), at blanks wider than every blank between the lines of a band's row; one over three
    bands tall is one row (a long cell, joined as such by ``band_stacks._cell_text_between``)."""
    prof_all = text_ink[:, x0:x1].sum(axis=1) > 0
    inner = [0]
    for b in bands:
        inner += [e - a for a, e in _blank_runs(prof_all[b[1] : b[3]])]
    tallest = max(b[3] - b[1] for b in bands)
    thr = max(inner) + max(3, int(3 * scale))
    shaded = [(b[1], b[3]) for b in bands]
    out = list(ys)
    for a, b in zip(ys, ys[1:]):
        if b - a <= 1.3 * tallest or any(abs(a - s0) <= 2 and abs(b - s1) <= 2 for s0, s1 in shaded):
            continue
        # (a stretch over three bands tall joined the stack as one row's text,
        # ``band_stacks._cell_text_between``: a long steps cell's lines of low letters are no row gaps)
        if b - a > 3 * tallest:
            continue
        for r0, r1 in _blank_runs(prof_all[a:b]):
            if r1 - r0 >= thr:
                out.append(a + (r0 + r1) // 2)
    return sorted(set(out))


def shaded_grids(gray: np.ndarray, text_ink: np.ndarray, scale: float,
                 taken: list[tuple[int, int, int, int]] = ()) -> list[G.Grid]:
    """Grids of the zebra tables of a page (none where a ruled grid already is: ``taken``)."""
    H, W = gray.shape
    out = []
    bands = shade_bands(gray, scale, text_ink)
    for s in _stacks(bands, W, text_ink, scale, gray):
        x0, x1 = min(b[0] for b in s), max(b[2] for b in s)
        own = max(4, int(10 * scale))  # the first band's own edges found as a frame: replaced (page.prepare)
        # (a wide table's header band over one tall shaded row, scanned fresh dev seed 2708, too;
        # not a stack reaching over another stack's bands)
        over = any(s[0][3] <= b[1] and b[3] <= s[-1][1] for b in bands if b not in s)
        alone = len(s) == 1 or (len(s) == 2 and _header_like(text_ink, s[0], scale) and not over)
        # (a wide table's shaded header band over zebra rows, its edges found as frames, too: fresh26s
        # 36111 p4 at 300 dpi, the band's outline read as two one-cell ruled grids, the zebra table
        # dropped and its rows read as a bare table under the header's lower titles: no measure read;
        # and a shaded header darker than its zebra rows: unbiased fresh27s 38115, each indicator's
        # question table; never a stack reaching over another stack's bands: fresh27s 38103 p1, a
        # results table's narrower rows under its header swallowed into one row)
        own_band = alone or (_header_like(text_ink, s[0], scale) or _dark_head(gray, s)) and not over
        if any(not (x1 <= t[0] or x0 >= t[2] or s[-1][3] <= t[1] or s[0][1] >= t[3])
               and not (own_band and t[1] >= s[0][1] - own and t[3] <= s[0][3] + own) for t in taken):
            continue
        # frames of its header band found (and taken as the band's own): the band is the header
        framed = any(not (x1 <= t[0] or x0 >= t[2] or s[-1][3] <= t[1] or s[0][1] >= t[3]) for t in taken)
        if len(s) == 1:
            # (a band under the header less than half its width, inside it, is no other table:
            # a steps cell's dense lines read as shading, 22 px tall in one column of a 200 dpi
            # scan, dev seed 31006 p6-p8, ended the body at its first line)
            below = [b[1] for b in bands if b[1] > s[0][3] and not _inside_narrow(b, s[0])]
            g = _header_band_grid(s[0], text_ink, scale, min(below, default=H))
            if g is not None:
                out.append(g)
            continue
        ys = []
        for a, b in zip(s, s[1:]):
            ys += [a[1], a[3]] if b[1] - a[3] > 0.4 * (a[3] - a[1]) else [a[1]]
        ys += [s[-1][1], s[-1][3]]
        hmed = int(np.median([b[3] - b[1] for b in s]))
        # (never into the next stack's bands: a header that starts a table, ``_dark_header_under``)
        nxt = min((b[1] for b in bands if b[1] > s[-1][3] and b not in s), default=H)
        end = _ink_end(text_ink, x0, x1, s[-1][3] + 1, max(4, hmed // 5), min(3 * hmed, nxt - s[-1][3] - 1), hmed // 2)
        if end > s[-1][3] + 0.3 * hmed or row_below(text_ink, x0, x1, s, end, scale):  # (``band_last_row``)
            ys.append(end)
        # an unshaded row right above the first band (a first body row, a plain header): as
        # tall as the unshaded rows between bands, its top edge on blank paper
        gaps = [b[1] - a[3] for a, b in zip(s, s[1:]) if b[1] - a[3] > 0.4 * (a[3] - a[1])]
        head_band = _header_like(text_ink, s[0], scale) and len(s) > 1 and s[1][1] - s[0][3] <= 2
        # a header shaded darker than the rows (few titles: not ``_header_like``) has no row
        # above it (unbiased fresh27s 38115: the indicator's heading and the text above were read
        # as rows over it)
        # (and so does a header band whose frames were found: fresh dev seed 7110 p6 after scan28, the
        # page's title read as a row over the zebra table's header, the header titles off row 0)
        head_band = head_band or _dark_head(gray, s) or framed and _header_like(text_ink, s[0], scale)
        if gaps and not head_band:  # (over a shaded header split off its first row, only the title)
            gm = int(np.median(gaps))
            a = max(0, s[0][1] - int(1.4 * gm))
            prof = text_ink[a : s[0][1], x0:x1].sum(axis=1) > 0
            target = s[0][1] - gm
            blank = [a + i for i in np.nonzero(~prof)[0] if a + i <= s[0][1] - int(0.7 * gm)]
            if blank:
                top = min(blank, key=lambda y: abs(y - target))
                if prof[top - a :].any() and not any(t[1] <= top <= t[3] for t in taken):
                    ys.append(top)
        ys = _split_gaps(sorted(set(ys)), s, text_ink, x0, x1, scale)
        tol = max(4, int(10 * scale))
        xs = [x0] + G._infer_columns(text_ink, x0 + tol, x1 - tol, ys[0] + 2, ys[-1] - 2, scale) + [x1]
        if len(xs) < 3 or len(ys) < 3:
            continue
        owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        if _header_like(text_ink, s[0], scale) and s[0][3] in ys:
            # a shaded header over zebra body rows: columns from the body's channels under the
            # header's titles, as under a lone header band (scanned fresh dev seed 2708: the
            # period column ran into the steps column in the all-rows channels)
            from extractors.ocr.columns import wide_table_grid

            head = ys.index(s[0][3])
            # measured against the all-rows columns without the channels that only part a title
            # from its cells: one such channel counted as a column and hid the steps/period cut the
            # header's titles show (unbiased fresh31s 43106 p7, 300 dpi, zebra: every period lost)
            base = _title_over_cells(text_ink, xs, [ys[0]] + ys[head:])
            wide = wide_table_grid(text_ink, x0, x1, [ys[0]] + ys[head:], scale, base)
            if wide is not None and len(wide[0]) <= len(xs) and not _titled_cuts(text_ink, wide[0], base, ys[0], ys[head], scale):
                # (more columns than that base only where each new cut parts two titles: a cut
                # through a text column under a speck of its header, ``๓``, is no column: scan29's
                # unseen 40101 p1, 200 dpi, i1 and i2 lost)
                wide = None
            if wide is not None and head == 1:
                xs, ys, owner = wide
            elif wide is not None:
                xs = wide[0]
                owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        if all(owner[r][c] == (r, c) for r in range(len(ys) - 1) for c in range(len(xs) - 1)):
            xs = _title_over_cells(text_ink, xs, ys)
            owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        g = G.Grid(xs=xs, ys=ys, ruled=False)
        g.owner = owner
        out.append(g)
    return out


TITLE_MM = 5.0  # the ink of a column's title is at least this wide (a speck or one glyph is narrower)


def _titled_cuts(text_ink: np.ndarray, xs: list[int], base: list[int], y0: int, y1: int, scale: float) -> bool:
    """Whether each cut of ``xs`` that ``base`` lacks has a title at least ``TITLE_MM`` wide on
    both sides in the header rows ``y0..y1``."""
    tol = max(8, int(40 * scale))
    need = TITLE_MM / 25.4 * 300 * scale

    def titled(a: int, b: int) -> bool:
        cols = np.nonzero(text_ink[y0 + 2 : y1 - 2, a + 2 : b - 2].any(axis=0))[0]
        return len(cols) > 0 and cols[-1] - cols[0] >= need

    for k, x in enumerate(xs[1:-1], start=1):
        if any(abs(x - c) <= tol for c in base[1:-1]):
            continue
        if not (titled(xs[k - 1], x) and titled(x, xs[k + 1])):
            return False
    return True


def _title_over_cells(text_ink: np.ndarray, xs: list[int], ys: list[int]) -> list[int]:
    """Column bounds without the channels that only part a column's title from its cells: a
    column inked on the first row alone beside one inked on the rows below alone (a narrow
    code column's title ``ข้อ`` centred, its codes ``i๔`` at the left edge, a white channel
    between them through every row) is one column. Cut in two, the codes stood in a column of
    no title, unread as codes: scan29's unseen 40101 (now dev; 200 dpi, Kinnari, zebra question
    tables per indicator) p2, p3, the codes numbered by sequence and i2, i3, i6, i13, i14 lost."""
    def inked(a: int, b: int, y0: int, y1: int) -> bool:
        return bool(text_ink[y0 + 2 : y1 - 2, a + 2 : b - 2].any())

    out = list(xs)
    k = 1
    while k < len(out) - 1:
        (a, m, b) = out[k - 1], out[k], out[k + 1]
        head = (inked(a, m, ys[0], ys[1]), inked(m, b, ys[0], ys[1]))
        body = (inked(a, m, ys[1], ys[-1]), inked(m, b, ys[1], ys[-1]))
        if head in ((True, False), (False, True)) and body == (not head[0], not head[1]):
            del out[k]
            continue
        k += 1
    return out


def _header_band_grid(b: tuple[int, int, int, int], text_ink: np.ndarray, scale: float, limit: int) -> G.Grid | None:
    """A lone shaded band over unshaded text: the header of a wide text table (a measures
    table whose only shading is its header). Its body runs down to the first blank wider than
    a fifth of the band (at most 3 mm) or the next band; kept only when the body's white channels make four columns or more
    (``columns.wide_table_grid``): a shaded title over a paragraph is no table."""
    from extractors.ocr.columns import wide_table_grid

    x0, y0, x1, y1 = b
    h = y1 - y0
    if h < 45 * scale or not (_header_like(text_ink, b, scale) or _two_level_header(text_ink, b, scale)):
        return None  # a blurred rule, a shaded score row: no header
    gap = max(4, min(h // 5, int(36 * scale)))
    end = _ink_end(text_ink, x0, x1, y1 + 1, gap, min(8 * h, limit - y1 - 1), h // 2)
    end = heading_over_next(text_ink, x0, x1, y0, y1, end, limit, scale)
    if end <= y1 + 0.3 * h:
        return None
    wide = wide_table_grid(text_ink, x0, x1, [y0, y1, end], scale, [x0, x1])
    if wide is None:
        return None
    more = _carry_on(text_ink, wide[0], end, gap, limit, scale, y1)
    if more > end:
        wide = (wide[0], wide[1][:-1] + [more], wide[2])
    g = G.Grid(xs=wide[0], ys=wide[1], ruled=False)
    g.owner = wide[2]
    return g
