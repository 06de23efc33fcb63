"""Wide text tables with no rules and no shading on page images (measures tables drawn bare).

A measures table printed without any rule or shading leaves nothing for ``grid.find_grids``,
``rules``, ``bands`` or ``aligned`` (no number ends its lines): it was read as page text, its
cells' lines interleaved column after column, and no measure came out of the page (dev seeds
816, 837, 866 scanned: 0 measures). Its structure is still in the ink:

- columns: white channels (at least 1.3 mm) that run down through every line of a stretch of
  text lines with no blank wider than a paragraph gap between them; four columns or more
  make a wide text table (two names of a signature block, a score table's two or three
  columns do not);
- rows: cells are filled from their top, so inside one row the set of columns holding ink
  on a text line can only shrink from line to line (short cells end first); a line that
  brings ink back into a column empty on the line above starts a new row. A header cell
  centred vertically (``ห้วงเวลา`` over ``ดำเนินการ``) starts half a line off its
  neighbours: such overlapping lines start no row, nor does a line with ink in fewer than
  two columns or 40 % of them (the last word of a centred header title, ``การ``), and the
  top rows are merged until they hold more than half the columns (the header; a two-level
  header's first line can hold exactly half: one title and the spanning one, fresh dev
  seed 1414 scanned, whose table was dropped).

The rows and the table's extent go to ``columns.wide_table_grid``, which cuts the columns in
the body rows and splits a two-level header under its spanning title, as for tables ruled
with horizontal lines only. The grid is read like any other (``ruled=False``: cells flagged
``ocr_grid_inferred``).
"""

from __future__ import annotations

import numpy as np

from extractors import grid as G
from extractors.ocr.columns import MIN_COLS, wide_table_grid
from extractors.ocr.header_line import body_under_header_line
from extractors.ocr.lines import _lines_of_components, ink_components, text_components
from extractors.ocr.stretch_body import body_reading, heading_dropped
from extractors.ocr.stretches import MIN_LINES, _channels, _regions

FOOT_SHARE = 0.88  # of the page's height: a short last line below it is the page number


def _lines(gray: np.ndarray, thr: int) -> list:
    comps = ink_components(gray, thr)
    if comps is None:
        return []
    _, lab, st, keep = comps
    return sorted(_lines_of_components(gray, lab, st, text_components(st, keep)), key=lambda ln: ln.y0)


def _occupied(lines: list, cols: list[tuple[int, int]], thr: int) -> list[set[int]]:
    """The columns each line holds ink in."""
    occ = []
    for ln in lines:
        ink = (ln.img < thr).any(axis=0)
        row = set()
        for c, (a, b) in enumerate(cols):
            lo, hi = max(0, a - ln.x0), min(len(ink), b - ln.x0)
            if hi > lo and ink[lo:hi].any():
                row.add(c)
        occ.append(row)
    return occ


def _row_starts(lines: list, cols: list[tuple[int, int]], thr: int, continued: bool = False,
                scale: float = 1.0, on_top: bool = True) -> list[int]:
    """Indices (into ``lines``) of the lines that start a row (the first line always does);
    ``continued``: the table is the first on a page that goes on with a table from the page
    before (``_rest_on_top``); ``on_top``: no table found above it (``_body_on_top``)."""
    occ = _occupied(lines, cols, thr)
    starts = [0]
    body_h = float(np.median([ln.img.shape[0] for ln in lines]))
    for k in range(1, len(lines)):
        prev_bottom = lines[k - 1].y0 + lines[k - 1].img.shape[0]
        if lines[k].img.shape[0] < SLIVER * body_h and k + 1 < len(lines) and \
                lines[k + 1].y0 < lines[k].y0 + lines[k].img.shape[0]:
            # a line of upper marks only, split off the letters it sits on (a header's titles
            # at two heights: dev seed 31054 p2-p6, the header cut through its titles' marks)
            continue
        if occ[k] - occ[k - 1] and lines[k].y0 >= prev_bottom - 2 and len(occ[k]) >= max(2, 0.4 * len(cols)):
            starts.append(k)
    if continued and _rest_on_top(lines, occ, starts, cols, scale):
        return starts
    body_end = _body_on_top(lines, occ, starts, cols, thr, scale) if continued and on_top else None
    if body_end is not None:
        return sorted(set(starts) | ({body_end} if body_end < len(lines) else set()))
    # the top rows merged until they hold ink in half the columns: the header
    while len(starts) > 1:
        held = set().union(*occ[starts[0] : starts[1]])
        if len(held) > 0.5 * len(cols):
            break
        del starts[1]
    starts = _centred_titles(lines, starts, cols, thr, scale)
    body = body_under_header_line(lines, starts, cols, thr, BODY_EDGE_MM / 25.4 * 300 * scale)
    if body is not None:
        return sorted(starts + [body])  # a one-line header over a first row filling its columns
    cut = _header_tail(lines, occ, starts, len(cols))
    if cut is not None:
        starts.insert(1, cut)
    return starts


