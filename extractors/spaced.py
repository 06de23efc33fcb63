"""Measures tables drawn with no rules and no shading: header anchored, columns and rows from
the text's alignment (camelot's "stream" idea, held to a known header).

A table without any drawn structure is only told from prose by how its text lines up. To
stay clear of prose and of the score tables other readers take (``normalizers.tables.lines``),
a table is read here only where a **header** anchors it: a few tightly stacked lines whose
short pieces name at least ``MIN_ROLES`` different measures-table roles (the strong words of
``normalizers/data/header_vocab.json``: measure, steps, period, responsible, …), side by side.

    header lines → pieces (runs of text split at a column-wide gap) → header cells: pieces
                   of the header lines overlapping in x (a piece naming a *group* word and
                   spanning several cells is the upper level of a two-level header)
    body lines   → the lines below the header, taken while they follow closely and leave,
                   between every two neighbouring header cells, a whitespace channel free of
                   text in all of them (text-edge alignment); the column boundary is placed
                   in that channel
    rows         → where the vertical gap between lines is a row's padding wider than the
                   line gap inside a cell; in a body without such gaps, where the anchor
                   (first) column starts a numbered entry ``(1)``/``1.``/``๑)``
    continuation → lines at the top of the next page that fit the same columns, when the
                   table ran to the bottom of its page (``Carry``); headerless, so the
                   normalizer stitches them to the table above

Results are ``extractors.tables.Grid``-shaped tuples (bbox, row tops, column lefts, cells),
built by the caller; flagged ``table_unruled:spacing``.

Where no header names the roles (a report's own wording, or labels like ``(ก)``), a table is
still started from what its lines **hold** (``plain_header_ends``): a header-like block
(tightly stacked lines without digits, short pieces making at least ``PLAIN_MIN_CELLS``
cells side by side) over a body whose columns hold a measures table's kinds of cells
(``extractors.measures_evidence``: periods, steps, lists of units; no scores). Those tables
are flagged ``table_unruled:content``.

Header cells live in ``extractors.spaced_header``; where rows start and which column anchors
them, in ``extractors.spaced_rows`` (also used on ruled slabs by ``extractors.tables``); what
carries a table over a page break (``Carry``, the carried boundaries' slack, the carried
header printed again), in ``extractors.spaced_carry``.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Optional, Sequence

from extractors.measures_evidence import column_cells, holds_measures
from extractors.spaced_header import (PLAIN_MAX_LINES, Piece, clusters, header_at, header_cells,
                                      is_group, lead, lower_clusters, pieces, plain_header_ends,
                                      repeated_plain_headers, upper_pieces)
from extractors.spaced_carry import (LOOSE_SLACK_EM, Carry, at_page_foot, carried_gaps, carried_header_end,
                                     carried_lead, columns_beyond, loose_left, lower_header, mid_gaps, overhangs_last_cell,
                                     under_lower_gaps)
from extractors.spaced_rows import (CHANNEL_EM, counted_columns, free_gap, header_key, key_column, occupied,
                                    row_starts, runs_on)
from extractors.spaced_rows import slab_splits  # noqa: F401 - re-exported (extractors.tables)
from extractors.spaced_split import carried_boundaries, numbers_column, split_merged
from extractors.text import Glyph
from extractors.unruled import Line, text_lines

BODY_GAP_EM = 1.0  # body lines follow each other within this gap (× font size)
HEADING_SIZE = 1.08  # a line this much larger (× the first line's font size) ends a continuation


@dataclass
class Table:
    """A spaced table found on a page: header rows (None when headerless), row boundaries,
    column boundaries and the cells' boxes."""

    bbox: tuple[float, float, float, float]
    ys: list[float]  # row boundaries: tops of each row, then the bottom
    cols: list[float]  # inner column boundaries
    cells: list[tuple[float, float, float, float]]
    runs_off: bool  # the body runs to the last text line of the page
    source: str = "spacing"  # what started it: header words (spacing) or cell contents (content)
    head: str = ""  # its header's text, whitespace removed (read by its contents)
    lead: tuple[str, ...] = ()  # per column, the carried upper header row's text over its header row


