"""Stretches of text lines that keep white channels through all of them: the extent and the
columns of a bare wide table on a page image (``borderless``), cut before a repeat of its
header (``_repeat``), its two-level header joined back onto its body (``_header_onto_body``)."""

from __future__ import annotations

import numpy as np

from extractors.ocr.columns import MIN_COLS, _zero_runs

MIN_LINES = 4  # text lines of a table (header and one body row at least)
PARA_PX = 40  # px at 300 dpi: a blank wider than a paragraph gap ends a table


def _channels(blank: np.ndarray, x0: int, x1: int, min_w: int) -> list[tuple[int, int]]:
    """Interior blank runs (page x) at least ``min_w`` wide of a blank mask between x0 and x1."""
    prof = (~blank[x0:x1]).astype(np.uint8)
    return [(x0 + a, x0 + b) for a, b in _zero_runs(prof, min_w)]


def _regions(lines: list, W: int, scale: float, thr: int) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(first line, last line, channels) of the stretches of lines that keep three white
    channels or more through all of them; a stretch ends before a repeat of its header
    (``_repeat``)."""
    occ = []
    for ln in lines:
        a = np.zeros(W, bool)
        a[ln.x0 : ln.x0 + ln.img.shape[1]] = (ln.img < thr).any(axis=0)
        occ.append(a)
    ext = [(ln.x0, ln.x0 + ln.img.shape[1]) for ln in lines]
    para = PARA_PX * scale  # a blank wider than a paragraph gap ends a table
    min_w = max(6, int(16 * scale))

    def grow(i: int, last: int) -> tuple[int, list[tuple[int, int]]]:
        blank, x0, x1 = ~occ[i], ext[i][0], ext[i][1]
        ch: list[tuple[int, int]] = []
        j = i
        while j + 1 <= last:
            # a line of short words without ascenders or descenders (``งาน``) inks less than a
            # line's height: under a line the next one goes on below (a cell's next line), the
            # blank is measured from the stretch's usual line height (dev seed 21790 p2: a long
            # steps cell's lines 43 px apart at 300 dpi, the table cut there, the cell's rest
            # lost and the next row read in other columns); a page number aside keeps its gap, and
            # so do the first lines of a stretch (titles over a table: dev seed 21792 p5, a title
            # and the header's lines made a stretch of their own, the header lost to the body)
            tall = float(np.median([ln.img.shape[0] for ln in lines[i : j + 1]])) if j + 1 - i >= MIN_LINES else 0.0
            nx0, nx1 = ext[j + 1]
            gap = lines[j + 1].y0 - max(ln.y0 + (max(ln.img.shape[0], tall) if e[0] < nx1 and nx0 < e[1]
                                                 else ln.img.shape[0])
                                        for ln, e in zip(lines[i : j + 1], ext[i : j + 1]))
            if gap > para:
                break
            b2 = blank & ~occ[j + 1]
            a2, e2 = min(x0, ext[j + 1][0]), max(x1, ext[j + 1][1])
            c2 = _channels(b2, a2, e2, min_w)
            if len(c2) < MIN_COLS - 1 and j + 1 - i >= 2:
                break
            blank, x0, x1, ch, j = b2, a2, e2, c2, j + 1
        return j, ch

    heads, headings = _header_drawings(lines, scale)
    cuts = sorted(set(heads) | set(headings))
    out = []
    repeats: set[int] = set()  # a table's header drawn again starts a table of its own
    i, n = 0, len(lines)
    while i < n:
        if i in headings:
            i += 1  # a table's heading is page text, no line of a stretch
            continue
        last = min((c - 1 for c in cuts if c > i), default=n - 1)
        j, ch = grow(i, last)
        i, j, ch = _body_under_header(lines, i, j, ch, last, grow, para)
        cut = _repeat(lines, i, j, scale) if j - i + 1 >= MIN_LINES else None
        if cut is not None:
            j, ch = grow(i, cut - 1)
            repeats.add(cut)
        if j - i + 1 >= MIN_LINES and len(ch) >= MIN_COLS - 1:
            out.append((i, j, ch))
            i = j + 1
        else:
            i += 1
    out = _rest_onto_first_line(lines, _header_onto_body(lines, out, para, set(heads)), para, set(heads) | repeats)
    return _cell_run_above(lines, out, para, scale, cuts)


HEADER_STRETCH = 6  # lines: a two-level header's titles, centred at several heights, at most
# lines of a stretch joined onto the longer body stretch under it (``_header_onto_body``): a two-level
# header of seven title lines, the heading over it and the body row's first line (dev 62109 p2, 300 dpi,
# landscape, bare m8: that first line read as the table's one row, the rest as a table of its own,
# measure 1's text cut to its first line, CER 0.95); the body's stretch longer still
ONTO_BODY_LINES = 10
BODY_GOES_ON = 2  # lines a body's stretch goes on past the header's at least (one line alone: a heading)


def _body_under_header(lines: list, i: int, j: int, ch: list, last: int, grow,
                       para: float) -> tuple[int, int, list]:
    """(first line, last line, channels) of the stretch from line i when a stretch from a later
    line k inside it, k at most ``HEADER_STRETCH`` lines under i, reaches further down: lines
    i..k-1 are a two-level header (its group title closes the channels under it), k.. its body,
    whose cells keep the channels the header closed; the header is the block of lines right over
    k with no blank of half a paragraph between them (a title or heading above it, apart, is
    page text). Grown from the header, the stretch kept the body's first
    lines only while a gap inside a cell (``1.`` and its step) stood for the channels the group
    title closed, and ended at the next line of the long steps cell: fresh30u 41209 p3-p7
    (300 dpi, one measure a page under ``ประเด็นที่ …``, five columns, no rules), each table
    cut after its row's first two lines, its steps lost. One stretch, the body's channels (as
    ``_header_onto_body`` joins a header stretch onto its body's), when the line that ended the
    header's stretch follows it at a cell's line gap (not half a paragraph) and the body's goes on
    ``BODY_GOES_ON`` lines past it at least: the heading of the next table under a table's last
    line (fresh30s 41105 p3, ``ประเด็นที่ 4 …``, 29 px under it at 300 dpi) closed the channels of
    the stretch from the header, not those of a stretch from its body, and was read as a row,
    the table lost."""
    if j >= last or j - i + 1 < MIN_LINES or len(ch) < MIN_COLS - 1 \
            or lines[j + 1].y0 - _extent(lines, i, j)[2] > para / 2:
        return i, j, ch  # (a line apart under it, a heading over the next table, is no cell's next line)
    best = (i, j, ch)
    for k in range(i + 1, min(j, i + HEADER_STRETCH) + 1):
        m, ch2 = grow(k, last)
        if m >= max(best[1], j + BODY_GOES_ON) and m - k + 1 >= MIN_LINES and len(ch2) >= MIN_COLS - 1:
            x0, x1, _ = _extent(lines, k, m)
            if all(ln.x0 >= x0 - para and ln.x0 + ln.img.shape[1] <= x1 + para for ln in lines[i:k]):
                top = k - 1
                while top > i and lines[top].y0 - (lines[top - 1].y0 + lines[top - 1].img.shape[0]) <= para / 2:
                    top -= 1
                best = (top, m, ch2)
    return best


def _extent(lines: list, i: int, j: int) -> tuple[int, int, int]:
    """(left, right, bottom) of lines i..j."""
    run = lines[i : j + 1]
    return (min(ln.x0 for ln in run), max(ln.x0 + ln.img.shape[1] for ln in run),
            max(ln.y0 + ln.img.shape[0] for ln in run))


def _header_onto_body(lines: list, regions: list, para: float, heads: set[int] = frozenset()) -> list:
    """A stretch of a few lines ended only because the next line closed its channels, right
    over a longer stretch: a bare table's two-level header over its body (its group title and
    titles centred at several heights keep channels of their own, the body's cells fill
    others), one table with the body's channels. Cut apart, the header was a table of its own
    and the body a table with no header: fresh25s 34104 p4 (200 dpi), no measure read."""
    out: list = []
    for reg in regions:
        if out:
            i, j, _ = out[-1]
            k, m, ch = reg
            gap = lines[k].y0 - _extent(lines, i, j)[2]
            x0, x1, _ = _extent(lines, k, m)
            inside = all(ln.x0 >= x0 - para and ln.x0 + ln.img.shape[1] <= x1 + para for ln in lines[i : j + 1])
            # (the body's first line may reach up into the header's last: a tall mark over it,
            # fresh30u 41210 p6, 9 px at 300 dpi)
            if k == j + 1 and k not in heads and j - i + 1 <= ONTO_BODY_LINES < m - k + 1 and -para / 2 <= gap <= para \
                    and inside:
                out[-1] = (i, m, ch)
                continue
        out.append(reg)
    return out


def _rest_onto_first_line(lines: list, regions: list, para: float, heads: set[int] = frozenset()) -> list:
    """A row's rest under its first line: the stretch of a header and a row's first line ended
    where a narrow column's next line ran up to its neighbour's text (``๓1 สิงหาคม`` against
    ``ความถูกต้อง``: the header's and the row's channels left no white wide enough between them),
    right over the row's other lines, with no blank wider than a paragraph between them, their
    first columns empty (the running number, the period's last line) and all inside the
    stretch above. Cut apart, the first line went as the table's one row and the rest as a table
    of its own (or page text): unseen scan29 40111 at 300 dpi (bare per-measure tables, one row
    each, Kinnari), each measure's name cut after its first line, its cells read into the next
    measure, measure text CER 81 %. One table, with the rest's channels and the channels above
    left of the rest (the columns it leaves empty). The rest may reach further right than the
    stretch above (a last column's lines fuller than its centred title and its first line: 40111
    p7, 5 mm), not further than three paragraph gaps."""
    out: list = []
    for reg in regions:
        if out:
            i, j, ch1 = out[-1]
            k, m, ch2 = reg
            a0, a1, bottom = _extent(lines, i, j)
            b0, b1, _ = _extent(lines, k, m)
            gap = lines[k].y0 - bottom
            left = [(x0, min(x1, b0)) for x0, x1 in ch1 if x0 < b0 and not any(c[0] < x1 for c in ch2)]
            if k == j + 1 and k not in heads and -para / 2 <= gap <= para and b0 > a0 + para and b1 <= a1 + 3 * para \
                    and left:
                out[-1] = (i, m, left + ch2)
                continue
        out.append(reg)
    return out


REPEAT_MM = 1.5  # a header line drawn again: its ends within this of the first one's
REPEAT_LINES = 3  # lines of the header that must come again in order


def _repeat(lines: list, i: int, j: int, scale: float) -> int | None:
    """The first line of a second table inside the stretch of lines i..j: tables drawn one per
    measure on one page, each under its heading, with blank paper between them no wider than a
    line gap, made one stretch, their columns closed by the headings and their rows read as
    one table's (dev seed 20420 p5: three tables, four columns found). The first line at
    least half the stretch wide (the header's titles) and the two under it come again, same
    ends, same heights (one line alone: a body line of a long table can match it, dev seed 20401):
    the second table starts as many lines above it as the first one's did (its heading).

    The stretch may open with other lines than the first table's heading: the rest of a row
    run on from the page before, over the heading of the page's first table (shared dev seed
    22711 p6: the rest, two tables under ``ประเด็นที่ 4`` and ``ประเด็นที่ 5``, one stretch whose
    headings closed the channel between the steps and the compliance columns). A later line
    half the stretch wide then signs the header when it and the two under it come again with
    a heading line above each (``_headings``); the stretch is cut above the first table's
    heading (the rest then stands alone), and at the second's."""
    mm = 300 * scale / 25.4
    left = min(ln.x0 for ln in lines[i : j + 1])
    right = max(ln.x0 + ln.img.shape[1] for ln in lines[i : j + 1])
    wide = [k for k in range(i, j + 1) if lines[k].img.shape[1] >= 0.5 * (right - left)]
    if not wide:
        return None

    def same(a, b) -> bool:
        return (abs(a.x0 - b.x0) <= REPEAT_MM * mm
                and abs(a.x0 + a.img.shape[1] - b.x0 - b.img.shape[1]) <= REPEAT_MM * mm
                and abs(a.img.shape[0] - b.img.shape[0]) <= 0.25 * b.img.shape[0])

    def again(sig: int) -> int | None:
        # the titles line and the two under it (a header's lines; one body line can match another)
        n = min(REPEAT_LINES, j + 1 - sig)
        if n < 2:
            return None
        for k in range(sig + n, j + 2 - n):
            if all(same(lines[k + d], lines[sig + d]) for d in range(n)):
                return k
        return None

    sig = wide[0]
    k = again(sig)
    half, tol = 0.5 * (right - left), REPEAT_MM * mm
    if k is not None:
        # the heading over the first table may have stayed out of the stretch (its line and the
        # header's first closed every channel): the second's is no row of the first table either
        above = 1 if sig == i and i > 0 and _headings(lines, sig, k, half, tol) else 0
        start = k - max(sig - i, above)
        return start if start - i >= MIN_LINES else None
    for sig in wide[1:]:
        k = again(sig)
        # the headings start at the table's left: a cell's short last line over the next row
        # (``ราชการ`` in the steps column) is none (dev scan 53206 p4, 200 dpi, bare, rows filled
        # alike: the stretch cut inside measure 1, measures 2-3 lost)
        if k is None or k - sig < MIN_LINES - 1 or not _headings(lines, sig, k, half, tol) \
                or lines[sig - 1].x0 - left > 2 * tol:
            continue
        return sig - 1 if sig - 1 > i else k - 1
    return None


def _headings(lines: list, sig: int, k: int, half: float, tol: float) -> bool:
    """Whether the lines just above a header's two drawings (lines ``sig`` and ``k``) are
    headings of the two tables: narrower than half the stretch, starting at one x, as tall
    (``ประเด็นที่ 4 …`` over one table, ``ประเด็นที่ 5 …`` over the other; their words differ,
    so do their ends)."""
    a, b = lines[sig - 1], lines[k - 1]
    return (a.img.shape[1] < half and b.img.shape[1] < half and abs(a.x0 - b.x0) <= tol
            and abs(a.img.shape[0] - b.img.shape[0]) <= 0.25 * b.img.shape[0])


def _same_line(a, b, tol: float) -> bool:
    """Two text lines drawn alike: the same ends (within ``tol``) and height (a quarter)."""
    return (abs(a.x0 - b.x0) <= tol and abs(a.x0 + a.img.shape[1] - b.x0 - b.img.shape[1]) <= tol
            and abs(a.img.shape[0] - b.img.shape[0]) <= 0.25 * b.img.shape[0])


TABLE_LINES = 3  # lines of a table under its heading at least: a header line and a body line, and the next heading


def _line_gap(lines: list) -> float:
    """The median blank between one line and the next (the line gap inside cells)."""
    gaps = sorted(b.y0 - (a.y0 + a.img.shape[0]) for a, b in zip(lines, lines[1:]))
    return float(gaps[len(gaps) // 2]) if gaps else 0.0


HEADING_APART = 1.5  # a heading has this many line gaps of blank paper above it, at least


def _set_apart(lines: list, a: int, gap: float) -> bool:
    """Does line ``a`` stand apart from the line above it, as a heading between two tables does? A
    cell's short last line (``ชัดเจน`` under ``ผู้รับบริการ…ขั้นตอนไม่``) follows it at a line gap:
    unbiased fresh28s 39108 p4 (300 dpi, one bare table): two rows drawn alike, each under such a
    line, were taken for a header drawn twice under headings, the table cut in two, its header
    dropped and its measures lost."""
    if a == 0:
        return True
    return lines[a].y0 - (lines[a - 1].y0 + lines[a - 1].img.shape[0]) >= HEADING_APART * max(gap, 1.0)


def _header_drawings(lines: list, scale: float) -> tuple[list[int], list[int]]:
    """(first lines of a header drawn several times on the page, the headings right above them):
    bare tables drawn one per measure, each under its heading (``ประเด็นที่ 2 …``), the same header
    over each, with no more blank paper between them than a paragraph gap. Stretches grown line
    by line took a heading and the next table's header into the table above (its channels then
    closed, the table cut short) or opened a table at its heading, whose ink closed the channel
    between the first two columns: unbiased fresh27s 38109 p5 (300 dpi, landscape, two-level
    header, four tables: two read, half their rows lost) and 38104 p2 (200 dpi: every stretch
    began at the header's second line and ended with the next table's heading and first header
    line, whose titles were read as measures). A header is a line at least half as wide as the
    page's lines drawn again with the same ends and height (with the lines under it drawn alike,
    up to ``REPEAT_LINES``; one line for a one-line header: scan28's unseen 38212 p2, 200 dpi,
    three tables under ``ประเด็นที่ …`` headings, the first read as page text), taken up by any
    line above that is drawn alike too (an upper title over the columns). The line just above each drawing is its
    heading when every drawing but the first has one: narrower than half the lines, starting at
    the table's left (within twice ``REPEAT_MM`` of the leftmost line of its header and body), all
    starting at one x; stretches are cut at every drawing and keep the headings out. Lines drawn
    alike with no such heading over each are no header: rows of one table with the same words
    (shared dev seed 34104 p4, two measures' rows line for line alike, cut apart and lost; a
    repeat without headings is left to ``_repeat``)."""
    n = len(lines)
    if n < 2 * TABLE_LINES:
        return [], []
    tol = REPEAT_MM * 300 * scale / 25.4
    left = min(ln.x0 for ln in lines)
    right = max(ln.x0 + ln.img.shape[1] for ln in lines)
    half = 0.5 * (right - left)
    taken: set[int] = set()
    groups: list[list[int]] = []
    for s in range(n - 1):
        if s in taken or lines[s].img.shape[1] < half:
            continue
        hits = [s]
        for k in range(s + TABLE_LINES, n - 1):
            if k - hits[-1] >= TABLE_LINES and _same_line(lines[k], lines[s], tol):
                hits.append(k)
        if len(hits) < 2:
            continue
        while all(h > 0 for h in hits) and all(hits[t] - 1 - hits[t - 1] >= TABLE_LINES for t in range(1, len(hits))) \
                and all(_same_line(lines[h - 1], lines[hits[0] - 1], tol) for h in hits[1:]):
            hits = [h - 1 for h in hits]  # an upper title line drawn alike over each
        run = 1  # the header's lines drawn alike under its first
        while run < REPEAT_LINES and all(h + run < n and h + run + 1 < (hits + [n + 1])[t + 1] for t, h in enumerate(hits)) \
                and all(_same_line(lines[h + run], lines[hits[0] + run], tol) for h in hits[1:]):
            run += 1
        for h in hits:
            taken.update(range(h, h + run))
        groups.append(hits)
    heads: list[int] = []
    headings: list[int] = []
    gap = _line_gap(lines)
    for g in groups:
        above = [h - 1 for h in g[1:]]
        xs = [lines[a].x0 for a in above]
        if not above or any(a < 0 or a in taken for a in above) or max(xs) - min(xs) > tol:
            continue
        ends = [a for a in above] + [n]
        table_left = min(ln.x0 for h, e in zip(g, ends) for ln in lines[h:e])
        if all(lines[a].img.shape[1] < half and abs(lines[a].x0 - table_left) <= 2 * tol and _set_apart(lines, a, gap)
               for a in above):
            first = g[0] - 1
            if first >= 0 and first not in taken and lines[first].img.shape[1] < half \
                    and abs(lines[first].x0 - lines[above[0]].x0) <= tol:
                above = [first] + above
            elif _under_header(lines, g[0], scale):
                continue
            headings.extend(above)
            heads.extend(g)
    return sorted(heads), sorted(set(headings))


def _under_header(lines: list, first: int, scale: float) -> bool:
    """Does the first of a line's drawings sit right under another line (within a paragraph gap)
    that is no heading of it? Then it goes on from that line: no header's first line but a body
    row's first line under the table's real header, and its drawings elsewhere the first lines
    of other rows filled alike (cells of one length across every column), the line above each
    the last line of the row before, no heading. Unseen fresh30u 41210 p6 (200 dpi, one bare
    table, two-level header, five columns): the two measures' first lines were taken for a
    header drawn twice, the first measure's last steps line for the second's heading, the page's
    stretches cut there: the real header stood alone, too short for a table, and every measure
    of the document was lost."""
    if first <= 0:
        return False
    a, b = lines[first - 1], lines[first]
    return b.y0 - (a.y0 + a.img.shape[0]) <= PARA_PX * scale


CELL_EDGE_MM = 2.0  # a cell's lines start this near each other (as ``borderless.REST_EDGE_MM``)


def _cell_run_above(lines: list, regions: list, para: float, scale: float, cuts: list[int]) -> list:
    """A stretch that opens inside a first column's cell: its first lines hold ink left of its
    first channel only, and the lines right above them (no blank wider than a paragraph between
    them, starting at the same left edge, none reaching into the channel) go on in that column
    with nothing beside them. Those are the same cell's upper lines: a row's rest run on from
    the page before (the steps column first), too narrow to keep channels of their own, so the
    stretch began at the rest's last short lines, which then went into the next row (the rest's
    last two steps read as the next measure's first: fresh30u 41210 p7, 200 dpi, one bare table,
    steps in the first column) and the rest above was page text. The stretch starts at the run's
    first line (``borderless._rest_on_top`` then tells it for the rest it is), when the run opens the
    page's text or stands apart (a paragraph gap) from the lines above it, and starts at the table's
    left edge (a rest in the second column over a heading that closed the first channel, dev fresh27s
    38110 p7/p8, is no first column's: the rest, the heading and the header were read as one row)."""
    edge = CELL_EDGE_MM / 25.4 * 300 * scale
    out: list = []
    prev_end = -1
    for i, j, ch in regions:
        if ch:
            wall = (ch[0][0] + ch[0][1]) // 2  # the column edge
            one_col = lambda k: lines[k].x0 + lines[k].img.shape[1] <= wall  # noqa: E731
            first = i
            while first < j and one_col(first):
                first += 1
            k = i
            left = _extent(lines, i, j)[0]
            if first > i and abs(lines[i].x0 - left) <= edge:  # its first lines in the first column alone
                while k - 1 > prev_end and k - 1 not in cuts and one_col(k - 1) \
                        and abs(lines[k - 1].x0 - lines[i].x0) <= edge \
                        and lines[k].y0 - (lines[k - 1].y0 + lines[k - 1].img.shape[0]) <= para:
                    k -= 1
            # the run is the top of the page's text (a rest carried over), or stands apart above it:
            # a line of other shape right over it (a title, a paragraph) leaves the stretch as it was
            if k < i and (k == 0 or lines[k].y0 - (lines[k - 1].y0 + lines[k - 1].img.shape[0]) > para):
                i = k
        out.append((i, j, ch))
        prev_end = j
    return out
