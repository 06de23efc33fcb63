"""Columns of wide text tables without column rules (measures tables), on page images.

``grid._infer_columns`` cuts a table at white channels at least 2.5 mm wide through all of its
rows. A measures table (ตัวชี้วัด | มาตรการ | ประเด็นที่ต้องพัฒนา | ขั้นตอน | ระยะเวลา |
หน่วยงาน) breaks both conditions: its cells are filled to their padding, so the channels
between columns are narrow, and its header has a title spanning several columns
(``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) that blocks every channel under it. It came out as
two or three columns, several fields per cell.

Here the channels are looked for in the body rows only, narrower (1.3 mm); a channel is cut
where the header has least ink across it. A header whose first line crosses a cut is split
into two rows at the blank between its lines: the spanning title becomes one merged cell over
the columns it crosses, the column titles go under it, and the other columns' titles fill
both header rows (merged vertically), as a text layer gives such a header. A narrow channel is
kept only under a header blank of about 1 mm over it (``_header_gap``): the same words at the
same place in every row (``ไตรมาสที่ ๑``) leave word gaps aligned through the body, and a letter
gap of the header is no column border. A column empty in every body
row (หมายเหตุ) is cut at the wide blank between its header title and the next; a column with
no header ink over it joins its left neighbour (word gaps of one long line are no columns).
"""

from __future__ import annotations
import cv2
import numpy as np

MIN_COLS = 4  # wide text tables only: score tables keep ``grid._infer_columns``


def _zero_runs(prof: np.ndarray, min_len: int) -> list[tuple[int, int]]:
    """(start, end) of runs of zeros at least ``min_len`` long, not touching the ends."""
    out, start = [], None
    for i, v in enumerate(prof):
        if v == 0 and start is None:
            start = i
        elif v != 0 and start is not None:
            if start > 0 and i - start >= min_len:
                out.append((start, i))
            start = None
    return out


def _line_groups(prof: np.ndarray, min_blank: int) -> list[tuple[int, int]]:
    """(start, end) of the inked stretches of a row profile separated by ``min_blank`` blank rows."""
    ink = np.nonzero(prof)[0]
    if not len(ink):
        return []
    groups, a, last = [], int(ink[0]), int(ink[0])
    for y in ink[1:]:
        if y - last > min_blank:
            groups.append((a, last + 1))
            a = int(y)
        last = int(y)
    groups.append((a, last + 1))
    return groups


def _longest_blank(prof: np.ndarray) -> tuple[int, int]:
    """(start, end) of the longest run of zeros of ``prof`` ((0, 0) when none)."""
    best, start = (0, 0), None
    for i, v in enumerate(list(prof) + [1]):
        if v == 0 and start is None:
            start = i
        elif v != 0 and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return best


def _header_gap(head: np.ndarray, a: int, b: int, scale: float) -> int | None:
    """Where a narrow body channel ``a..b`` is cut, or None when the header shows no column
    border over it. The same word at the same place in every row (``ไตรมาสที่ ๑``, ``ไตรมาสที่ ๔``)
    leaves a channel between two words of one column (scanned fresh dev seeds 7109, 7110: the
    period column came out as two). Column titles keep a blank of about 1 mm between them: the
    channel is kept when the header is blank that wide over it, from top to bottom or under a
    title that spans the border and has a title of its own on each side below it (``การ
    ดำเนินงาน`` over ``ขั้นตอน`` and ``ตัวชี้วัด``); a letter gap of the header is no border."""
    need = max(3, int(10 * scale))
    lo, hi = max(0, a - need), min(head.shape[1], b + need)
    rows = head.sum(axis=1) > 0
    lines = _line_groups(rows, max(2, int(3 * scale)))
    for i, (y, _) in enumerate(lines):
        part = head[y:, lo:hi]
        s, e = _longest_blank(part.sum(axis=0))
        if e - s < need:
            continue
        if i == 0:
            return lo + (s + e) // 2
        # the lines above cross the channel: one title over two columns, each with its own below
        upper = head[: y, :].any(axis=0)
        x = lo + (s + e) // 2
        if not upper[x]:
            return None
        left, right = x, x
        gap = max(4, int(20 * scale))  # letter and word gaps of the spanning title
        while left > 0 and upper[max(0, left - gap) : left].any():
            left -= 1
        while right < len(upper) - 1 and upper[right + 1 : right + 1 + gap].any():
            right += 1
        below = head[y:, :]
        if below[:, left : lo + s].any() and below[:, lo + e : right + 1].any():
            return x
        return None
    return None