HEADER_ROW_LINES = 3  # lines: a row of a header's titles no taller than this
HEADER_ROWS_MAX = 4  # rows taken for a header's lower titles at most
BODY_EDGE_MM = 0.6  # a body cell's text starts this near its column's leftmost ink (a centred title that fills
# a narrow column starts 0.7 mm or more off it: 30110 p2)


def _centred_titles(lines: list, starts: list[int], cols: list[tuple[int, int]], thr: int, scale: float) -> list[int]:
    """The rows under the header that are its lower titles, merged into it. A two-level header's
    titles are centred in their cells at several heights (a long title over four lines beside a
    short one, the column titles under a spanning one), so lines inside it bring ink back into
    columns empty on the line above and were taken for rows: fresh24s 30110 at 300 dpi, its
    header cut into five rows, four of them read as measures of no text the normalizer could
    map. A body row's cells are filled from their left edge (the column's leftmost ink in the
    table, ``BODY_EDGE_MM``); a row whose inked cells mostly start right of it, no taller than a
    title's lines, is the header's."""
    if len(starts) < 3:
        return starts
    edge = BODY_EDGE_MM / 25.4 * 300 * scale
    bounds = starts + [len(lines)]

    def lefts(a: int, b: int) -> dict[int, int]:
        out: dict[int, int] = {}
        for ln in lines[a:b]:
            ink = np.nonzero((ln.img < thr).any(axis=0))[0] + ln.x0
            for c, (x0, x1) in enumerate(cols):
                inside = ink[(ink >= x0) & (ink < x1)]
                if inside.size:
                    out[c] = min(out.get(c, int(inside[0])), int(inside[0]))
        return out

    rows = [lefts(a, b) for a, b in zip(bounds, bounds[1:])]
    left = {c: min(r[c] for r in rows if c in r) for c in range(len(cols)) if any(c in r for r in rows)}
    merged = 0
    while len(starts) > 2 and merged < HEADER_ROWS_MAX:
        a, b = starts[1], starts[2]
        row = rows[1 + merged]
        at_edge = sum(1 for c, x in row.items() if x - left[c] <= edge)
        if b - a > HEADER_ROW_LINES or not row or 2 * at_edge >= len(row):
            break
        del starts[1]
        merged += 1
    return starts


SLIVER = 0.6  # of the median line height: a line this thin, overlapping the next, is its upper marks
REST_EDGE_MM = 2.0  # a cell's lines start this near their column's left edge (a header's titles are centred)


def _rest_on_top(lines: list, occ: list[set], starts: list[int], cols: list[tuple[int, int]], scale: float) -> bool:
    """Whether the lines above the first row start, on a page that goes on with a table from
    the page before, are that table's last row's rest, not a header: all in one column, each
    starting at the column's left edge (a cell's text; titles of a header are centred), over a
    row with ink in more than half the columns. They were merged with that row as the table's
    header, the widest blank inside the long cell below then cut as the header's end
    (``_header_tail``): scanned fresh seed 21602 (200 dpi, steps in the first column, no repeated
    header) p6, p7, p8, p10, each measure's steps cut in two and the halves read into the
    measures before and after."""
    if len(starts) < 2:
        return False
    top = set().union(*occ[starts[0] : starts[1]])
    if len(top) != 1 or len(occ[starts[1]]) <= 0.5 * len(cols):
        return False
    c = next(iter(top))
    edge = REST_EDGE_MM / 25.4 * 300 * scale
    left = cols[c][0] if c == 0 else min((ln.x0 for ln, o in zip(lines, occ) if c in o), default=cols[c][0])
    return all(abs(ln.x0 - left) <= edge for ln in lines[starts[0] : starts[1]])