def _header_columns(lines: Sequence[Line], i: int, last: int, gaps: Sequence[tuple[float, float]],
                    group: Sequence[Piece], size: float, usual: float) -> tuple[int, Optional[list[float]], list[Piece]]:
    """(end index, column boundaries, group pieces) of the body under the header on lines
    ``i``..``last``: the columns between its cells (``gaps``) or those under its lowest
    pieces (``_under_upper``), whichever gives more columns, or as many over more lines."""
    end, cols = _body(lines, last + 1, gaps, size, first_gap=max(1.6 * size, 1.4 * usual), usual=usual)
    u_end, u_cols, u_group = _under_upper(lines, i, last, group, size, usual)
    if u_cols is not None and u_end > last + 1 and (cols is None or end == last + 1 or (
            u_end >= end and len(u_cols) > len(cols) or u_end > end and len(u_cols) == len(cols))
            or u_end >= end and _upper_column(lines, i, last, group)):
        # more columns, or as many columns over more body lines, under an upper cell (a
        # group cell read as a column of its own stops the body at the first line whose
        # text runs under it; over a short body it may find a channel of its own)
        return u_end, u_cols, u_group
    return end, cols, list(group)


def _by_content(lines: Sequence[Line], i: int, usual: float, trusted: bool,
                known: Sequence[str] = (), carry: Optional[Carry] = None,
                repeat_of: Sequence[Sequence[str]] = (), repeat_cols: Sequence[float] = ()) -> Optional[tuple[int, Table]]:
    """(index past the body, table) of a table under a header that names no role starting at
    line ``i`` (``plain_header_ends``), taken when its body holds a measures table's cells or,
    ``trusted``, when it continues one at the top of the page (its header repeated), or when
    its header prints one of the ``known`` headers (whitespace removed) of the tables read by
    their contents above it on the page: the next measure's table, its header printed again
    at the page's foot over a line or two of its row (too few to tell by its cells; hdr9-unk
    3020 html), or the header of the table carried from the page before (``repeat_of``: the
    next measure's table under a heading at this page's foot, over its row's first line; dev
    seed 15698 docx, unknown titles: measure 3 lost, unflagged). A header naming roles a few
    lines below goes first (its table is read by its words)."""
    ends = plain_header_ends(lines, i, usual)
    # (not a body's lines that read as one: a role word or two in a cell's lines set right under
    # the row's line above, past the header's first body line; fresh36j 53610 html p8/p10)
    if any(header_at(lines, k, usual) is not None and not (ends and k > max(ends) + 1 and runs_on(lines, k))
           for k in range(i + 1, min(len(lines), i + PLAIN_MAX_LINES + 1))):
        return None
    if carry is not None and carry.head:
        # the carried table's header printed again at the page top, over the rest of the row the
        # page broke (a few lines in one column, no digit: they would pass for more header lines;
        # hdr9-unk 3020 html, 3025 docx): it ends where that header's text does
        same = [last for last in ends if _same_text(lines[i:last + 1], carry.head)]
        ends = same or ends
    else:
        carry = None
    for last in ends:
        if last + 1 >= len(lines):
            # a known header alone at the page's foot, its row moved on whole: its columns carry over, the
            # carried table's when it prints that table's header (fresh34k 49409 docx and html, unknown titles)
            header, group, cells, size = header_cells(lines, i, last)
            repeated = bool(repeat_of) and _same_text(header, repeat_of)
            if len(cells) >= 2 and (_text(header) in known or repeated):
                t = header_alone(header, cells, repeat_cols if repeated else ())
                t.source, t.head = "content", _text(header)
                return last + 1, t
            continue
        header, group, cells, size = header_cells(lines, i, last)
        gaps = [(a[1], b[0]) for a, b in zip(cells, cells[1:])]
        # a two-level header's upper cell centred over its sub-columns: columns under its lowest pieces
        end, cols, group = _header_columns(lines, i, last, gaps, group, size, usual)
        if cols is None or end == last + 1:
            continue
        body = lines[last + 1:end]
        # two titles read as one piece, as under a header that names roles (fresh40j 61413 html:
        # the codes and the period column under one cell, the periods lost)
        cols = split_merged(header, body, cols, size)
        starts = row_starts(body, cols, header_key(header, cols), by_column=True)
        rows = [[ln.glyphs for ln in body[a:b]] for a, b in zip(starts, starts[1:] + [len(body)])]
        if not (trusted or _text(header) in known or holds_measures(column_cells(rows, cols))
                or repeat_of and _same_text(header, repeat_of)):
            continue
        t = _table(header, body, cols, group, lines, carry if carry is not None and ends == same else None)
        if t is not None:
            t.source, t.head = "content", _text(header)
            return end, t
    return None