def _title_across(head: np.ndarray, a: int, b: int, cuts: list[int], scale: float) -> bool:
    """Whether the header blank ``a..b`` ends at a title that spans a cut already made (a group
    title over two columns): the blank is then the gap before that title, not an empty column's
    (shared dev seed 22711 p6, a table of one body row: the gap between ``ข้อค้นพบ`` and the
    spanning ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over letter gaps of the findings cut the findings
    in two)."""
    k = max(3, int(12 * scale))
    wide = cv2.dilate(head.astype(np.uint8), np.ones((1, k), np.uint8)) > 0
    for x in (a - 1, b):
        if not 0 <= x < head.shape[1]:
            continue
        for y in np.nonzero(head[:, x])[0]:
            row = wide[y]
            lo, hi = x, x
            while lo > 0 and row[lo - 1]:
                lo -= 1
            while hi < len(row) - 1 and row[hi + 1]:
                hi += 1
            if any(lo < c < hi for c in cuts):
                return True
    return False
GROUP_TITLE_SHARE = 0.6  # a group title lies in the top of its header: its ink ends above this share of it
ALIGNED_SHARE = 0.8  # of the text lines right of a channel, those starting at its edge: a column's own text


def _under_group_title(head: np.ndarray, a: int, b: int, scale: float) -> int | None:
    """Where a narrow body channel ``a..b`` is cut when a group title centred over two columns
    crosses it (``การดำเนินงาน`` over ``มาตรการ/โครงการ/กิจกรรม`` and ``ผลการวิเคราะห์``, shared
    dev seed 22714 scanned, horizontally ruled): ``_header_gap`` wants a sub-title on each side
    of the channel under the title's own extent and the blank under the header's last line of
    text, and a sub-title set right of a short title, or a line group that ran into the title
    (Thai marks close the blank between two header lines), hid the border; the measures and
    the findings columns were read as one cell, their lines interleaved. Here the crossing
    ink must end in the header's top part (``GROUP_TITLE_SHARE``), the header below it be
    blank about 1 mm wide over the channel, and have titles on both sides of it."""
    need = max(3, int(10 * scale))
    h = head.shape[0]
    cross = np.nonzero(head[:, a:b].any(axis=1))[0]
    if not len(cross) or cross[-1] + 1 > GROUP_TITLE_SHARE * h:
        return None
    below = head[int(cross[-1]) + 1 :]
    lo, hi = max(0, a - need), min(head.shape[1], b + need)
    s, e = _longest_blank(below[:, lo:hi].sum(axis=0))
    if e - s < need or not below[:, : lo + s].any() or not below[:, lo + e :].any():
        return None
    return lo + (s + e) // 2


def _line_starts(ink: np.ndarray, scale: float, min_height: float) -> list[int]:
    """The x where each text line of ``ink`` starts (lines at least ``min_height`` × scale
    tall: shorter ones are dots or rows of marks, whose x is no line's start)."""
    starts = []
    for y0, y1 in _line_groups(ink.any(axis=1), max(2, int(3 * scale))):
        if y1 - y0 >= min_height * scale:
            starts.append(int(np.argmax(ink[y0:y1].any(axis=0))))
    return starts


def _starts_aligned(ink: np.ndarray, scale: float) -> bool:
    """Whether the body's text lines right of a channel (``ink`` from the channel's right edge
    on) start at that edge: at least ``ALIGNED_LINES`` lines, ``ALIGNED_SHARE`` of them within
    about 1 mm of it (a column's left-aligned text; word gaps that happened to line up through
    every row leave the next words starting anywhere)."""
    starts = _line_starts(ink[:, :min(ink.shape[1], int(120 * scale))], scale, 20)
    near = sum(1 for x in starts if x <= 12 * scale)
    return len(starts) >= ALIGNED_LINES and near >= ALIGNED_SHARE * len(starts)

