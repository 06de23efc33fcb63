"""Tables ruled with horizontal lines only, on page images.

``grid.find_grids`` builds a table from one connected frame of rules; a table drawn with a
rule under each row and no column rules is a stack of separate lines, none of them a frame,
so it gave no grid. Its rules were then left in the page: they ran into the text touching
them (a rule read as digits, ``11111111๑11111๑119``) and the rows were read as page text,
every question first and every score after. Here the long solid horizontal rules that no
grid owns are found (``free_rules``); stacks of them with the same left and right ends make
the rows of a table, its columns come from white channels (``grid._infer_columns``), and the
grid is read like any other (``ruled=False``: cells flagged ``ocr_grid_inferred``). The rules
are whitened before cells and page text are read.
"""

from __future__ import annotations
import cv2
import numpy as np
from extractors import grid as G
from extractors.ocr.band_ends import ink_end as _ink_end
from extractors.ocr.band_stacks import _header_like, _paragraph_gap
from extractors.ocr.bands import _carry_on
from extractors.ocr.columns import MIN_COLS, wide_table_grid
from extractors.cvsafe import components
from extractors.ocr.titled_fit import titled_reading
from extractors.ocr.lone_header import split_lone_header


def _rule_boxes(ink: np.ndarray, hm: np.ndarray, scale: float) -> tuple[list[tuple[int, int, int, int]], np.ndarray]:
    """(x0, y, x1, thickness) of the long solid horizontal rules of a page, and their pixels."""
    H, W = ink.shape
    n, lab, st, _ = components(hm, connectivity=8)
    boxes, out = [], np.zeros(ink.shape, np.uint8)
    for i in range(1, n):
        x, y, w, h, _ = st[i]
        if w < 0.2 * W or h > max(6, int(12 * scale)):
            continue
        if (ink[y : y + h, x : x + w] > 0).any(axis=0).mean() < 0.9:
            continue  # dotted leaders are not solid
        out[lab == i] = 255
        boxes.append((int(x), int(y + h // 2), int(x + w), int(h)))
    return sorted(boxes, key=lambda b: b[1]), out


def free_rules(ink: np.ndarray, hm: np.ndarray, scale: float) -> np.ndarray:
    """Pixels (slightly dilated) of the long solid horizontal rules of a page (at least a fifth
    of its width): to be whitened like grid rules."""
    return cv2.dilate(_rule_boxes(ink, hm, scale)[1], np.ones((5, 5), np.uint8))


def rule_grids(ink: np.ndarray, hm: np.ndarray, text_ink: np.ndarray, scale: float,
               taken: list[tuple[int, int, int, int]] = ()) -> list[G.Grid]:
    """Grids of the tables ruled with horizontal lines only (none where a grid already is)."""
    found, pixels = _rule_boxes(ink, hm, scale)
    # the rules cross every column: the white channels are looked for in the text alone
    text_ink = cv2.bitwise_and(text_ink, cv2.bitwise_not(cv2.dilate(pixels, np.ones((7, 7), np.uint8))))
    boxes = [b for b in found
             if not any(t[0] - 10 <= b[0] and b[2] <= t[2] + 10 and t[1] - 10 <= b[1] <= t[3] + 10 for t in taken)]
    tol = max(8, int(20 * scale))
    reach = 180 * scale  # about four text lines between two rules of one table; a longer
    # stretch (a measures row) when no blank wider than a paragraph gap is in it
    boxes, spans = span_rules(boxes, tol, reach)
    stacks: list[list[tuple[int, int, int, int]]] = []
    for b in boxes:
        # the latest stack of the same ends (a partial rule under a spanning header title
        # sits between two rules of the table without breaking it)
        s = next((s for s in reversed(stacks) if abs(b[0] - s[-1][0]) <= tol and abs(b[2] - s[-1][2]) <= tol), None)
        if s and s is not stacks[-1] and any(o[0][1] > s[-1][1] and len(o) > 1 for o in stacks):
            s = None  # another table came between
        if s and (b[1] - s[-1][1] <= reach
                  or not _gap_past_partial_rules(text_ink, found, s[-1], b, tol, scale)):
            s.append(b)
        else:
            stacks.append([b])
    stacks = [part for s in stacks for part in _split_at_headings(s, text_ink, scale)]
    out = []
    H = text_ink.shape[0]
    for s in stacks:
        if len(s) < 2:
            continue
        lone = len(s) == 2 and _page_edge_row(text_ink, s, scale)
        x0, x1 = int(np.median([b[0] for b in s])), int(np.median([b[2] for b in s]))
        ys = [b[1] for b in s]
        if any(b - a < 15 * scale for a, b in zip(ys, ys[1:])):
            continue  # double rules, not rows
        t = max(4, int(10 * scale))
        # (a measures row's pitch is no measure of a header row: at most 18 mm is looked at)
        top = _open_top(text_ink, x0, x1, ys[0] - t, min(float(np.median(np.diff(ys))), 180 * scale))
        if top is not None and len(s) >= 3 and not _heading_like(text_ink, x0, x1, top, ys[0] - t, min(np.diff(ys))) and not any(g.xs[0] - tol <= x0 and x1 <= g.xs[-1] + tol and g.ys[0] <= top <= g.ys[-1]
                                       for g in out):
            if not _crosses_columns(text_ink, x0, x1, top, ys, scale):
                ys = [top] + ys
        xs = [x0] + G._infer_columns(text_ink, x0 + t, x1 - t, ys[0] + t, ys[-1] - t, scale) + [x1]
        wide = wide_table_grid(text_ink, x0, x1, ys, scale, xs)
        if wide is None:  # as many columns at other places: the reading whose cells fit (u52b 52201 p5)
            wide = titled_reading(text_ink, x0, x1, ys, scale, xs)
        # a wide table cut by the page break: its last row has no rule under it (not so when another
        # table's rules come below it: unseen scan29 40100 p7, per-measure tables, the heading and
        # the next table's header under the last rule taken for a row of the table above, its
        # columns cut through them, 5 columns for 8, the measure's steps read into its name)
        below = any(len(o) >= 2 and o[0][1] > ys[-1] for o in stacks)
        end = ys[-1] if below else \
            _ink_end(text_ink, x0, x1, ys[-1] + t, max(4, int(36 * scale)), H - ys[-1] - t, int(40 * scale))
        if end > ys[-1] + 40 * scale:
            xs_end = [x0] + G._infer_columns(text_ink, x0 + t, x1 - t, ys[0] + t, end - t, scale) + [x1]
            open_end = wide_table_grid(text_ink, x0, x1, ys + [end], scale, xs_end)
            if open_end is None and wide is not None and len(wide[0]) >= len(xs_end):
                # the ruled rows' header-led columns go on under the last rule (dev 56111 p4, 300 dpi:
                # a measure's name running up to the next column closed the body channel between
                # them in the open row; the all-rows reading then cut the ``ที่`` column in two and
                # read the measure and the finding as one cell, the findings emptied on every page)
                open_end = (wide[0], wide[1] + [end], wide[2] + [[(len(wide[1]) - 1, c) for c in range(len(wide[0]) - 1)]])
                xs_end = wide[0]
            if open_end is not None or len(xs_end) - 1 >= MIN_COLS:
                ys, xs, wide = ys + [end], xs_end, open_end
                # past a blank inside a long cell (``bands._carry_on``: a short line of low letters
                # leaves 36 px; fresh23s 24110 p6 at 200 dpi, the steps cut there on each page)
                cols = wide[0] if wide is not None else xs
                more = _carry_on(text_ink, cols, end, max(4, int(16 * scale)), H, scale, ys[-2])
                if more > end:
                    ys[-1] = more
                    if wide is not None:
                        wide[1][-1] = more
        if wide is None and (len(xs) < 3 or (len(ys) < 3 and not lone)):
            continue
        g = G.Grid(xs=xs, ys=ys, ruled=False)
        g.owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        if wide is not None:  # a measures table: body channels, spanning header title merged
            g.xs, g.ys, g.owner = wide
        else:
            span_cells(g, {b[1]: spans[b[1]] for b in s if b[1] in spans}, tol)
            if lone:
                split_lone_header(g, found, text_ink, scale)
        out.append(g)
    return out


def _gap_past_partial_rules(text_ink: np.ndarray, found: list[tuple[int, int, int, int]],
                            a: tuple[int, int, int, int], b: tuple[int, int, int, int], tol: int, scale: float) -> bool:
    """Whether the stretch between rules ``a`` and ``b`` (same ends) holds a paragraph gap, its
    parts between the partial rules inside it looked at apart: a rule under a spanning header
    title (``การดำเนินงาน`` over five of six columns) is ink between the title and the titles
    under it, not blank paper. Whitened with the other rules, it left a blank wider than a
    paragraph gap in a two-level header taller than ``reach``: the header's top rule was cut off
    from the body's stack, the header read as a grid of its own with columns from its own words,
    its titles cut apart, and every measure of the table lost (dev scan 53202 p2, 300 dpi)."""
    cuts = [a[1] + a[3]]
    for r in found:
        if a[1] < r[1] < b[1] and r[0] >= a[0] - tol and r[2] <= a[2] + tol:
            cuts += [r[1] - r[3], r[1] + r[3]]
    cuts.append(b[1] - b[3])
    return any(_paragraph_gap(text_ink, b[0], b[2], y0, y1, scale) for y0, y1 in zip(cuts[::2], cuts[1::2]))


def span_rules(boxes: list[tuple[int, int, int, int]], tol: int, reach: float
               ) -> tuple[list[tuple[int, int, int, int]], dict[int, int]]:
    """Rules that stop at a column of cells spanning several rows (a results table whose tool
    column has one cell over indicators 1-5, 6-8, 9-10: a rule under every indicator row ends
    where the tool column begins, a rule under each span crosses it). A run of such shorter
    rules, all of one length, between two full rules of the same table (same left end, each
    step no longer than ``reach``) is part of that table: they are returned at the table's
    full width, with {y: where the short rule ended}. Read as separate stacks, the short rules
    and the full ones made two overlapping tables, rows 5/6 and 8/9 run together and the tool
    scores lost (scanned fresh15s 12601, 12605)."""
    out, spans = list(boxes), {}
    i = 0
    while i < len(out):
        a = out[i]
        j = i + 1
        while j < len(out) and abs(out[j][0] - a[0]) <= tol and out[j][2] < a[2] - 3 * tol \
                and abs(out[j][2] - out[i + 1][2]) <= tol and out[j][1] - out[j - 1][1] <= reach:
            j += 1
        if j > i + 1 and j < len(out) and abs(out[j][0] - a[0]) <= tol and abs(out[j][2] - a[2]) <= tol \
                and out[j][1] - out[j - 1][1] <= reach and out[i + 1][2] - a[0] >= 0.4 * (a[2] - a[0]):
            for k in range(i + 1, j):
                spans[out[k][1]] = out[k][2]
                out[k] = (a[0], out[k][1], a[2], out[k][3])
            i = j
        else:
            i += 1
    return out, spans


def span_cells(g: G.Grid, spans: dict[int, int], tol: int) -> None:
    """Merge the cells of the columns right of where the short rules of ``span_rules`` end,
    down each row whose top is such a short rule (a column boundary is put where they end)."""
    if not spans:
        return
    end = int(np.median(list(spans.values())))
    inner = [k for k, x in enumerate(g.xs[1:-1], 1) if abs(x - end) <= 3 * tol]
    if inner:
        k = min(inner, key=lambda k: abs(g.xs[k] - end))
        g.xs[k] = end
    else:
        g.xs = sorted(g.xs + [end])
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    g.owner = [[(r, c) for c in range(nc)] for r in range(nr)]
    first = g.xs.index(end)
    for r in range(1, nr):
        if any(abs(g.ys[r] - y) <= 2 for y in spans):
            for c in range(first, nc):
                g.owner[r][c] = g.owner[r - 1][c]


def _page_edge_row(text_ink: np.ndarray, s: list[tuple[int, int, int, int]], scale: float) -> bool:
    """Whether two rules hold the one row of a table a page break cut off: no text above the
    upper rule (the page's top) or none below the lower one (its foot, a page number aside).
    Two rules made no table, so the row was read as page text, its score apart from its
    question (fresh 19509 p2, 300 dpi: i18 lost; its score read after the heading below)."""
    x0, x1 = int(np.median([b[0] for b in s])), int(np.median([b[2] for b in s]))
    t = max(4, int(10 * scale))
    H = text_ink.shape[0]
    above = text_ink[: max(0, s[0][1] - t), x0:x1].any()
    below = text_ink[s[1][1] + t : int(0.92 * H), x0:x1].any()
    return not above or not below


def _open_top(text_ink: np.ndarray, x0: int, x1: int, y: int, pitch: float) -> int | None:
    """The top of a first row drawn with only a rule under it (``border-bottom`` rows): ink
    right above the first rule, ending upwards at blank paper within 1.2 row pitches; None
    when there is no such ink, or it runs on (text above the table)."""
    a = max(0, int(y - 1.2 * pitch))
    prof = text_ink[a:y, x0:x1].sum(axis=1) > 0
    if not prof[-int(0.5 * pitch):].any():
        return None
    gap = max(3, int(0.2 * pitch))
    blank = 0
    for i in range(len(prof) - 1, -1, -1):
        if prof[i]:
            blank = 0
            continue
        blank += 1
        if blank >= gap and not prof[i:].all():
            seen_ink = prof[i:].any()
            if seen_ink:
                return a + i + gap // 2
    return None


def _heading_like(text_ink: np.ndarray, x0: int, x1: int, a: int, b: int, row_min: float) -> bool:
    """Whether the stretch ``a..b`` between two rules holds one line of text that stops short
    of the right part of the table (an indicator heading ``ตัวชี้วัดที่ ๒ … (98.๓๕ คะแนน)``
    between two tables): the page text reads it (indicator scores come from it), not a row."""
    sub = text_ink[max(0, a) : max(0, b), x0:x1]
    ys, xs = np.nonzero(sub)
    if not len(xs):
        return False
    return int(xs.max()) < 0.6 * (x1 - x0) and int(ys.max() - ys.min()) <= 1.2 * row_min


def _split_at_headings(s: list[tuple[int, int, int, int]], text_ink: np.ndarray, scale: float) -> list[list[tuple[int, int, int, int]]]:
    """A stack of rules cut where the stretch between two of them holds a heading."""
    if len(s) < 3:
        return [s]
    x0, x1 = int(np.median([b[0] for b in s])), int(np.median([b[2] for b in s]))
    row_min = float(min(b[1] - a[1] for a, b in zip(s, s[1:])))
    parts, cur = [], [s[0]]
    for i, (a, b) in enumerate(zip(s, s[1:])):
        if _heading_like(text_ink, x0, x1, a[1] + a[3], b[1] - b[3], row_min) \
                and not (i > 0 and _row_rest_under_header(text_ink, x0, x1, s[i - 1], a, b, scale)):
            parts.append(cur)
            cur = [b]
        else:
            cur.append(b)
    parts.append(cur)
    return parts


HEADING_START = 0.15  # share of a table's width a heading between two of its rules starts within


def _row_rest_under_header(text_ink: np.ndarray, x0: int, x1: int, top: tuple[int, int, int, int],
                           a: tuple[int, int, int, int], b: tuple[int, int, int, int], scale: float) -> bool:
    """Whether the line between rules ``a`` and ``b`` that looks like a heading is the rest of a
    row the page break cut, under the header repeated at the page's top (``top``..``a`` holds
    four titles side by side): its text starts inside the table (past ``HEADING_START`` of its
    width, in the steps column), where a heading between two tables starts at the left edge.
    Split off as a heading (shared dev seed 22714 scanned, p3), the header took the row below
    it as its body, that row was read twice and the rest became an extra measure."""
    sub = text_ink[a[1] + a[3] : max(a[1] + a[3], b[1] - b[3]), x0:x1]
    xs = np.nonzero(sub.any(axis=0))[0]
    if not len(xs) or xs[0] <= HEADING_START * (x1 - x0):
        return False
    return _header_like(text_ink, (x0, top[1] + top[3], x1, a[1] - a[3]), scale)


def _crosses_columns(text_ink: np.ndarray, x0: int, x1: int, top: int, ys: list[int], scale: float) -> bool:
    """Whether the ink of an open first row (``top``..``ys[0]``) runs across a column gap of
    the wide text table below it: a page title over a table whose first rule is its top
    border, not a header drawn without one (column titles stay inside their columns)."""
    t = max(4, int(10 * scale))
    below = [x0] + G._infer_columns(text_ink, x0 + t, x1 - t, ys[0] + t, ys[-1] - t, scale) + [x1]
    wide = wide_table_grid(text_ink, x0, x1, ys, scale, [x0, x1])
    xs = wide[0] if wide is not None else below
    if len(xs) - 1 < MIN_COLS:
        return False
    k = max(3, int(12 * scale))
    row = cv2.dilate((text_ink[top : ys[0] - t, x0:x1] > 0).astype(np.uint8), np.ones((1, k), np.uint8))
    return any(row[:, max(0, x - x0 - 1) : x - x0 + 2].any() for x in xs[1:-1])