BODY_GAP_MM = 2.0  # the white between two columns of a body row at least (a word space is narrower)
BODY_ROW_MM = 1.0  # the lines of a body cell start this near each other (a header's wrapped titles are centred)


def _body_on_top(lines: list, occ: list[set], starts: list[int], cols: list[tuple[int, int]], thr: int,
                 scale: float) -> int | None:
    """Where the first row ends (a line index) when the first row of a page that goes on with a
    table from the page before is a body row (the whole last measure put on the next page, its
    header left at the foot of the page before), not a repeated header; None otherwise. A body
    row's first line holds ink in the first column and in more than half the columns (a row's rest
    run on from the page before leaves its first cells empty), two columns or more wrap over several lines,
    and in every wrapped column each line starts where the first does (cells are filled from
    their left edge; a header's wrapped titles are centred, so their lines start at different
    places). A line starting further left than the lines above it in its column (the heading of
    the next table, at the page's margin) ends the row. Taken for a header, its tallest cell was
    cut at its widest line gap (``_header_tail``) and the titles' spanning cells merged the first
    columns: the measure's indicator cell lost its score (``(๙๙.๗๕ คะแนน)``), the indicator read
    from a stray digit (shared dev seed 35008 p3, scanned at 300 dpi, per-measure zebra tables)."""
    end = starts[1] if len(starts) > 1 else len(lines)
    tol = BODY_ROW_MM / 25.4 * 300 * scale
    lefts: list[list[int]] = [[] for _ in cols]
    for k in range(starts[0], end):
        ink = np.nonzero((lines[k].img < thr).any(axis=0))[0] + lines[k].x0
        here = {}
        for c, (x0, x1) in enumerate(cols):
            inside = ink[(ink >= x0) & (ink < x1)]
            if inside.size:
                here[c] = int(inside[0])
        first = min(here, default=None)
        if first is not None and len(lefts[first]) >= 2 and here[first] < min(lefts[first]) - tol:
            end = k  # outdented: the next table's heading
            break
        for c, x in here.items():
            lefts[c].append(x)
    top = occ[starts[0]]
    if end - starts[0] < 2 or 0 not in top or len(top) <= 0.5 * len(cols):
        return None  # (a row's rest leaves its first cells empty: ``_rest_on_top``, refit to the page before's columns)
    wrapped = [xs for xs in lefts if len(xs) >= 2]
    if len(wrapped) < 2 or any(max(xs) - min(xs) > tol for xs in wrapped):
        return None
    return end


TALL_HEADER = 6  # lines: no header title wraps so often; a column inked this long under a header holds a row's rest


