"""The rest of a table row run off a scanned page, loose at the next page's top.

A measures table drawn without column rules (zebra rows whose continued row is not shaded,
bare tables) whose last row breaks across a page leaves the row's rest at the top of the next
page as plain text: a column or two of lines (the steps, the units) and nothing that
``grid.find_grids``, ``bands``, ``rules`` or ``aligned`` could take for a table. It was read as
page text and lost: dev seeds 15016, 15011, 15003 scanned lost every step printed on the next
page (steps CER 39 %; a whole page of steps of one tall row, 15016 p6).

When the previous page's last table reached the page foot (``document.ocr_carry_of``), the lines at the
top of this page, down to the first table or the first blank wider than a paragraph gap, are
that row's rest if each of them lies inside the previous table's extent and crosses none of
its column boundaries (a heading over a new table runs across them and ends the rest). They
become a one-row grid in the previous page's columns (flag ``ocr_row_carried``), which the
normalizer stitches to the table above as the continuation of its last row.
"""

from __future__ import annotations

import numpy as np

from extractors import grid as G
from extractors.ocr.borderless import _lines
from extractors.ocr.two_level_rest import header_spans
from extractors.ocr.word_gaps import carried_covers

DRIFT_MM = 2.0  # how far a continued column's text may lie off the previous page's column edge
# lines a rest in the first column alone must have: a heading is a line or two; the steps column
# printed first (columns in another order) goes on in it alone (fresh28s 39107 p8, p10, p12)
FIRST_ONLY_LINES = 3


def _ink(ln, thr: int) -> np.ndarray:
    return np.flatnonzero((ln.img < thr).any(axis=0)) + ln.x0


def _edge_room(ink: np.ndarray, x: int, tol: int, drift: int) -> int | None:
    """The place nearest to the column edge ``x`` (within ``drift``) clear of ``ink`` by
    ``tol`` on both sides; None when the ink runs across every place there."""
    for d in sorted(range(-drift, drift + 1), key=abs):
        if not ((ink > x + d - tol) & (ink < x + d + tol)).any():
            return x + d
    return None


def _fits(ink: np.ndarray, xs: list[int], tol: int, drift: int) -> bool:
    """The lines' ink (``ink``: their inked x positions) lies inside the table's extent and
    each inner column edge has a clear place within ``drift`` of it."""
    if not len(ink) or ink[0] < xs[0] - tol - drift or ink[-1] > xs[-1] + tol + drift:
        return False
    return all(_edge_room(ink, x, tol, drift) is not None for x in xs[1:-1])


def _inks(ln, a: int, b: int, thr: int) -> bool:
    lo, hi = max(0, a - ln.x0), min(ln.img.shape[1], b - ln.x0)
    return hi > lo and bool((ln.img[:, lo:hi] < thr).any())


def carried_grid(rest: np.ndarray, xs_px: list[int], top_grid_y: int | None, scale: float,
                 thr: int = 160) -> G.Grid | None:
    """A one-row grid over the lines at the top of ``rest`` (the page with its tables blanked)
    that continue a table in columns ``xs_px``; None when the page does not start so."""
    lines = [ln for ln in _lines(rest, thr) if top_grid_y is None or ln.y0 + ln.img.shape[0] <= top_grid_y]
    if not lines:
        return None
    para = 40 * scale  # a blank wider than a paragraph gap ends the row's rest
    tol = max(2, int(4 * scale))
    drift = int(DRIFT_MM / 25.4 * 300 * scale)
    take: list = []
    ink = np.zeros(0, dtype=int)
    for ln in lines:
        if take and ln.y0 - max(t.y0 + t.img.shape[0] for t in take) > para:
            break
        both = np.union1d(ink, _ink(ln, thr))
        if not _fits(both, xs_px, tol, drift):
            break
        take.append(ln)
        ink = both
    if not take:
        return None
    # the inner edges moved clear of the lines' ink (the page straightened a little other than
    # the one before: a column's text 1 mm across its edge, dev seed 18004 scanned p5)
    xs_px = [xs_px[0]] + [_edge_room(ink, x, tol, drift) for x in xs_px[1:-1]] + [xs_px[-1]]
    cols = {c for ln in take for c in range(len(xs_px) - 1) if _inks(ln, xs_px[c], xs_px[c + 1], thr)}
    if not cols - {0} and len(take) < FIRST_ONLY_LINES:  # a short heading inside the first column is no row's rest
        return None
    pad = max(2, int(6 * scale))
    y0 = max(0, take[0].y0 - pad)
    y1 = min(rest.shape[0] - 1, max(t.y0 + t.img.shape[0] for t in take) + pad)
    if top_grid_y is not None:
        y1 = min(y1, top_grid_y - 1)
    if y1 <= y0:
        return None
    ys = [y0] + [c for c in row_cuts(take, xs_px, thr) if y0 < c < y1] + [y1]
    nc = len(xs_px) - 1
    return G.Grid(xs=list(xs_px), ys=ys, owner=[[(r, c) for c in range(nc)] for r in range(len(ys) - 1)], ruled=False)


