"""Score tables with no rules and no shading on page images, placed by ink alignment.

A borderless table (``i7 หน่วยงาน…      86.50`` row after row) leaves neither rules nor bands.
Read as page text, its lines were cut at the wide gap between the text and the score column,
and the blocks put every text first and every score after, so no row kept its score. Here
runs of text lines cut into two or more segments, at least three of them ending in a number
(the numeral recognizer's judgement), make a table: columns from white channels through the
whole run (``grid._infer_columns``), rows from the spacing of the lines (a gap wider than
the lines' own gap starts a row, so a wrapped cell stays in its row). The grid is read like
any other (``ruled=False``: cells flagged ``ocr_grid_inferred``). Tables of text only
(signature blocks, measures without rules) are left to the page text.
"""

from __future__ import annotations
import numpy as np
from extractors import grid as G
from extractors import numerals
from extractors.ocr.blocks import _segments
from extractors.ocr.borderless import borderless_grids
from extractors.ocr.lines import TextLine, _lines_of_components, ink_components, text_components

MIN_NUMERIC_ROWS = 3
MIN_CUT_ROWS = 2  # rows of a score table's part at a page's top or foot, or under a header row


def _lines(gray: np.ndarray, thr: int = 160) -> list[TextLine]:
    comps = ink_components(gray, thr)
    if comps is None:
        return []
    _, lab, st, keep = comps
    keep = text_components(st, keep)
    return sorted(_lines_of_components(gray, lab, st, keep), key=lambda ln: ln.y0)


def aligned_grids(gray: np.ndarray, scale: float, thr: int = 160, continued: bool = False,
                  tables_top: int | None = None, head_feet: list[int] = ()) -> list[G.Grid]:
    """Grids of the borderless tables of a page image (``gray``: tables already found blanked
    out; ``tables_top``: the top of the highest of them, ``head_feet``: the feet of those of
    one row, header bands): score tables (``score_grids``), then
    bare wide text tables in what is left (``borderless.borderless_grids``; ``continued``: the
    page goes on with a table run off the page before)."""
    grids = score_grids(gray, scale, thr)
    if grids:
        # a "score table" found inside a bare wide table (lines of a narrow column's cells ending
        # on a date's digits, ``๓๑ ธันวาคม ๒๕๖๙``) is part of it: blanked out first, it cut the
        # wide table in two and left the lines under it as page text (dev seed 21790 p3)
        found = borderless_grids(gray, ((gray < 150) * 255).astype(np.uint8), scale, thr)
        wide = [g.bbox for g in found]
        boxes = [h.bbox for h in grids]
        grids = [g for g in grids if not any(_inside(g.bbox, w) or _top_of(g.bbox, w, boxes) for w in wide)
                 and not any(_in_header(g.bbox, w) or _amid_body(g.bbox, w, boxes, scale) for w in found)]
    rest = gray.copy()
    for g in grids:
        rest[max(0, g.ys[0]) : g.ys[-1], max(0, g.xs[0]) : g.xs[-1]] = 255
    tops = [t for t in [tables_top, *(g.ys[0] for g in grids)] if t is not None]
    return grids + borderless_grids(rest, ((rest < 150) * 255).astype(np.uint8), scale, thr, continued,
                                    min(tops, default=None), head_feet)


def _top_of(a: tuple[int, int, int, int], b: tuple[int, int, int, int], scores: list) -> bool:
    """Is box ``a`` the top of box ``b`` (within it, a few pixels of slack, starting at its top,
    less than a third of its height), the only score grid (``scores``: all boxes) inside it? A
    bare measures table's two-level header (titles ending in letters the numeral recognizer took
    for digits) read as a "score table" of its own: blanked out first, it took the header away
    from the body, whose columns were then cut from the body alone and whose rows came out of no
    table the normalizer could map (fresh24s 30110 at 300 dpi: no measure read). Two score
    tables one under the other that the wide-table finder took for one (fresh24s 30113 p2, two
    indicators' questions) are left alone."""
    s = 8

    def within(x) -> bool:
        return x[0] >= b[0] - s and x[2] <= b[2] + s and x[1] >= b[1] - s and x[3] <= b[3] + s

    return (within(a) and abs(a[1] - b[1]) <= 4 * s and 3 * (a[3] - a[1]) < b[3] - b[1]
            and sum(1 for x in scores if within(x)) == 1)