def _same_text(lines: Sequence[Line], head: Sequence[Sequence[str]]) -> bool:
    """Do ``lines`` print the letters of a carried header's cells (whitespace aside; the lines
    read across, the cells down)?"""
    return sorted(_text(lines)) == sorted(ch for row in head for x in row for ch in x if not ch.isspace())


def _text(lines: Sequence[Line]) -> str:
    return "".join(g.text for ln in lines for g in ln.glyphs if not g.text.isspace())


def _under_upper(lines: Sequence[Line], i: int, last: int, group: Sequence[Piece], size: float,
                 usual: float) -> tuple[int, Optional[list[float]], list[Piece]]:
    """(end index, column boundaries, group pieces) of the body under the header on lines
    ``i``..``last`` when its columns are read from the header's lowest pieces only
    (``lower_clusters``): an upper header cell naming no known group word, wider than the
    sub-column under it, hides the channel beside that column; where it runs across a
    boundary it becomes a group cell over the columns under it. (``last + 1``, None, ``group``) when that does not hold either."""
    ps = [p for k in range(i, last + 1) for p in pieces(lines[k], k) if p not in group]
    ps = [p for p in ps if not is_group(p.text)]
    lower = lower_clusters(ps)
    if lower is None or len(lower) < 2:
        return last + 1, None, list(group)
    gaps = [(a[1], b[0]) for a, b in zip(lower, lower[1:])]
    end, cols = _body(lines, last + 1, gaps, size, first_gap=max(1.6 * size, 1.4 * usual), usual=usual)
    if cols is not None:  # a boundary clear of the header's pieces too, where the body leaves room
        every = [*lines[last + 1:end], *(Line(p.glyphs) for p in ps)]
        cols = [x if (y := free_gap(every, a, c, CHANNEL_EM * size)) is None else y for x, (a, c) in zip(cols, gaps)]
        # an upper piece still running across a boundary heads the columns under it
        upper = upper_pieces(ps)
        group = [*group, *(p for p in upper if any(p.x0 < x < p.x1 for x in cols))]
    return end, cols, list(group)


def _upper_column(lines: Sequence[Line], i: int, last: int, group: Sequence[Piece]) -> bool:
    """Does a header cell of lines ``i``..``last`` hold upper pieces only (``upper_pieces``):
    the upper cell of a two-level header read as a column of its own?"""
    ps = [p for k in range(i, last + 1) for p in pieces(lines[k], k) if p not in group and not is_group(p.text)]
    upper = upper_pieces(ps)
    return bool(upper) and any(all(p in upper for p in ps if a <= p.x0 and p.x1 <= b) for a, b in clusters(ps))


def _columns(lines: Sequence[Line], gaps: Sequence[tuple[float, float]], size: float) -> Optional[list[float]]:
    cols = []
    for a, c in gaps:
        x = free_gap(lines, a, c, CHANNEL_EM * size)
        if x is None:
            return None
        cols.append(x)
    return cols