def _occupied(ln, xs: list[int], thr: int) -> set[int]:
    return {c for c in range(len(xs) - 1) if _inks(ln, xs[c], xs[c + 1], thr)}


def _starts_row(occ: list[set[int]], lines: list, k: int, n_cols: int) -> bool:
    """Line ``k`` starts a new row: cells are filled from their top (``vertical-align: top``),
    so a line below the one before that brings ink into two columns or more empty on that line,
    and holds ink in two columns or 40 % of them, is the first line of the next row (as
    ``borderless._row_starts``)."""
    above = lines[k - 1].y0 + lines[k - 1].img.shape[0]
    return lines[k].y0 >= above - 2 and len(occ[k] - occ[k - 1]) >= 2 and len(occ[k]) >= max(2, 0.4 * n_cols)


def row_cuts(lines: list, xs: list[int], thr: int = 160) -> list[int]:
    """y cuts between the rows of the lines taken at a page's top: the row's rest first, then
    the rows that follow it in the same columns (a measure begun under the rest, the page's
    only other row: dev seed 18506 scanned p7, measure 4 read into measure 3's rest and the
    stitcher's one row; the table's last measures lost)."""
    occ = [_occupied(ln, xs, thr) for ln in lines]
    cuts = []
    for k in range(1, len(lines)):
        if _starts_row(occ, lines, k, len(xs) - 1):
            above = max(ln.y0 + ln.img.shape[0] for ln in lines[:k])
            cuts.append((above + lines[k].y0) // 2)
    return cuts


def take_glued_rest(rest: np.ndarray, carried: G.Grid, top: G.Grid, scale: float, thr: int = 160) -> bool:
    """The last lines of a row's rest read into the first row of the table found under it (a
    bare table's rows are cut where a line brings ink into columns empty above it, and its top
    rows are merged as its header: the rest's last lines, with no blank between them and the next
    measure, went into that measure's cells; dev seed 18506 scanned p6, ``ช่องทางต่าง ๆ ของหน่วยงาน``
    of measure 1's steps read as measure 2's first step). Where ``top`` (a grid without rules
    right under the ``carried`` rest) starts with lines in the carried columns before a line that
    starts a row, they go to the carried grid: its foot and ``top``'s head move to that line.
    ``rest``: the page with the other grids blanked, ``top`` not. True when moved."""
    if top.ruled or len(top.ys) < 3 or getattr(top, "carried", False):
        return False
    xs = carried.xs
    a, b = top.ys[0], top.ys[1]
    if a - carried.ys[-1] > 40 * scale:
        return False
    lines = [ln for ln in _lines(rest[a:b], thr)]
    if len(lines) < 2:
        return False
    occ = [_occupied(ln, xs, thr) for ln in lines]
    k = next((k for k in range(1, len(lines)) if _starts_row(occ, lines, k, len(xs) - 1)), None)
    if k is None:
        return False
    tol = max(2, int(4 * scale))
    ink = np.unique(np.concatenate([_ink(ln, thr) for ln in lines[:k]]))
    if not _fits(ink, xs, tol, 0) or 0 in set().union(*occ[:k]):
        return False
    cut = a + (max(ln.y0 + ln.img.shape[0] for ln in lines[:k]) + lines[k].y0) // 2
    if not a < cut < b:
        return False
    carried.ys[-1] = cut - 1
    top.ys[0] = cut
    return True


REFIT_OUTER_MM = 4.0  # the table's left edge as far from the carried one
REFIT_EDGE_MM = 6.0  # each column edge found on the page as far from a carried one
REFIT_CLEAR = 0.02  # share of the table's height a carried edge may have text across


def _rest_under_header(grid: G.Grid, xs_px: list[int], ink: np.ndarray, half: int, drift: int = 0,
                       scale: float = 1.0, head_rows: int = 1) -> bool:
    """Whether a table under a carried row is a repeated header over that row's rest (the header
    of bare per-measure tables drawn again on each page, the long steps cell run on under it):
    two rows (the header's, the rest's), fewer columns than carried, and no carried edge crossed
    by text under the header's row. Its columns came from the header's titles and the rest's few lines (the
    group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over three columns closed their channels, an
    edge found inside the measure column, 6.9 mm off the carried ones):
    scan29's unseen 40111 p3, p7 (300 dpi, Kinnari), the steps' rest read into a column of steps
    and analysis together, put in the analysis field and the steps' order broken. Each carried edge
    may lie up to ``drift`` off (the page's text sits a little aside, as ``_refit`` moves a rest's
    edges): fresh30u 41205 p3, p4 (300 dpi, zebra m8, a measure's steps over three pages), the
    steps' lines ran over the carried steps edge on 3 % of the rest's height, the rest read in
    the header's five columns, not stitched and lost, unflagged."""
    if len(grid.ys) != head_rows + 2 or len(grid.xs) > len(xs_px) or len(grid.xs) == len(xs_px) and not _edges_astray(grid, xs_px, scale):
        return False  # (a header cut in two rows: its lower titles, cut at the carried edges, read as a
        # body row that started a measure of its own, dev 38101 p7 at 200 dpi, the row over p6-p8 split)
    y0, y1 = grid.ys[head_rows], grid.ys[-1]
    if y1 - y0 < 10:
        return False
    body = lambda x: ink[y0:y1, max(0, x - half):x + half + 1].any(axis=1).mean()  # noqa: E731
    return all(min(body(v) for v in range(x - drift, x + drift + 1, max(1, half))) <= REFIT_CLEAR
               for x in xs_px[1:-1])


def _edges_astray(grid: G.Grid, xs_px: list[int], scale: float) -> bool:
    """As many columns as carried, but placed from a repeated header's titles alone: its left edge
    inside the carried first column (the measure column empty under its centred title) and an
    inner edge far from every carried one. fresh31u 43202 p5 (300 dpi, bare m5, a two-level header
    drawn again over a steps cell's rest): edges at 87/209 pt against 65/153, ``มาตรการ ผลการวิเคราะห์``
    read as one cell, the part not stitched and measures 3-5 lost (flagged)."""
    mm = 300 * scale / 25.4
    return xs_px[0] <= grid.xs[0] < xs_px[1] and any(min(abs(x - c) for c in xs_px[1:-1]) > REFIT_EDGE_MM * mm
                                                    for x in grid.xs[1:-1])


def refit_columns(grid: G.Grid, xs_px: list[int], ink: np.ndarray, scale: float) -> bool:
    """Give the first table under a carried row (a table without column rules continued from
    the page before, its header not repeated) the previous page's columns where its own,
    found from white channels, are fewer: it has the same outer edges, each of its edges lies
    near a carried one, and text crosses none of the carried edges over its height. Channels
    narrower than the inference takes merged the measure columns of a long m8 table (dev seed
    18004 scanned p7: 6 columns against 9, its measures left unmapped). ``ink``: text pixels.
    A repeated header over the row's rest (``_rest_under_header``) is fitted by the rows under
    the header, as a headerless rest is."""
    # a headerless table under a row's rest (``borderless._rest_on_top``) has no titles to place
    # its columns by: a word space of a short cell is cut as a column edge as readily as a channel
    # is missed (fresh seed 21602 p6-p8: 8 columns against 7), so any count takes the carried ones
    rest_top = getattr(grid, "rest_top", False)
    if _refit(grid, xs_px, ink, scale, rest_top, grid.ys[0]):
        return True
    if not rest_top and (_word_gap_refit(grid, xs_px, ink, scale) or _inner_run_refit(grid, xs_px, ink, scale)):
        return True
    if rest_top or grid.ruled:
        return False
    if _lone_row_rest(grid, xs_px) and _refit(grid, xs_px, ink, scale, True, grid.ys[0], short_end=True):
        return True
    half, drift = max(2, int(3 * scale)), int(DRIFT_MM * 300 * scale / 25.4)
    if _rest_under_header(grid, xs_px, ink, half, drift, scale):
        return _refit(grid, xs_px, ink, scale, True, grid.ys[1])
    # a two-level header drawn again over the rest: fitted by the rest's row, the header's titles
    # that cross a carried edge (the group title) spanning its cells (``two_level_rest``)
    if _rest_under_header(grid, xs_px, ink, half, drift, scale, head_rows=2) and _refit(grid, xs_px, ink, scale, True, grid.ys[2]):
        header_spans(grid, ink, 2, scale)
        return True
    return False


def _word_gap_refit(grid: G.Grid, xs_px: list[int], ink: np.ndarray, scale: float) -> bool:
    """A headerless table under the page's top with more columns than carried, its added edges
    word gaps of one cell's lines (``word_gaps.carried_covers``): its columns are the carried
    ones, each at the page's own edge found for it (the page may sit a few mm aside)."""
    mm = 300 * scale / 25.4
    if grid.ruled or getattr(grid, "carried", False) or len(grid.xs) <= len(xs_px) \
            or abs(grid.xs[0] - xs_px[0]) > REFIT_OUTER_MM * mm or not xs_px[-2] < grid.xs[-1] \
            or any(grid.owner[r][c] != (r, c) for r in range(len(grid.ys) - 1) for c in range(len(grid.xs) - 1)):
        return False
    if not carried_covers(grid.xs, xs_px, ink, grid.ys[0], grid.ys[-1], scale):
        return False
    inner = grid.xs[1:-1]
    keep = [min(inner, key=lambda x: abs(x - c)) for c in xs_px[1:-1]]
    grid.xs = [grid.xs[0]] + keep + [max(xs_px[-1], grid.xs[-1])]
    grid.owner = [[(r, c) for c in range(len(grid.xs) - 1)] for r in range(len(grid.ys) - 1)]
    return True


def _inner_run_refit(grid: G.Grid, xs_px: list[int], ink: np.ndarray, scale: float) -> bool:
    """A table under the page's top narrower than the carried one, every edge of it (its outer
    ones too) near a carried edge, one after another: a row's rest whose outer carried columns
    print nothing on this page, so its grid spans only the columns that do. u48b 48202 p8 (300 dpi,
    landscape, bare m8): indicator 9's row run over from p7 read at 130-623 pt in four columns
    against the carried seven (39-803), not stitched, the indicator and the measure's rest lost.
    It takes the carried columns (its own inner edges kept) when text crosses none of them."""
    mm = 300 * scale / 25.4
    n = len(grid.xs)
    if grid.ruled or getattr(grid, "carried", False) or n < 4 or n >= len(xs_px) \
            or any(grid.owner[r][c] != (r, c) for r in range(len(grid.ys) - 1) for c in range(n - 1)):
        return False
    k = min(range(len(xs_px) - n + 1), key=lambda i: max(abs(xs_px[i + j] - grid.xs[j]) for j in range(n)))
    if max(abs(xs_px[k + j] - grid.xs[j]) for j in range(n)) > REFIT_EDGE_MM * mm:
        return False
    xs = list(xs_px[:k + 1]) + list(grid.xs[1:-1]) + list(xs_px[k + n - 1:])
    y0, y1 = grid.ys[0], grid.ys[-1]
    half = max(2, int(3 * scale))
    crossed = lambda x: ink[y0:y1, max(0, x - half):x + half + 1].any(axis=1).mean()  # noqa: E731
    if y1 - y0 < 10 or any(crossed(x) > REFIT_CLEAR for x in xs[1:-1]):
        return False
    grid.xs = xs
    grid.owner = [[(r, c) for c in range(len(grid.xs) - 1)] for r in range(len(grid.ys) - 1)]
    return True


def _lone_row_rest(grid: G.Grid, xs_px: list[int]) -> bool:
    """The first table under a carried row is one row in fewer columns than carried: that row's
    rest, in columns its own few cells placed (an empty carried column merged into its neighbour,
    the edges a column's width off), the last carried column empty on this page (its grid ending
    short of that column: ``_refit``'s ``short_end``). Dev 62106 p5 (300 dpi, zebra m8, one table
    per measure): measure 3's rest read in 5 columns against the carried 7, not stitched, its steps'
    rest and its analysis's lost (flagged ``measure_rest_unread``)."""
    return len(grid.ys) == 2 and 4 <= len(grid.xs) < len(xs_px) and len(xs_px) >= 5 and not grid.ruled \
        and not getattr(grid, "carried", False)


def _refit(grid: G.Grid, xs_px: list[int], ink: np.ndarray, scale: float, rest_top: bool, y0: int,
           short_end: bool = False) -> bool:
    """``refit_columns`` judged by the rows from ``y0`` down (``rest_top``: any column count, the
    found edges not compared, the carried ones moved to the clearest place nearby; ``short_end``:
    its right edge may end inside the carried last-but-one column)."""
    mm = 300 * scale / 25.4
    # (its right edge may stop short inside the last column: rules found shorter, p11; or reach past the
    # carried one by up to that column's width: the last column's text longer on this page, fresh32s
    # 45105 p9/p10 at 200 dpi, ``ไม่ใช้งบประมาณ`` past the carried rows' ``ไม่ใช้``, the period's narrow
    # channel missed, measures 4 and 5 unmapped and lost, flagged)
    inside = rest_top and y0 > grid.ys[0] and xs_px[0] <= grid.xs[0] < xs_px[1]  # (a repeated header's own left edge)
    if grid.ruled or (len(grid.xs) >= len(xs_px) and not rest_top) \
            or abs(grid.xs[0] - xs_px[0]) > REFIT_OUTER_MM * mm and not inside \
            or not xs_px[-3 if short_end else -2] < grid.xs[-1] <= max(xs_px[-1] + REFIT_OUTER_MM * mm,
                                                                        2 * xs_px[-1] - xs_px[-2]):
        return False
    if not rest_top and any(min(abs(x - c) for c in xs_px[1:-1]) > REFIT_EDGE_MM * mm for x in grid.xs[1:-1]):
        return False
    y1 = grid.ys[-1]
    half = max(2, int(3 * scale))
    crossed = lambda x: ink[y0:y1, max(0, x - half):x + half + 1].any(axis=1).mean()  # noqa: E731
    if rest_top and y1 - y0 >= 10:  # each edge to the clearest place within DRIFT_MM (the page sits 2 mm over: p8)
        drift = int(DRIFT_MM * mm)
        xs_px = [xs_px[0]] + [min(range(x - drift, x + drift + 1, max(1, half)), key=lambda v: (crossed(v), abs(v - x)))
                              for x in xs_px[1:-1]] + [xs_px[-1]]
    if y1 - y0 < 10 or any(crossed(x) > REFIT_CLEAR for x in xs_px[1:-1]):
        return False
    # the carried outer edges too: a right edge found short (p11: 561 pt against 578) left the part
    # unstitched (``stitch.same_columns``), its measure lost
    grid.xs = list(xs_px[:-1]) + [max(xs_px[-1], grid.xs[-1])]
    grid.owner = [[(r, c) for c in range(len(grid.xs) - 1)] for r in range(len(grid.ys) - 1)]
    return True


LONE_HEADER_MM = 21.0  # a header drawn alone as a grid, at most (five title lines)


def rest_under_lone_header(rest: np.ndarray, top: G.Grid, xs_px: list[int], next_top: int | None, scale: float,
                           ink: np.ndarray) -> bool:
    """A bare table's header drawn again at the page's top as a grid of its own (its titles only),
    the rest of the row the page break cut under it as loose lines in the carried columns (no
    channel in the columns left empty, so no grid took them): the lines, down to a paragraph gap,
    become the grid's one body row under its header rows (merged into one), which is then read in
    the carried columns (``refit_columns``). u44b 44203 p7 (300 dpi, landscape, bare m5, a two-level
    header repeated): measure 3's steps' rest read as page text, the measure's CER 0.78, unflagged
    as lost. Nothing changes unless the lines fit the carried columns and the grid is refitted.
    ``rest``: the page with its grids blanked; ``next_top``: the next grid's top, if any."""
    if top.ruled or getattr(top, "carried", False) or len(top.ys) > 4 or top.ys[-1] - top.ys[0] > LONE_HEADER_MM * 300 * scale / 25.4:
        return False  # (a header's titles only: a few lines high, 12.7 mm there)
    y = top.ys[-1] + 1
    below = rest[y:next_top] if next_top is not None else rest[y:]
    g = carried_grid(below, xs_px, None, scale)
    if g is None or len(g.ys) != 2 or g.ys[0] > 40 * scale:
        return False
    old = (list(top.ys), list(top.xs), [list(r) for r in top.owner])
    top.ys = [top.ys[0], top.ys[-1], y + g.ys[-1]]
    top.owner = [[(r, c) for c in range(len(top.xs) - 1)] for r in range(2)]
    if refit_columns(top, xs_px, ink, scale):
        return True
    top.ys, top.xs, top.owner = old
    return False