def _in_header(a: tuple[int, int, int, int], w: G.Grid) -> bool:
    """Does box ``a`` lie within the header row (the first) of the bare wide table ``w``, a few
    pixels of slack? Its titles' last letters taken for digits made a "score table" of the header
    of a bare table of one body row (unbiased fresh27s 38109 p5, 300 dpi, the fourth of four
    tables drawn one per measure): higher than a third of the table (``_top_of``), it was blanked
    out first, the body's two lines left alone as page text and the measure lost."""
    s = 8
    x0, y0, x1, y1 = w.bbox
    k = header_rows(w)
    return (a[0] >= x0 - s and a[2] <= x1 + s and a[1] >= y0 - s and a[3] <= w.ys[k] + s
            and len(w.ys) >= k + 2)


def _amid_body(a: tuple[int, int, int, int], w: G.Grid, scores: list, scale: float) -> bool:
    """Does box ``a``, the only score grid within the bare wide table ``w`` (a few pixels of
    slack), lie under its first row and end inside its last row, the row's lines going on under
    it? A bare measures table's body row whose short cells end on numbers (codes ``e๕ e๖``, a
    period ``๓๑ ส.ค. ๗๐``) was read as a "score table" cut out of the row: blanked out first, it
    took the row's first lines away from the header, which was then read alone with its columns
    cut through its titles, and the body's lines under it were left as page text (dev 60203
    p6-p7, 200 dpi, bare tables one per page under a repeated two-level header: both measures
    lost with no flag). A wide table read over score tables ends with them: its foot is theirs."""
    s = 8
    x0, y0, x1, y1 = w.bbox
    within = [b for b in scores if b[0] >= x0 - s and b[2] <= x1 + s and b[1] >= y0 - s and b[3] <= y1 + s]
    return (len(within) == 1 and within[0] == a and len(w.ys) >= 3 and a[1] >= w.ys[1] - s
            and w.ys[-2] + s < a[3] < w.ys[-1] - max(s, int(100 * scale)))


def header_rows(w: G.Grid) -> int:
    """How many rows the header of the bare wide table ``w`` takes: its first row, and the rows
    under it that a cell of the first row reaches down into (a two-level header: a group title
    over some columns, the other titles merged down beside the lower titles). A two-level
    header's lower titles read as a "score table" of their own (their letters taken for digits)
    lay under the first row, so ``_in_header`` kept it: blanked out first, it left the body
    alone, no grid, and the measure was lost (unseen-then 58104 p5, 300 dpi, bare tables one per
    measure, measure 2 lost and its codes with it, no flag)."""
    owner = getattr(w, "owner", None) or []
    return 1 + max((r for r, row in enumerate(owner) if r > 0 and any(o[0] == 0 for o in row)), default=0)