def _body(lines: Sequence[Line], start: int, gaps: Sequence[tuple[float, float]], size: float,
          first_gap: float, usual: float = 0.0) -> tuple[int, Optional[list[float]]]:
    """(end index, column boundaries) of the body lines from ``start``."""
    end, cols = start, None
    while end < len(lines):
        ln = lines[end]
        gap = ln.top - lines[end - 1].bottom if end > 0 else 0.0
        if gap > (first_gap if end == start else max(BODY_GAP_EM * size, 1.4 * usual)):
            break
        got = _columns(lines[start:end + 1], gaps, size)
        if got is None:
            break
        cols, end = got, end + 1
    return end, cols


def _grid(header: Sequence[Line], body: Sequence[Line], cols: list[float], x0: float, x1: float,
          group: Sequence[Piece], key: int = 0) -> tuple[list[float], list[tuple[float, float, float, float]]]:
    """(row boundaries, cell boxes) of a table: header rows (a group row over its sub-columns
    when there is one) and body rows (anchored on ``key`` under no header: a continuation's)."""
    xs = [x0, *cols, x1]
    starts = row_starts(body, cols, key, counted_columns(header, cols), by_column=True)
    rows = [body[a:b] for a, b in zip(starts, starts[1:] + [len(body)])]
    ys: list[float] = []
    cells: list[tuple[float, float, float, float]] = []
    body_top = body[0].top - 1.0
    if header:
        h_top = min(ln.top for ln in header) - 1.0
        body_top = (max(ln.bottom for ln in header) + body[0].top) / 2
        spans = []
        for p in group:
            c0 = sum(1 for b in cols if p.x0 > b)
            c1 = sum(1 for b in cols if p.x1 > b)
            if c1 > c0:
                spans.append((c0, c1, max(g.bottom for g in p.glyphs) + 0.5))
        ys.append(h_top)
        if spans:
            split = max(s[2] for s in spans)
            ys.append(split)
            under = set()
            for c0, c1, _ in spans:
                cells.append((xs[c0], h_top, xs[c1 + 1], split))
                under.update(range(c0, c1 + 1))
            for c in range(len(xs) - 1):
                if c in under:
                    cells.append((xs[c], split, xs[c + 1], body_top))
                else:
                    cells.append((xs[c], h_top, xs[c + 1], body_top))
        else:
            cells += [(xs[c], h_top, xs[c + 1], body_top) for c in range(len(xs) - 1)]
    tops = [body_top] + [(rows[k - 1][-1].bottom + rows[k][0].top) / 2 for k in range(1, len(rows))]
    bottom = body[-1].bottom + 1.0
    for t, b in zip(tops, tops[1:] + [bottom]):
        cells += [(xs[c], t, xs[c + 1], b) for c in range(len(xs) - 1)]
    ys += tops + [bottom]
    return ys, cells


def _table(header: Sequence[Line], body: Sequence[Line], cols: list[float], group: Sequence[Piece],
           page_lines: Sequence[Line], carry: Optional[Carry] = None) -> Optional[Table]:
    """A table of ``header`` and ``body`` lines, or None when the body fills one column only
    (prose), unless it continues the ``carry`` table in a column other than its anchor (the
    first, or the one the repeated header names the measure when the steps come first;
    under no header, or under its header repeated at the page top): the rest of a row the
    page before broke, whose long cell ran on alone."""
    every = [*header, *body]
    x0 = min(min(ln.x0 for ln in body), cols[0] - 1) - 1.0
    x0 = min(x0, min(ln.x0 for ln in every) - 1.0)
    x1 = max(ln.x1 for ln in every) + 1.0
    filled = set().union(*(occupied(ln, cols) for ln in body))
    below = [ln for ln in page_lines if ln.top > body[-1].bottom]
    runs_off = len(below) <= 1 and all(len(ln.glyphs) <= 10 for ln in below)  # a page number at most
    # a header at the page's foot over the first line of a row whose other cells the page
    # break moved on (``- กองช่าง`` alone under the units): the table goes on on the next page
    cut = bool(header) and runs_off and len(body) <= 2
    key = carry.key if carry is not None and not header and carry.key < len(cols) + 1 else 0
    if header:  # a header in words naming no role, repeated (a table read by its contents): its anchor
        # is the carried one, told by the cells (``tables._steps_first_key``), not the header's first column
        key = carry.key if carry is not None and carry.source == "content" and carry.key < len(cols) + 1 \
            else header_key(header, cols)
    if len(filled) < 2 and (carry is None and not cut or filled == {key}):
        return None  # the rest of a broken row never lies in the anchor column alone
    if carry is not None:  # the carried table's edges: the row's outer cells may be empty here
        x0, x1 = min(x0, carry.x0), max(x1, carry.x1)
    ys, cells = _grid(header, body, cols, x0, x1, group, key)
    return Table((x0, ys[0], x1, ys[-1]), ys, cols, cells, runs_off)