ALIGNED_LINES = 3  # lines of a wrapped cell starting at one x: a column's own text, not a line's ragged end


def _short_cell_beside_long(body: np.ndarray, a: int, b: int, scale: float) -> bool:
    """Whether a narrow body channel ``a..b`` parts a long wrapped cell on its left from a short
    one on its right: every text line right of it (one or two, fewer than ``_starts_aligned``
    wants) starts at its edge, and twice as many lines, ``ALIGNED_LINES`` at least, end left of
    it (the left cell's ragged right end; a word gap in a line runs into the line's next word,
    which has as many lines right of the gap as left). The steps column of a two-level header's
    group beside its responsible units (fresh32s 45104 p6/p7, 200 dpi, zebra, long rows: one
    unit line ``ทุกส่วนราชการ`` 19 px right of the steps' longest line): the two were read as
    one column, every measure's steps and units run together."""
    right = _line_starts(body[:, b : b + int(120 * scale)], scale, 20)
    if not right or any(x > 12 * scale for x in right):
        return False
    # (the ink right before it a list mark after a channel of its own, ``-`` before a unit: that
    # channel is the border; this one would cut a sliver column holding the mark, 45104 p10)
    near = body[:, max(0, a - int(60 * scale)) : a].any(axis=0)
    if _zero_runs(np.r_[True, near, True], max(6, int(16 * scale))):
        return False
    left = _line_starts(body[:, max(0, a - int(120 * scale)) : a][:, ::-1], scale, 20)
    return len(left) >= max(ALIGNED_LINES, 2 * len(right))


def _aligned_text(ink: np.ndarray, scale: float) -> bool:
    """Whether a stretch of a table's body (``ink``: its pixels) holds a column's text: at least
    ``ALIGNED_LINES`` text lines whose ink starts within about 1 mm of the stretch's left edge
    of ink. The ragged end of a long line whose word gaps happened to be blank in the other
    rows (``รอบ ๖ เดือน``) is one or two lines starting anywhere; a column whose title is not
    in the table's first row (a heading above a bare table taken for its header row, scanned
    fresh dev seed 19503 p7: the steps and findings columns joined the measure's, their lines
    read interleaved in one cell) is a wrapped cell of many lines starting at one x."""
    starts = _line_starts(ink, scale, 8)
    if len(starts) < ALIGNED_LINES:
        return False
    left = min(starts)
    return sum(1 for s in starts if s - left <= 12 * scale) >= ALIGNED_LINES


def _past_blank_from_last_cut(seg: np.ndarray, a: int, cut: int) -> int | None:
    """Where a wide body channel starting at ``a`` is cut when its header's least ink (``cut``) lies
    in the blank that runs on from the last cut made: two cuts in one header blank make a column
    with no title, and one of them was dropped. A column printing a dash alone (a budget ``-``)
    between two channels: the header blank left of its title runs into the channel on its right,
    whose cut fell there too, and the column was lost, its title joined to the next one (dev
    60204, 200 dpi, landscape, ruled across: p5's table read with 4 columns, the pages after it
    with 5, the measures under them lost with no flag). The cut goes to the header's least ink
    past the blank, a gap between two titles under a group title over both, where there is one."""
    ink = np.nonzero(seg[cut - a :] > 0)[0]
    if not len(ink):
        return None
    j = cut - a + int(ink[0])
    rest = seg[j:]
    k = int(np.argmin(rest))
    inked = rest[rest > 0]
    if k == 0 or not rest[k + 1 :].any() or rest[k] > max(3, 0.15 * float(np.median(inked))):
        return None
    return a + j + k