def _inside(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Does box ``a`` lie within box ``b``, and narrower than half of it?"""
    return a[0] >= b[0] and a[2] <= b[2] and a[1] >= b[1] and a[3] <= b[3] and 2 * (a[2] - a[0]) < b[2] - b[0]


def score_grids(gray: np.ndarray, scale: float, thr: int = 160) -> list[G.Grid]:
    """Grids of the borderless score tables of a page image (``gray``: tables already found
    blanked out)."""
    from extractors.ocr.cells import looks_numeric

    lines = _lines(gray, thr)
    if len(lines) < MIN_NUMERIC_ROWS:
        return []
    lh = float(np.median([ln.img.shape[0] for ln in lines]))
    segs = [_segments(ln, 1.5 * lh, thr) for ln in lines]
    # the number ending a line, or the one before a short last segment: a tool-score column
    # prints its label on the first row of its span (``๖๐.๔๕   IIT``), fresh dev seed 1835
    cand = [(k, i) for k, s in enumerate(segs) if len(s) >= 2 for i in (len(s) - 1, len(s) - 2)
            if i == len(s) - 1 or (i >= 1 and len(s) >= 3 and s[-1].img.shape[1] <= 2.5 * lh)]
    readings = dict(zip(cand, numerals.analyse_many([segs[k][i].img for k, i in cand]) if cand else []))
    numeric = [False] * len(segs)
    num_seg = [len(s) - 1 for s in segs]
    for (k, i), rd in readings.items():
        if not numeric[k] and looks_numeric(rd) and any(g.kind == "digit" for g in rd.glyphs):
            numeric[k], num_seg[k] = True, i
    # score rows: lines ending in a number (their last segment's centre), in runs at a row's pitch
    cs = sorted((segs[k][num_seg[k]].y0 + segs[k][num_seg[k]].img.shape[0] / 2, k) for k in range(len(lines)) if numeric[k])
    runs: list[list[tuple[float, int]]] = []
    for c, k in cs:
        if runs and c - runs[-1][-1][0] <= 4.5 * lh:
            runs[-1].append((c, k))
        else:
            runs.append([(c, k)])
    ink_rows = (gray < thr)
    out = []
    centres = [ln.y0 + ln.img.shape[0] / 2 for ln in lines]

    def build(run_k: list[tuple[float, int]], new: bool) -> G.Grid | None:
        """The grid of one run of score rows; ``new``: with the header and row bounds of
        question tables (a header line inside the first row or above a one-row part, rows of
        top-aligned cells), else as at 0.16.0."""
        run = [c for c, _ in run_k]
        head = _header_line(lines, segs, numeric, [(k, num_seg[k]) for _, k in run_k], lh) if new else None
        if len(run) < MIN_CUT_ROWS and head is None:
            return None
        # fewer rows than a table needs: the part of a score table a page break left at the
        # top or the foot of a page (no text line above it, or none below), or rows under a
        # header (checked below)
        at_edge = not any(c < run[0] - 1.5 * lh for c in centres) or not any(c > run[-1] + 1.5 * lh for c in centres)
        if len(run) >= 2:
            pitch = float(np.median(np.diff(run)))
            top, bot = run[0] - pitch / 2, run[-1] + pitch / 2
        else:  # one row under its header (a table's part at a page's foot, 15015 p2 e4)
            top, bot = _one_row(lines, numeric, segs, run_k[0][1], head, lh)
            pitch = bot - top
        ls = [ln for ln in lines if top <= ln.y0 + ln.img.shape[0] / 2 <= bot]
        if not ls:
            return None
        x0 = min(ln.x0 for ln in ls)
        x1 = max(ln.x0 + ln.img.shape[1] for ln in ls)
        prof = ink_rows[:, x0:x1].sum(axis=1)

        def snap(y: float, reach: float) -> int:
            a, b = max(0, int(y - reach)), min(len(prof), int(y + reach) + 1)
            if b <= a:
                return int(y)
            seg = prof[a:b]
            zero = np.nonzero(seg == 0)[0]
            if zero.size:
                return a + int(zero[np.argmin(np.abs(zero + a - y))])
            return a + int(np.argmin(seg))

        ys = [snap(top, 0.35 * pitch)]
        for c0, c1 in zip(run, run[1:]):
            ys.append(snap((c0 + c1) / 2, 0.35 * (c1 - c0)))
        ys.append(snap(bot, 0.35 * pitch))
        extra = []
        if head is not None:
            # the header line inside the first row (a first row whose score is centred in a
            # two-line cell reaches above its header: 15015 p1 i4, p2 i10), or lines between
            # them (a row continued from the page before, 15015 p2 above i8): the first row
            # starts under the header, what lies between is a row of its own
            hb = lines[head].y0 + lines[head].img.shape[0]
            nxt = min((ln.y0 for ln in lines if ln.y0 >= hb - 2), default=hb)
            cut = snap((hb + nxt) / 2, max(1.0, (nxt - hb) / 2))
            if cut > ys[0] and cut < ys[1]:
                ys[0] = cut
            elif cut < ys[0] - 0.5 * lh:
                extra = [cut]
            ys[0:0] = [max(0, lines[head].y0 - 4)] + extra
        ys_mid = list(ys)  # rows halfway between scores: whether codes print beside their text's top is judged on these
        if new:
            ys = _top_aligned_rows(ys, len(ys) - len(run) - 1, lines, [lines[k] for _, k in run_k], lh, snap)
        if any(b <= a for a, b in zip(ys, ys[1:])):
            return None
        # a header row right above (``ข้อ | ประเด็นข้อคำถาม | คะแนน``): lines of two or more
        # segments ending within a line of the first row, inside the table's width; the roles
        # of the columns are read from it
        above = [k for k, ln in enumerate(lines) if ys[0] - 1.5 * lh <= ln.y0 + ln.img.shape[0] <= ys[0] + 2
                 and ln.y0 < ys[0] - 0.3 * lh and ln.x0 >= x0 - 2 * lh and ln.x0 + ln.img.shape[1] <= x1 + 3 * lh
                 and len(segs[k]) >= 2]
        headed = head is not None or (bool(above) and not any(numeric[k] for k in above))
        if len(run) < MIN_NUMERIC_ROWS and not (at_edge or headed):
            return None
        if head is not None:
            above = [head]
        elif headed:
            ys.insert(0, max(0, min(lines[k].y0 for k in above) - 4))
            ys_mid.insert(0, ys[0])
        if headed:  # the header's width too (dev 17504: ``คะแนนรายเครื่องมือ`` over a tool column)
            x0 = min([x0] + [lines[k].x0 for k in above])
            x1 = max([x1] + [lines[k].x0 + lines[k].img.shape[1] for k in above])
        ink = ink_rows[ys[0] : ys[-1], x0:x1].astype(np.uint8)
        inner = G._infer_columns(ink, 0, ink.shape[1], 0, ink.shape[0], scale)
        if not inner:
            return None
        xs = [x0 - 4] + [x0 + c for c in inner] + [x1 + 4]
        if len(xs) >= 4 and xs[1] - xs[0] < 0.12 * (xs[-1] - xs[0]) and _top_aligned(ink_rows, xs, ys_mid, lh):
            # a narrow first column (codes, numbers) joins the text beside it, as a text layer
            # reads such rows (``i๑๐ เจ้าหน้าที่…``): the code is re-read at the cell's start
            del xs[1]
        g = G.Grid(xs=[int(v) for v in xs], ys=[int(v) for v in ys], ruled=False)
        g.owner = [[(r, c) for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
        return g

    for run_k in runs:
        # a wide table (a measures table whose lines end in numbers, seed 816 scanned) keeps
        # the bounds of 0.16.0; a score table of three columns at most gets the new ones, cut
        # at a header between two of its scores
        old = build(run_k, False)
        if old is not None and len(old.xs) - 1 > 3:
            out.append(old)
            continue
        gs = [build(part, True) for part in _split_at_headers(run_k, lines, segs, num_seg)]
        if all(g is not None and len(g.xs) - 1 <= 3 for g in gs):
            out += gs
        elif old is not None:
            out.append(old)
        else:
            out += [g for g in gs if g is not None and len(g.xs) - 1 <= 3]
    return out


def _split_at_headers(run_k: list[tuple[float, int]], lines: list[TextLine], segs: list[list[TextLine]],
                      num_seg: list[int]) -> list[list[tuple[float, int]]]:
    """A run of score rows cut where a header line lies between two of its scores: two
    tables close together, each under its header (15004 scanned: indicator 5's header
    ``รหัส | ประเด็นการประเมิน | คะแนน (ร้อยละ)`` was read into the row of i25, its score lost)."""
    if len(run_k) < 2:
        return [run_k]
    ks = [k for _, k in run_k]
    sx0 = min(segs[k][num_seg[k]].x0 for k in ks)
    sx1 = max(segs[k][num_seg[k]].x0 + segs[k][num_seg[k]].img.shape[1] for k in ks)
    width = max(ln.x0 + ln.img.shape[1] for ln in (lines[k] for k in ks)) - min(lines[k].x0 for k in ks)
    parts, cur = [], [run_k[0]]
    for prev, item in zip(run_k, run_k[1:]):
        head = any(min(s.x0 + s.img.shape[1], sx1) - max(s.x0, sx0) > 0.5 * min(s.img.shape[1], sx1 - sx0)
                   and s.img.shape[1] <= 0.4 * width and len(segs[j]) >= 2
                   for j in range(prev[1] + 1, item[1]) for s in segs[j][1:])
        if head:
            parts.append(cur)
            cur = []
        cur.append(item)
    return parts + [cur]


def _header_line(lines: list[TextLine], segs: list[list[TextLine]], numeric: list[bool],
                 scores: list[tuple[int, int]], lh: float) -> int | None:
    """The header line of a run of score rows (``scores``: line and segment of each score):
    going up from the first score, over text-only lines (the first row's own lines, a row
    continued from the page before), the first line with a short segment over the score
    column (``ร้อยละ``, ``คะแนน``), within five lines; None when a wider line, a number or a
    line across the score column comes first."""
    sx0 = min(segs[k][i].x0 for k, i in scores)
    sx1 = max(segs[k][i].x0 + segs[k][i].img.shape[1] for k, i in scores)
    tx0 = min(lines[k].x0 for k, _ in scores)
    tx1 = max(lines[k].x0 + lines[k].img.shape[1] for k, _ in scores)
    k0, i0 = scores[0]
    st = segs[k0][i0].y0
    for j in range(k0 - 1, -1, -1):
        ln = lines[j]
        if ln.y0 + ln.img.shape[0] > st:
            continue  # beside the first score (its cell's upper line)
        if st - (ln.y0 + ln.img.shape[0]) > 5 * lh or numeric[j]:
            return None
        if ln.x0 < tx0 - 2 * lh or ln.x0 + ln.img.shape[1] > tx1 + 3 * lh:
            return None
        over = [s for s in segs[j] if min(s.x0 + s.img.shape[1], sx1) - max(s.x0, sx0) > 0.5 * min(s.img.shape[1], sx1 - sx0)]
        if over:
            return j if all(s.img.shape[1] <= 0.4 * (tx1 - tx0) for s in over) else None
    return None


def _top_aligned_rows(ys: list[int], r0: int, lines: list[TextLine], score_lines: list[TextLine], lh: float,
                      snap) -> list[int]:
    """Row bounds of a table whose cells print their text from the top (code, text and score
    on the cell's first line): no text line of the first row lies above its score, so each
    row starts right above its score's line, not halfway between two scores (a wrapped
    cell's last line went to the row below: 15015 p1 i5's ``น้อยเพียงใด`` joined i6, and its
    code was lost); lines between a header and the first score row stay a row of their own.
    A table whose first row prints text above its score (centred cells) keeps its bounds."""
    first = score_lines[0]
    if any(ys[r0] <= ln.y0 < first.y0 - 0.3 * lh for ln in lines):
        return ys  # text starts above the first score: centred cells (tests/test_scan_code_column.py)
    out = list(ys)
    for i, ln in enumerate(score_lines):
        y = snap(ln.y0 - 1, 0.3 * lh)
        if i == 0 and r0 == 0:
            continue  # the table's own top stays
        if i > 0:
            # only over the row above's wrapped text, indented from where its row starts (a
            # code column beside it); a heading between two tables' rows, starting at the
            # left, keeps the bound halfway (15008 scanned: ``ตัวชี้วัดที่ ๘ … (๖๓.๘๓ คะแนน)``)
            prev = score_lines[i - 1]
            pb = prev.y0 + prev.img.shape[0]
            between = [m for m in lines if pb - 2 <= m.y0 and m.y0 + m.img.shape[0] <= ln.y0 + 2]
            if any(m.x0 < prev.x0 + lh for m in between):
                continue
        if out[r0 + i - 1] < y < out[r0 + i + 1]:
            out[r0 + i] = y
    return out


def _one_row(lines: list[TextLine], numeric: list[bool], segs: list[list[TextLine]], k0: int, head: int,
             lh: float) -> tuple[float, float]:
    """Top and bottom of a table's only score row under its header: from under the header
    down over the text lines of its cell (indented from the table's left edge, close together)."""
    top = lines[head].y0 + lines[head].img.shape[0] + 1
    bot = float(lines[k0].y0 + lines[k0].img.shape[0])
    left = lines[k0].x0
    for j in range(k0 + 1, len(lines)):
        ln = lines[j]
        if ln.y0 < bot - 0.5 * lh:
            bot = max(bot, ln.y0 + ln.img.shape[0])
            continue
        if ln.y0 - bot > 0.6 * lh or numeric[j] or ln.x0 < left + 0.5 * lh or len(segs[j]) > 1:
            break
        bot = float(ln.y0 + ln.img.shape[0])
    return float(top), bot + 0.25 * lh


def _top_aligned(ink: np.ndarray, xs: list[int], ys: list[int], lh: float) -> bool:
    """Whether, row by row, the first column's ink starts on the second column's first line
    (a code printed beside the start of its text, not centred on a wrapped cell). A header
    row, centred, may differ: most rows decide."""
    bad = n = 0
    for a, b in zip(ys, ys[1:]):
        c0 = np.nonzero(ink[a:b, max(0, xs[0]) : xs[1]].any(axis=1))[0]
        c1 = np.nonzero(ink[a:b, xs[1] : xs[2]].any(axis=1))[0]
        if c0.size and c1.size:
            n += 1
            # a code's digits start lower than its text's tall marks (``ปี``, ``ญ``, tone marks
            # over a vowel): up to about 0.65 of a line (15004 p2, i19-i24); a code centred on a
            # two-line cell starts a line lower
            bad += abs(int(c0[0]) - int(c1[0])) > 0.75 * lh
    return bad <= 0.25 * n


def cut_at_grids(grids: list[G.Grid], others: list[G.Grid]) -> list[G.Grid]:
    """Borderless score grids cut where another table lies inside their rows: one table per
    indicator, each under a heading and its own shaded ``ประเด็นข้อคำถาม | คะแนน`` header
    (found as a grid of its own and blanked before ``score_grids``), fresh seed 2900 scanned.
    The rows of the score grid reach from number to number, so the header and the heading
    above it joined the row below them (its ``คะแนน`` read with the score: a dash or a
    two-line cell, the score and the code lost). The row holding the other table ends the
    piece above at its top edge and starts the piece below at the other table's bottom
    edge; the heading between is left to the page text. A grid of three columns or more (a
    measures table taken for a score table by its numbered rows) is cut only by a table across
    its width (its header's pieces together): the left part of a measures table's header
    (fresh seed 2903 scanned) cut a table's last row off its header. A table in the first row
    is the grid's own header (dev seed 3 scanned: cut off, the results table lost its roles)."""
    out = []
    for g in grids:
        x0, y0, x1, y1 = g.bbox
        inside = [o.bbox for o in others if y0 < o.bbox[1] and o.bbox[3] < y1
                  and min(x1, o.bbox[2]) - max(x0, o.bbox[0]) >= 0.3 * (x1 - x0)]
        if not inside:
            out.append(g)
            continue
        ys = list(g.ys)
        pieces, cur = [], [ys[0]]
        for r in range(len(ys) - 1):
            a, b = ys[r], ys[r + 1]
            hit = [o for o in inside if a <= (o[1] + o[3]) / 2 < b]
            if not hit or r == 0 or (len(g.xs) > 3 and _covered(hit, x0, x1) < 0.7 * (x1 - x0)):
                cur.append(b)
                continue
            top, bot = min(o[1] for o in hit), max(o[3] for o in hit)
            if len(cur) >= 2:
                pieces.append(cur)
            cur = [bot + 1, b] if b > bot + 1 else [b]
        if len(cur) >= 2:
            pieces.append(cur)
        for ys_p in pieces:
            p = G.Grid(xs=list(g.xs), ys=ys_p, ruled=False)
            p.owner = [[(r, c) for c in range(len(g.xs) - 1)] for r in range(len(ys_p) - 1)]
            out.append(p)
    return out


def _covered(boxes: list[tuple[int, int, int, int]], x0: int, x1: int) -> int:
    """How much of x0..x1 the boxes' columns cover together."""
    spans = sorted((max(x0, b[0]), min(x1, b[2])) for b in boxes)
    total, end = 0, x0
    for a, b in spans:
        a = max(a, end)
        if b > a:
            total += b - a
            end = b
    return total