def header_alone(header: Sequence[Line], cells: Sequence[tuple[float, float]], carried: Sequence[float] = ()) -> Table:
    """A table of its header rows only, at its page's foot (``runs_off``): its columns,
    mid-gap between the header cells, carry over to the row at the top of the next page. Under
    an upper cell its sub-columns' titles are the cells (``การดำเนินงาน`` over ``ช่วงระยะเวลา``
    and ``เป้าหมาย``): the lowest pieces, when they make more cells. The header of a ``carried``
    table printed again takes that table's columns (fresh34k 49409 html)."""
    lower = lower_clusters([p for k, ln in enumerate(header) for p in pieces(ln, k)])
    if lower is not None and len(lower) > len(cells):
        cells = lower
    cols = [(a[1] + b[0]) / 2 for a, b in zip(cells, cells[1:])]
    if len(carried) == len(cols):  # the carried table's header printed again: that table's columns
        cols = list(carried)
    x0, x1 = min(ln.x0 for ln in header) - 1.0, max(ln.x1 for ln in header) + 1.0
    top, bottom = min(ln.top for ln in header) - 1.0, max(ln.bottom for ln in header) + 1.0
    xs = [x0, *cols, x1]
    return Table((x0, top, x1, bottom), [top, bottom], cols,
                 [(xs[c], top, xs[c + 1], bottom) for c in range(len(xs) - 1)], True)


def _header_repeated(lines: Sequence[Line], carry: Carry, size: float, usual: float) -> bool:
    """Does the page open with the header of a table read by its contents (``_by_content``,
    trusted: the carried table's header printed again)? Not when the carried boundaries run
    through whitespace in every line that table takes, its would-be header too, and its
    boundaries do not pair one to one with them (each pair in one whitespace channel): those
    lines are the rest of the carried table's row, read as a header of other columns (a
    two-level header's sub-columns carried, a row's first line taken for a header over one
    column fewer: dev seed 1738 Word). A header printed again parts where the carried one did."""
    if carry.head and any(_same_text(lines[:last + 1], carry.head) for last in plain_header_ends(lines, 0, usual)):
        return True  # its header's words printed again (over a few lines in one column: no table of its own)
    got = _by_content(lines, 0, usual, True)
    if got is None:
        return False
    end, cols = _body(lines, 0, [(c - 0.5, c + 0.5) for c in carry.cols], size, first_gap=0.0, usual=usual)
    if cols is None or end < got[0]:
        return True  # the carried columns do not hold there
    spans = [(g.x0, g.x1) for ln in lines[:got[0]] for g in ln.glyphs if not g.text.isspace()]

    def one_channel(x: float, c: float) -> bool:
        lo, hi = min(x, c), max(x, c)
        return not any(x0 < hi and x1 > lo for x0, x1 in spans)

    own = got[1].cols
    return len(own) == len(carry.cols) and all(one_channel(x, c) for x, c in zip(own, carry.cols))