def _header_tail(lines: list, occ: list[set], starts: list[int], n_cols: int) -> int | None:
    """The first line of a row's rest glued under a repeated header: the page's top row ran
    on from the page before in one column (the steps), its lines beside the header's last
    titles and under them, with ink in fewer than two columns' worth of a row, so no line
    started a row (dev seed 15002 scanned, p5-p7: the steps lost into the header). Where one
    column holds ink on ``TALL_HEADER`` lines or more of the header, the rest starts after
    the widest blank between two of its lines (the header cell's and the body cell's padding)."""
    end = starts[1] if len(starts) > 1 else len(lines)
    if end - starts[0] < TALL_HEADER:
        return None
    counts = [sum(1 for k in range(starts[0], end) if c in occ[k]) for c in range(n_cols)]
    col = max(range(n_cols), key=counts.__getitem__)
    ks = [k for k in range(starts[0], end) if col in occ[k]]
    if len(ks) < TALL_HEADER:
        return None
    titles = max((j for j in range(starts[0], end) if len(occ[j]) > 0.4 * n_cols), default=None)
    if titles is None:
        return None
    gaps = [(lines[b].y0 - (lines[a].y0 + lines[a].img.shape[0]), b) for a, b in zip(ks, ks[1:])]
    pitch = sorted(g for g, _ in gaps)[len(gaps) // 2]
    # the widest blank under the header's last titles line (a group title's blank above it is
    # no cut), standing out from the column's line spacing, with a run of the rest below it
    gap, k = max(((g, b) for g, b in gaps if b > titles), default=(0, 0))
    if k <= titles or gap <= max(0, pitch) + 4 or end - k < 2:
        return None
    return k


def _multi_line_cells(lines: list, starts: list[int], cols: list[tuple[int, int]], thr: int) -> bool:
    """Whether some row has two columns of two lines or more (wrapped cells: a text table,
    not key/value pairs side by side)."""
    bounds = starts + [len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        counts = [0] * len(cols)
        for ln in lines[a:b]:
            ink = (ln.img < thr).any(axis=0)
            for c, (x0, x1) in enumerate(cols):
                lo, hi = max(0, x0 - ln.x0), min(len(ink), x1 - ln.x0)
                if hi > lo and ink[lo:hi].any():
                    counts[c] += 1
        if sum(1 for n in counts if n >= 2) >= 2:
            return True
    return False


def _titles_below(text_ink: np.ndarray, xs: list[int], ys: list[int], scale: float) -> bool:
    """Whether the row taken for a bare table's header is only its top (a heading line and a
    group title over some columns: scanned fresh dev seed 19503 p7, p8, p10, p11, p13, where
    ``ประเด็นที่ ๒ …`` and ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` made the header and the column
    titles came out as a measure row, ``ผลการวิเคราะห์`` read as a finding): some column has no ink
    in it, the next row has ink in every column, is no taller than it, and a row follows."""
    if len(ys) < 4:
        return False
    head, nxt = _inked(text_ink, xs, ys[0], ys[1], scale), _inked(text_ink, xs, ys[1], ys[2], scale)
    return not all(head) and all(nxt) and ys[2] - ys[1] <= 1.2 * (ys[1] - ys[0])


def _inked(text_ink: np.ndarray, xs: list[int], y0: int, y1: int, scale: float) -> list[bool]:
    """Whether each column ``xs`` bounds holds ink between ``y0`` and ``y1`` (a margin inside)."""
    t = max(2, int(4 * scale))
    return [bool(text_ink[y0 + t : y1 - t, a + t : b - t].any()) for a, b in zip(xs, xs[1:])]


def _top_only(text_ink: np.ndarray, xs: list[int], ys: list[int], scale: float = 1.0) -> bool:
    """Whether the row taken for a bare table's header leaves a column blank with exactly two rows
    under it (a heading over part of the table, the header's own titles in the next row, one body row:
    a table drawn per page or per measure). With more rows under it the next row may be a body row
    (unseen fresh28u 39211 p2, 200 dpi: measure 2's row taken into the header, the measure lost)."""
    return len(ys) == 4 and not all(_inked(text_ink, xs, ys[0], ys[1], scale))


HEAD_GAP_MM = 8  # a bare row this close under a header band found alone is that header's body


def _group_title_first(ls: list, starts: list[int], x0: int, x1: int) -> bool:
    """Whether the stretch's first row is one line away from its left edge and narrower than
    ``GROUP_TITLE_SHARE`` of its width: a group title over some columns, not a body row (which
    fills the first column) nor a header's titles."""
    if len(starts) < 3 or starts[1] != 1:
        return False
    ln, w = ls[0], x1 - x0
    return ln.x0 > x0 + 0.1 * w and ln.img.shape[1] < GROUP_TITLE_SHARE * w


GROUP_TITLE_SHARE = 0.6


def _region_grid(lines: list, i: int, j: int, ch: list, n_reg: int, text_ink: np.ndarray, H: int, W: int,
                 scale: float, thr: int, pad: int, continued: bool, tables_top: int | None,
                 head_feet: list[int]) -> G.Grid | None:
    """The grid of the stretch of lines i..j with white channels ``ch`` (``borderless_grids``), or None
    (the loop body of ``borderless_grids``, a function so that a stretch can be read twice)."""
    ls = lines[i : j + 1]
    x0 = min(ln.x0 for ln in ls)
    x1 = max(ln.x0 + ln.img.shape[1] for ln in ls)
    edges = [x0] + [(a + b) // 2 for a, b in ch] + [x1]
    cols = list(zip(edges, edges[1:]))
    rest_top = continued and n_reg == 0
    # (a row under a table found above it that is no header band alone goes on being one:
    # unbiased fresh27s 38103 p8, a bare row's first part at the page's foot under the zebra
    # table, read with the header's split, lost; measure (4) missing, flagged)
    under_head = any(0 <= ls[0].y0 - y <= HEAD_GAP_MM / 25.4 * 300 * scale for y in head_feet)
    above = tables_top is None or ls[0].y0 < tables_top or not under_head
    starts = _row_starts(ls, cols, thr, rest_top, scale, above)
    occ = _occupied(ls, cols, thr)
    # a body row under a table found on the page (a shaded header band over it, its own
    # grid) is no row on top of the page: unseen 37012 p7 (200 dpi, zebra per-measure tables,
    # the header repeated): the next table's body row under its header band was cut by its
    # own white channels, six columns for five, its measure lost and the rest on p8 read as one
    body_end = _body_on_top(ls, occ, starts, cols, thr, scale) if rest_top and above else None
    rest_top = rest_top and _rest_on_top(ls, occ, starts, cols, scale)
    body_top = body_end is not None and not rest_top
    if (len(starts) < 2 and not body_top) or not _multi_line_cells(ls, starts, cols, thr):
        return None
    ys = [max(0, ls[0].y0 - pad)]
    for k in starts[1:]:
        above = max(ln.y0 + ln.img.shape[0] for ln in ls[:k])
        ys.append(max(ys[-1] + 1, (above + ls[k].y0) // 2))
    ys.append(min(H - 1, max(ln.y0 + ln.img.shape[0] for ln in ls) + pad))
    gx0, gx1 = max(0, x0 - pad), min(W - 1, x1 + pad)
    if body_top:
        # no header on the page, its first row a body row: the columns are the white channels
        # through that row's lines, as wide as a column gap (a word space of a short cell,
        # ``พ.ย. ๖๗-``, is narrower), no header split
        blank = np.ones(W, bool)
        for ln in ls[:body_end]:
            blank[ln.x0 : ln.x0 + ln.img.shape[1]] &= ~(ln.img < thr).any(axis=0)
        ch_row = _channels(blank, x0, x1, max(8, int(BODY_GAP_MM / 25.4 * 300 * scale)))
        xs = [gx0] + [(a + b) // 2 for a, b in ch_row] + [gx1] if len(ch_row) + 1 >= MIN_COLS \
            else [gx0] + edges[1:-1] + [gx1]
        if body_end == starts[-1] and len(ls) - body_end == 1 and ls[-1].img.shape[1] < 0.5 * (x1 - x0):
            # the line that ended the row is the next table's heading: page text, no row
            ys = ys[:-2] + [min(H - 1, max(ln.y0 + ln.img.shape[0] for ln in ls[:body_end]) + pad)]
        g = G.Grid(xs=xs, ys=ys, ruled=False)
        g.owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        return g
    if rest_top:
        # no header on the page: the columns are cut under the first row's first line, which
        # holds ink in each filled cell (the header-led cuts of ``wide_table_grid`` took the
        # rest for titles and merged the columns it leaves blank: 21602 p8, 7 columns read as 5;
        # every white channel through the lines cut a period ``ไตรมาสที่ ๔`` at its word space)
        k = starts[1]
        line_end = ls[k].y0 + ls[k].img.shape[0] + pad
        wide = wide_table_grid(text_ink, gx0, gx1, [ys[1], line_end, ys[-1]], scale, [gx0, gx1]) \
            if line_end < ys[-1] - pad else None
        xs = wide[0] if wide is not None else [gx0] + edges[1:-1] + [gx1]
        g = G.Grid(xs=xs, ys=ys, ruled=False)
        g.rest_top = True  # page.prepare gives it the page before's columns (``carried.refit_columns``)
        g.owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        return g
    wide = wide_table_grid(text_ink, gx0, gx1, ys, scale, [gx0, gx1])
    if wide is None and len(ys) >= 4 and _group_title_first(ls, starts, gx0, gx1):
        # a two-level header whose group title is a line of its own over the titles' row: the two
        # rows are the header (unseen-then 46114 p5, 300 dpi, bare tables one per measure: under
        # the group title alone no cut had a title, no grid; two measures of five read, the rest
        # lost, flagged)
        wide = wide_table_grid(text_ink, gx0, gx1, [ys[0]] + ys[2:], scale, [gx0, gx1])
    if wide is None:
        return None
    below = _titles_below(text_ink, wide[0], ys, scale)
    if below or _top_only(text_ink, wide[0], ys, scale):
        # (a header of four lines under a group title is taller than the heading lines taken
        # for the header: unbiased fresh31s 43100 p5, 300 dpi, landscape, two-level header, the
        # period, units and target columns read as one; taken as one header with them, the body's
        # channels show the columns the group title crossed: more columns, the header's rest)
        merged = wide_table_grid(text_ink, gx0, gx1, [ys[0]] + ys[2:], scale, [gx0, gx1])
        if merged is not None and (len(merged[0]) >= len(wide[0]) if below else len(merged[0]) > len(wide[0])):
            wide = merged
    g = G.Grid(xs=wide[0], ys=wide[1], ruled=False)
    g.owner = wide[2]
    return g


def borderless_grids(gray: np.ndarray, text_ink: np.ndarray, scale: float, thr: int = 160,
                     continued: bool = False, tables_top: int | None = None,
                     head_feet: list[int] = ()) -> list[G.Grid]:
    """Grids of the bare wide text tables of a page image (``gray``: tables already found
    blanked out; ``text_ink``: its ink mask, 0/255; ``continued``: the page goes on with a
    table run off the page before, ``_rest_on_top``; ``tables_top``: the top of the highest
    table already found, ``_body_on_top`` only above it or under no table of one row found
    there, ``head_feet``: their feet)."""
    lines = _lines(gray, thr)
    if len(lines) < MIN_LINES:
        return []
    H, W = gray.shape
    foot = lines[-1]
    if foot.y0 > FOOT_SHARE * H and foot.img.shape[1] <= 3 * foot.img.shape[0]:
        lines = lines[:-1]  # the page number under the table's last line is no cell of it (dev seed 21790 p3)
    out = []
    pad = max(2, int(6 * scale))
    regions = _regions(lines, W, scale, thr)
    for n_reg, (i, j, ch) in enumerate(regions):
        args = (text_ink, H, W, scale, thr, pad, continued, tables_top, head_feet)
        g = _region_grid(lines, i, j, ch, n_reg, *args)
        # read again as a body under its header, where the stretch from a line under its first reaches
        # as far with more channels (``stretch_body``): kept when the first reading makes no wide table,
        # or fewer columns with a heading over the table read into it
        alt = body_reading(lines, i, j, ch, W, scale, thr, regions[n_reg + 1][0] if n_reg + 1 < len(regions) else len(lines))
        if alt is not None and (g is None or len(g.xs) - 1 < MIN_COLS or heading_dropped(lines, i, j, alt[0], scale)):
            g2 = _region_grid(lines, *alt, n_reg, *args)
            if g2 is not None and len(g2.xs) - 1 >= MIN_COLS and (g is None or len(g2.xs) > len(g.xs)
                                                                  or len(g.xs) - 1 < MIN_COLS):
                g = g2
        if g is not None:
            out.append(g)
    return out