def wide_table_grid(text_ink: np.ndarray, x0: int, x1: int, ys: list[int], scale: float,
                    old_xs: list[int]) -> tuple[list[int], list[int], list[list[tuple[int, int]]]] | None:
    """(xs, ys, owner) of a wide text table whose row boundaries ``ys`` are known (the first row
    its header), or None when body channels give no more columns than ``old_xs`` (the
    all-rows inference) or fewer than ``MIN_COLS``."""
    if len(ys) < 3:
        return None
    t = max(2, int(4 * scale))
    body = text_ink[ys[1] + t : ys[-1] - t, x0 + t : x1 - t] > 0
    head = text_ink[ys[0] + t : ys[1] - t, x0 + t : x1 - t] > 0
    if not body.size or not head.size:
        return None
    bprof, hprof = body.sum(axis=0), head.sum(axis=0)
    n_body = len(ys) - 2
    cuts = []
    for a, b in _zero_runs(bprof, max(6, int(16 * scale))):
        seg = hprof[a:b]
        k = int(np.argmin(seg))
        best = [i for i in range(len(seg)) if seg[i] == seg[k]]
        cut = a + best[len(best) // 2]
        wide = b - a >= max(8, int(30 * scale))
        if wide and cuts and cuts[-1] < cut and not hprof[cuts[-1] : cut + 1].any():
            cut = _past_blank_from_last_cut(seg, a, cut) or cut
        if not wide:
            at = _header_gap(head, a, b, scale)
            if at is None and (_starts_aligned(body[:, b:], scale) or _short_cell_beside_long(body, a, b, scale)):
                at = _under_group_title(head, a, b, scale)
            if at is None:
                continue
            cut = at
        cuts.append(cut)
    # a column empty in every body row (หมายเหตุ) shows only as a wide gap between header titles
    for a, b in _zero_runs(hprof, max(8, int(30 * scale))):
        if any(a <= c < b for c in cuts):
            continue
        # the body blank under it as wide as a channel: a table of one body row leaves letter
        # gaps blank under the gap between two titles (``ข้อค้นพบ`` and the spanning title over
        # ``มาตรการ``, shared dev seed 22711 p6: the findings cut in two)
        free = [i for i in range(a, b) if bprof[i] == 0]
        if free and _title_across(head, a, b, cuts, scale):
            continue
        if free and not any(abs(free[len(free) // 2] - c) < 30 * scale for c in cuts):
            cuts.append(free[len(free) // 2])
    cuts.sort()
    # every column has a title: a stretch with no header ink over it is the ragged end of
    # one long body line whose word gaps happened to be blank in the other rows (``รอบ ๖
    # เดือน`` in a question table): it joins the column on its left
    changed = True
    while changed and cuts:
        changed = False
        bounds = [0] + cuts + [len(hprof)]
        for i in range(len(bounds) - 1):
            if not hprof[bounds[i] : bounds[i + 1]].any() and not _aligned_text(body[:, bounds[i] : bounds[i + 1]], scale):
                # (unless its ink hugs the stretch's right end, far from its left: list marks set
                # apart from their items' text, ``-`` before each step, belong to the column on the
                # right: unbiased fresh30s 41111 p6 at 200 dpi, the steps' dashes read into the
                # findings, the steps run together)
                del cuts[i if i < len(cuts) and _marks_of_right(bprof[bounds[i] : bounds[i + 1]]) else
                         i - 1 if i > 0 else 0]
                changed = True
                break
    xs = [x0] + [x0 + t + c for c in cuts] + [x1]
    if len(xs) - 1 < MIN_COLS or len(xs) <= len(old_xs):
        return None
    nc = len(xs) - 1
    ys = list(ys)
    owner = [[(r, c) for c in range(nc)] for r in range(len(ys) - 1)]
    # a spanning title on the header's first line: split the header under it
    hy0, hy1 = ys[0] + t, ys[1] - t
    full_head = text_ink[hy0:hy1, x0:x1] > 0
    # gaps between letters of a title are closed; the blank between two column titles is not
    k = max(3, int(12 * scale))
    full_head = cv2.dilate(full_head.astype(np.uint8), np.ones((1, k), np.uint8)) > 0
    crossed = [k for k, x in enumerate(xs[1:-1], start=1) if full_head[:, max(0, x - x0 - 1) : x - x0 + 2].any()]
    if crossed:
        c_lo, c_hi = min(crossed) - 1, max(crossed)  # columns c_lo..c_hi are under the title
        band = full_head[:, xs[c_lo] - x0 : xs[c_hi + 1] - x0]
        at_cuts = np.zeros(len(full_head), bool)
        for k in crossed:
            at_cuts |= full_head[:, max(0, xs[k] - x0 - 1) : xs[k] - x0 + 2].any(axis=1)
        rows = np.nonzero(at_cuts)[0]
        prof = band.sum(axis=1)
        lo, hi = int(rows[-1]), min(len(prof), int(rows[-1] + 24 * scale))
        # the title's last line ends where the header's ink thins out below the crossings
        split = hy0 + lo + int(np.argmin(prof[lo:hi])) if hi - lo >= 2 else hy0
        if hi - lo >= 2 and rows[-1] - rows[0] < 0.6 * len(prof) and prof[lo:].any() \
                and _titles_under(text_ink, xs, c_lo, c_hi, split, hy1, t):
            ys = [ys[0], split] + ys[1:]
            owner = [[(0, c_lo) if c_lo <= c <= c_hi else (0, c) for c in range(nc)],
                     [(1, c) if c_lo <= c <= c_hi else (0, c) for c in range(nc)]]
            owner += [[(r, c) for c in range(nc)] for r in range(2, len(ys) - 1)]
    else:
        upper = upper_title_split(text_ink, xs, hy0, hy1, scale)
        if upper is not None:
            c_lo, c_hi, split = upper
            ys = [ys[0], split] + ys[1:]
            owner = [[(0, c_lo) if c_lo <= c <= c_hi else (0, c) for c in range(nc)],
                     [(1, c) if c_lo <= c <= c_hi else (0, c) for c in range(nc)]]
            owner += [[(r, c) for c in range(nc)] for r in range(2, len(ys) - 1)]
    return xs, ys, owner


def _marks_of_right(prof: np.ndarray) -> bool:
    """Whether a column stretch's body ink (``prof``, ink per pixel column) lies in its right
    third only: marks set before the text of the column on its right."""
    ink = np.nonzero(prof)[0]
    return bool(len(ink)) and int(ink[0]) >= 2 * len(prof) // 3


def _titles_under(text_ink: np.ndarray, xs: list[int], c_lo: int, c_hi: int, y0: int, y1: int, t: int) -> bool:
    """Whether every column under a title that crosses a cut has a title of its own below it
    (a group title's sub-columns each print one). Two titles of one header level set so close
    that their letters touch across a cut (``งบประมาณ`` beside ``คุณธรรมและความ`` over ``โปร่งใส``)
    leave a column blank under the crossing: split there, the header's last line was a row of
    its own, read as a measure (``โปร่งใส``, unbiased fresh27s 38101 p6 and p8, 200 dpi)."""
    return all(text_ink[y0:y1, xs[c] + t : xs[c + 1] - t].any() for c in range(c_lo, c_hi + 1))


def upper_title_split(text_ink: np.ndarray, xs: list[int], y0: int, y1: int, scale: float) -> tuple[int, int, int] | None:
    """(first column, last column, y) where a header splits into two levels over one column: the column's top
    lines (a group title over its own sub-title, ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over
    ``วิธีการดำเนินการ``, scanned fresh dev seed 2708) end above every other column's title and
    a blank wider than any between the lines of one title (1.3 times the widest elsewhere,
    at least 3.7 mm) parts them from the lines below. Read as one cell, the group title hid
    the sub-title's role. The title spans the neighbouring columns whose titles lie wholly
    below it (``กรอบเวลา``). None when no column, or more than one, is so."""
    t = max(2, int(4 * scale))
    groups = [_line_groups(text_ink[y0:y1, xs[c] + t : xs[c + 1] - t].sum(axis=1) > 0, max(2, int(3 * scale)))
              for c in range(len(xs) - 1)]
    blanks = [[g[i + 1][0] - g[i][1] for i in range(len(g) - 1)] for g in groups]
    found = None
    for c, g in enumerate(groups):
        if len(g) < 2:
            continue
        i = max(range(len(g) - 1), key=lambda k: blanks[c][k])
        others = [b for k, bl in enumerate(blanks) if k != c for b in bl]
        tops = [gg[0][0] for k, gg in enumerate(groups) if k != c and gg]
        if blanks[c][i] >= max(44 * scale, 1.3 * max(others + [30 * scale])) and tops and g[i][1] < min(tops):
            if found is not None:
                return None
            found = (c, y0 + (g[i][1] + g[i + 1][0]) // 2)
    if found is None:
        return None
    c, y = found
    below = lambda k: bool(groups[k]) and y0 + groups[k][0][0] >= y  # noqa: E731
    lo, hi = c, c
    while lo > 0 and below(lo - 1):
        lo -= 1
    while hi < len(groups) - 1 and below(hi + 1):
        hi += 1
    return lo, hi, y


SIBLING_OUTER_MM = 3.0  # outer edges of two tables drawn alike on one page
SIBLING_EDGE_MM = 5.0  # each inner edge of the table with fewer columns as near one of the other's
MIN_SIBLING_COLS = 5  # measures tables (score tables have two or three columns)
SIBLING_CLEAR = 0.02  # share of the body's height an added edge may have text across


def sibling_columns(grids: list, ink: np.ndarray, scale: float) -> int:
    """Tables drawn one per measure on a page, rules across only, have one column layout; where
    one of them found an edge from white channels that another did not (a long finding whose
    lines run close to the indicator cell beside it, header titles that touch: dev seed 18502
    scanned at 200 dpi p2, findings and indicators read as one cell in three of four tables),
    the other takes it when its outer edges and every edge it has lie near the sibling's and no
    body text crosses the added edge. ``ink``: text pixels. Returns the grids changed."""
    mm = 300 * scale / 25.4
    changed = 0
    free = [g for g in grids if not g.ruled and len(g.ys) >= 3 and len(g.xs) > MIN_SIBLING_COLS
            and not getattr(g, "carried", False)
            and all(g.owner[r][c] == (r, c) for r in range(len(g.ys) - 1) for c in range(len(g.xs) - 1))]
    for g in free:
        for s in free:
            if len(s.xs) != len(g.xs) + 1 or abs(s.xs[0] - g.xs[0]) > SIBLING_OUTER_MM * mm \
                    or abs(s.xs[-1] - g.xs[-1]) > SIBLING_OUTER_MM * mm:
                continue
            inner = s.xs[1:-1]
            near = [min(range(len(inner)), key=lambda i: abs(inner[i] - x)) for x in g.xs[1:-1]]
            if len(set(near)) != len(near) or any(abs(inner[i] - x) > SIBLING_EDGE_MM * mm
                                                  for i, x in zip(near, g.xs[1:-1])):
                continue
            extra = [inner[i] for i in range(len(inner)) if i not in near][0]
            half = max(2, int(3 * scale))
            crossed = [r for r in range(len(g.ys) - 1) if g.ys[r + 1] - g.ys[r] >= 10 and ink[
                g.ys[r]:g.ys[r + 1], max(0, extra - half):extra + half + 1].any(axis=1).mean() > SIBLING_CLEAR]
            # the header's titles may touch across it, and the last row be a heading the rule under
            # it closed the table with (``ประเด็นที่ 2 …``): those keep one cell over both columns
            if any(0 < r < len(g.ys) - 2 for r in crossed):
                continue
            g.xs = sorted(g.xs + [extra])
            k = g.xs.index(extra)  # the new column k's cells; a crossed row's cell k-1 spans it
            g.owner = [[(r, c - 1) if c == k and r in crossed else (r, c) for c in range(len(g.xs) - 1)]
                       for r in range(len(g.ys) - 1)]
            changed += 1
            break
    return changed