def _under_carried(lines: Sequence[Line], carry: Carry, usual: float) -> Optional[tuple[int, Table]]:
    """(index past the body, table) of the body at the page's top under a two-level header the
    page break split: its upper row alone at the foot of the page before (``carry``), its lower
    row on this page's first lines (``spaced_carry.lower_header``). The carried columns do not
    fit the body (a group cell's sub-columns), so the body is read in the columns of both rows,
    its header row led by the carried row's text (``Table.lead``)."""
    got = lower_header(lines, carry, usual)
    if got is None:
        return None
    last, cells = got
    size = median(ln.size for ln in lines[:last + 1])
    end, cols = _body(lines, last + 1, under_lower_gaps(carry, cells), size,
                      first_gap=max(1.6 * size, 1.4 * usual), usual=usual)
    if cols is None or end == last + 1:
        return None
    t = _table(lines[:last + 1], lines[last + 1:end], cols, [], lines)
    if t is None:
        return None
    t.lead = tuple(carried_lead(carry, cols))
    return end, t


def spaced_tables(glyphs: Sequence[Glyph], carry: Optional[Carry] = None, stop: float = float("inf")) -> list[Table]:
    """The header-anchored tables without rules among ``glyphs`` (those no ruled or shaded
    table took), top to bottom; with ``carry``, first the continuation at the top of the page
    of the table that ran off the page before, which ends above ``stop`` (the top of the
    first table the page's rules or shading drew: the lines between such tables are theirs,
    headings, not rows of the carried one)."""
    lines = text_lines(glyphs)
    usual = lead(lines)
    out: list[Table] = []
    known: list[str] = repeated_plain_headers(lines, usual)  # headers of the tables read by their contents
    i = 0
    # the upper line of a tall header cell printed over the header's middle line, the two
    # overlapping (``ส่วนราชการที่`` over ``หมายเหตุ | โครงการ/กิจกรรม | …``): the page starts with a header
    head0 = int(len(lines) > 1 and lines[0].bottom > lines[1].top and header_at(lines, 1, usual) is not None)
    under = _under_carried(lines, carry, usual) if carry is not None and not head0 else None
    if under is not None:
        out.append(under[1])
        i = under[0]
    elif carry is not None and lines and not head0:
        size = median(ln.size for ln in lines)
        gaps = [(c - 0.5, c + 0.5) for c in carry.cols]
        # a loose carry's edges are its header words' (its body's outer cells were empty)
        tol = LOOSE_SLACK_EM * size if carry.loose else 2.0
        fit = [ln for ln in lines if ln.x0 >= carry.x0 - loose_left(carry, tol) and (
            carry.loose or ln.x1 <= carry.x1 + tol or overhangs_last_cell(ln, carry, size))]
        # a first line in a larger font is a heading over the page's own table, no row of the carried one
        # (``ประเด็นที่ 3 คุณภาพการดำเนินงาน`` over a per-measure table's header: fresh12d 9005 docx)
        if fit and fit[0] is lines[0] and header_at(lines, 0, usual) is None and lines[0].size <= HEADING_SIZE * size \
                and (carry.source != "content" or not _header_repeated(lines, carry, size, usual)):
            end, cols = _body(lines, 0, gaps, size, first_gap=0.0, usual=usual)
            if end > 0 and cols is not None and _table([], lines[:end], cols, [], lines, carry) is not None:
                # the page starts as a row in the carried columns: its boundaries may move a little
                end2, cols2 = _body(lines, 0, carried_gaps(carry, size), size, first_gap=0.0, usual=usual)
                if carry.loose:  # a boundary placed by a body of a line or two: a longer line may pass its slack
                    end2, cols2 = max((end2, cols2), _body(lines, 0, mid_gaps(carry), size, first_gap=0.0, usual=usual),
                                      key=lambda got: got[0] if got[1] is not None else -1)
                if end2 > end and cols2 is not None:
                    end, cols = end2, cols2
            elif end == 0:
                # boundaries carried from a header at the page's foot over a row's first line:
                # where the columns left empty there, they sat mid-gap between header words
                # (a heading or a header on top is no such row)
                end2, cols2 = _body(lines, 0, carried_gaps(carry, size), size, first_gap=0.0, usual=usual)
                if carry.loose and (cols2 is None or end2 < 2):  # a boundary beside a narrow column moved further
                    end2, cols2 = _body(lines, 0, mid_gaps(carry), size, first_gap=0.0, usual=usual)
                end2 = next((k for k in range(end2) if header_at(lines, k, usual) is not None), end2)
                if end2 >= 2 and cols2 is not None and lines[0].size <= HEADING_SIZE * size and len(
                        set().union(*(occupied(ln, cols2) for ln in lines[:end2]))) >= 3:
                    end, cols = end2, cols2
            # a line in a larger font than the rest of the row is a heading under the table; a header
            # naming the roles starts the page's own table
            # (a header starts after a gap wider than a cell's line gap: a line right under the row's line
            # above is that row's, whatever role words its cells hold; dev seed 45419 html, unknown titles:
            # ``ดำเนินงาน… | ดำเนินงาน | บริหารทุกไตรมาส | รายงานผล…`` under measure 2's first line read as a
            # header, the row cut in two, the measure split and its analysis lost)
            end = next((k for k in range(1, end) if lines[k].size > HEADING_SIZE * lines[0].size
                        or header_at(lines, k, usual) is not None and not runs_on(lines, k)
                        or lines[k].top >= stop), end)
            if end > 0 and cols is not None and carry.loose:
                before, after = columns_beyond(lines[:end], carry, size)
                cols = [*before, *cols, *after]
            if end > 0 and cols is not None:
                t = _table([], lines[:end], cols, [], lines, carry)
                if t is not None:
                    t.source = carry.source if carry.source in ("content", "rules_across") else "spacing"
                    out.append(t)
                    i = end
    while i < len(lines):
        last = header_at(lines, i, usual)
        if last is None:
            # titles wrapped a word or a syllable a line name their roles stacked (s9683 docx Waree);
            # a header read so on one line alone is the upper row of a two-level header whose roles
            # the rows below name (dev seed 1738 docx, page 7), no header of its own
            last = header_at(lines, i, usual, stacked=True)
            last = last if last is not None and last > i else None
        if last is None:
            top = carry is not None and carry.source == "content" and i == 0
            got = _by_content(lines, i, usual, trusted=top, known=known, carry=carry if top else None,
                              repeat_of=carry.head if carry is not None and carry.head and i > 0 else (),
                              repeat_cols=carry.cols if carry is not None and carry.head and i > 0 else ())
            if got is None:
                i += 1
            else:
                out.append(got[1])
                known.append(got[1].head)
                i = got[0]
            continue
        if carry is not None and carry.head and i <= head0 and not out:
            last = carried_header_end(lines, i, last, carry)
        header, group, cells, size = header_cells(lines, i, last)
        if len(cells) < 2 or last + 1 >= len(lines):
            if len(cells) >= 2:
                out.append(header_alone(header, cells))  # at the page's foot, its row on the next page
            i = last + 1
            continue
        gaps = [(a[1], b[0]) for a, b in zip(cells, cells[1:])]
        end, cols, group = _header_columns(lines, i, last, gaps, group, size, usual)
        if cols is None or end == last + 1:
            if at_page_foot(lines, last):  # over a page number only
                out.append(header_alone(header, cells))
            i = last + 1
            continue
        cols = split_merged(header, lines[last + 1:end], cols, size)  # two titles read as one piece
        cols = numbers_column(header, lines[last + 1:end], cols, size)
        # a header repeated at the page top over the rest of the row the page before broke
        top_carry = carry if i <= head0 and not out else None
        if top_carry is not None:  # an outer column the repeated header leaves untitled
            cols = carried_boundaries(header, lines[last + 1:end], cols, top_carry.cols, size)
        t = _table(header, lines[last + 1:end], cols, group, lines, top_carry)
        if t is not None:
            out.append(t)
        i = end
    return out
