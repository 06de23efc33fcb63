"""Tables split by page breaks joined again: two parts are one table when their columns line up
(text-placed columns of tables without rules may differ by a fraction of a column) or their
headers repeat; the repeated header of a later part is dropped and the header read once by vote."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import combinations

from normalizers.fields.codes import starts_question_code
from normalizers.tables.grid import HEADERLESS_TOP, PART_HEADING, Row, Table, unruled as _unruled
from normalizers.tables.header import header_roles, own_roles
from normalizers.tables.header_match import headers_match, ocr_titles_alike
from normalizers.tables.header_overrun import header_overrun_to_body
from normalizers.tables.header_rows import typed_header_depth
from normalizers.tables.loose_repeat import header_alone_heads_next, header_lines_to_rows, headers_read_alike, \
    loose_header_to_rows
from normalizers.tables.text import squash


OCR_HEADER_SIMILARITY = 0.85  # repeated headers read by OCR: 0.91-0.99 measured on the scanned corpus
UNRULED_COL_SLACK = 0.3  # × the narrower neighbouring column: how far two text-placed boundaries may differ


def same_columns(a: Table, b: Table, tol: float = 6.0) -> bool:
    """Whether ``b`` has the column layout of ``a`` (same count, and same x positions when known).

    Where both tables have no column rules, their boundaries were placed in the whitespace
    between the columns' text, which is wider on a page whose part of a column is empty (a
    row's rest after a page break): there a boundary may move by up to ``UNRULED_COL_SLACK``
    of the narrower column beside it, an outer edge by as much of its column."""
    if a.n_cols != b.n_cols:
        return False
    if a.col_x and b.col_x and len(a.col_x) == len(b.col_x):
        xs = a.col_x
        if not (_unruled(a) and _unruled(b)) or len(xs) < 3:
            return all(abs(x - y) <= tol for x, y in zip(xs, b.col_x))
        widths = [v - u for u, v in zip(xs, xs[1:])]
        # the outer edges too are where each page's text ends (a short last column reaches less far)
        slack = ([max(tol, UNRULED_COL_SLACK * widths[0])]
                 + [max(tol, UNRULED_COL_SLACK * min(widths[k - 1], widths[k])) for k in range(1, len(xs) - 1)]
                 + [max(tol, UNRULED_COL_SLACK * widths[-1])])
        # and an outer edge may lie further out by up to its column's width: a part whose outer
        # column held a line or two under a centred header word ends where that word ends
        out = [-1.0] + [0.0] * (len(xs) - 2) + [1.0]
        return all(abs(x - y) <= s or 0 < o * (y - x) <= w for x, y, s, o, w
                   in zip(xs, b.col_x, slack, out, [widths[0], *([0.0] * (len(xs) - 2)), widths[-1]]))
    return True


def _empty_columns_dropped(a: Table, b: Table) -> Table | None:
    """``b``, headerless and without column rules, in more columns than ``a`` where as many of
    its columns are empty in every row: the extract stage placed a boundary in a wide gap of a
    one-row part (born18's unseen 19300 html: page 6's first table, measure 5's row under the
    header left alone at page 5's foot, had a 15 pt empty column; not stitched, read as a tiny
    table of no kind, the measure lost in an ``ok`` document). Returns ``b`` without those
    columns (an empty inner column's two boundaries meet at its middle), else None."""
    if not b.rows or not (_unruled(a) and _unruled(b)) or b.n_cols <= a.n_cols \
            or not b.col_x or len(b.col_x) != b.n_cols + 1:
        return None
    # (a part under a header repeated on its page: a column empty in its header rows too; dev
    # 62105 p6, a 13 pt column between two titles, measure 4's rest not stitched, read as a measure)
    empty = [c for c in range(b.n_cols) if not any(c < len(r.cells) and r.cells[c].strip() for r in b.rows)
             and not any(c < len(h) and h[c].strip() for h in b.header)]
    if len(empty) < b.n_cols - a.n_cols:
        return None
    if len(empty) > b.n_cols - a.n_cols:
        # more columns empty than too many (a row's rest in one column): the ones whose dropping
        # gives ``a``'s layout, when exactly one choice does (fresh36c 53510 docx p10: a 1 pt
        # column the extract stage placed beside the names, in the page before's part too, and a
        # carried step in a part of 6 columns, 5 of them empty; not stitched, the step lost)
        fits = [fit for drop in combinations(empty, b.n_cols - a.n_cols)
                if (fit := _columns_dropped(b, list(drop))) and same_columns(a, fit)]
        return fits[0] if len(fits) == 1 else None
    return _columns_dropped(b, empty)


def _columns_dropped(b: Table, empty: list[int]) -> Table:
    """``b`` without its columns ``empty`` (an inner column's two boundaries meet at its middle)."""
    keep = [c for c in range(b.n_cols) if c not in empty]
    xs = list(b.col_x)
    for c in reversed(empty):
        if c == 0 or c == len(xs) - 2:  # an empty outer column: its inner boundary is the edge
            del xs[0 if c == 0 else -1]
        else:
            xs[c:c + 2] = [(xs[c] + xs[c + 1]) / 2]

    def pick(v: list) -> list:
        return [v[c] for c in keep if c < len(v)] if v else v
    rows = [replace(r, cells=pick(r.cells), conf=pick(r.conf), lines=pick(r.lines), alt=pick(r.alt),
                    covered=pick(r.covered)) for r in b.rows]
    return replace(b, rows=rows, n_cols=len(keep), col_x=xs, flags=list(b.flags), header=[pick(h) for h in b.header])


def _within_middles(a: Table, b: Table) -> bool:
    """``b``, headerless and without column rules like ``a``, in as many columns, each inner
    boundary between the middles of ``a``'s columns beside it: the continuation the extract
    stage read in ``a``'s columns moved to this page's whitespace (``spaced_carry.mid_gaps``:
    a boundary beside a narrow column moves further than ``same_columns`` allows; fresh13 9105 html)."""
    if b.header or not (_unruled(a) and _unruled(b)) or a.n_cols != b.n_cols \
            or not a.col_x or len(a.col_x) != len(b.col_x) or len(a.col_x) < 3:
        return False
    xs = a.col_x
    return all((xs[k - 1] + xs[k]) / 2 < y < (xs[k] + xs[k + 1]) / 2 for k, y in enumerate(b.col_x[1:-1], start=1))


def _under_carried_rest(tail: Table, t: Table) -> bool:
    """``t``, headerless, right under ``tail`` on its page, where ``tail`` is the rest of a row
    the page break cut (``ocr_row_carried``: laid in the page before's columns) and both grids
    were placed from whitespace: the table's next rows, whose columns this page's text placed
    anew, each inner edge between the middles of the rest's columns beside it (dev seed 18506
    scanned p6: the narrow number column's edge at 84 pt against 93, measures 2-5 not stitched,
    the table not understood and four measures lost)."""
    inferred = lambda x: x.method == "ocr" and "ocr_grid_inferred" in x.flags  # noqa: E731
    if t.header or "ocr_row_carried" not in tail.flags or not (inferred(tail) and inferred(t)) \
            or t.page != tail.page or t.index != tail.index + 1 or tail.n_cols != t.n_cols \
            or not tail.col_x or len(tail.col_x) != len(t.col_x or []) or len(tail.col_x) < 3:
        return False
    xs = tail.col_x
    return all((xs[k - 1] + xs[k]) / 2 < y < (xs[k] + xs[k + 1]) / 2 for k, y in enumerate(t.col_x[1:-1], start=1))


def _letters(t: Table, titles: bool) -> list[str]:
    """The letters of a part's header rows (and of its titles, with ``titles``), sorted."""
    return sorted(squash(" ".join([*(t.titles if titles else []), *(" ".join(r) for r in t.header)])))


def _same_header(a: Table, b: Table) -> bool:
    """Whether ``b`` repeats ``a``'s header: equal text, or, where either was read by OCR,
    nearly equal (OCR reads the same printed header a little differently on each page:
    ``ผู้รับผิดชอบ`` / ``ผูรับผิดชอบ``, ``ขั้นตอน`` / ``ขึ้นตอน``). Tables without column rules
    repeat the same letters, whichever cells each page's column bounds put them in (a group
    cell's words split between its sub-columns, a tall cell's words in the upper or lower
    header row)."""
    if [squash(" ".join(r)) for r in a.header] == [squash(" ".join(r)) for r in b.header]:
        return True
    if _cut_short(a.header, b.header) or _cut_short(b.header, a.header) or _header_rest(a, b) or _clipped(a, b):
        return True
    if _unruled(a) and _unruled(b) and headers_match(a.header, b.header, min_kept=LINE_CUT_KEPT, max_cut=LINE_CUT,
                                                     either_cut=False):
        return True  # a tall title's last line run into the body's first line (dev seed 20024 docx p8)
    if _unruled(a) and _unruled(b):  # the same words, cut into cells where each page's text put the column bounds
        # (a title's first line alone in its row over the repeated header was read as a title over
        # the table: fresh18 18436 html p8, ``การติดตาม`` of ``การติดตามและประเมินผล``; the part was
        # not stitched and a row's rest became a measure of its own, the measure's head lost; and the
        # other way round, the first part's upper titles read as titles over it, the repeated header
        # read whole: fresh33 47004 docx p7/p8, ``ข้อค้นพบ`` / ``การดำเนินงาน`` each a line of its own
        # over a per-measure table at a page's foot, the row's rest on the next page read as a measure)
        if any(_letters(a, ta) == _letters(b, tb) for ta, tb in ((False, False), (False, True), (True, False))):
            return True
        # (a scan's grid inferred from its text is unruled too: its header, read by OCR on each
        # page, goes on to the similarity below; unbiased fresh27s 38113 p5, ``ประเด็น/ตัว`` read
        # ``ปรเดต็น/ตัว`` on p4: the part not stitched, a measure's rest read as a measure)
    if "ocr" not in (a.method, b.method):
        return False
    ha = squash(" ".join(" ".join(r) for r in a.header))
    hb = squash(" ".join(" ".join(r) for r in b.header))
    return bool(ha and hb) and (SequenceMatcher(None, ha, hb, autojunk=False).ratio() >= OCR_HEADER_SIMILARITY
                                or ocr_titles_alike(a, b))


CLIPPED_MAX = 1  # header cells a repeated header may print clipped
CLIPPED_KEPT = 2  # letters a clipped cell keeps at least
CLIPPED_AGREE = 3  # cells, at least, printed whole alike beside it


def _clipped(a: Table, b: Table) -> bool:
    """``b``'s header is ``a``'s repeated with one tall cell clipped at the row's height (a
    narrow column's title wrapped letter by letter, ``ประเด็นการประเมิน`` printed ``ประเด็นกา`` on
    the next page: unbiased fresh30 41016 docx p6; the part was not stitched, the row the page
    break cut read as two measures, one of them the other's first line): every other cell the
    same, three or more of them printed."""
    if not headers_match(a.header, b.header, min_kept=CLIPPED_KEPT, either_cut=False, min_agree=CLIPPED_AGREE + 1):
        return False
    clipped = sum(squash(x) != squash(y) for ra, rb in zip(a.header, b.header) for x, y in zip(ra, rb))
    return 0 < clipped <= CLIPPED_MAX


def _header_rest(a: Table, b: Table) -> bool:
    """``b``'s header is the rest of ``a``'s that a page break left on the next page: the upper
    titles (``ลำดับ | ตัวชี้วัดการประเมิน | การดำเนินงาน``) printed at the foot of the page before
    as text, the tallest title (``มาตรการส่งเสริมคุณธรรมและความโปร่งใส``) read as a title row and
    the sub-column titles as the header (dev seed 17080 html: columns without titles, the table
    not understood, measure 3 lost). Every cell ``b`` prints is ``a``'s at the same place (rows
    aligned at the bottom), its titles are cells of ``a``'s header, and two or more match."""
    if not a.header or not b.header or a.n_cols != b.n_cols or len(b.header) > len(a.header):
        return False
    top = len(a.header) - len(b.header)
    matched = 0
    for r, row in enumerate(b.header):
        for c, x in enumerate(row):
            if not x.strip():
                continue
            if c >= len(a.header[top + r]) or squash(x) != squash(a.header[top + r][c]):
                return False
            matched += 1
    cells = {squash(x) for row in a.header for x in row if x.strip()}
    return matched >= 2 and all(squash(x) in cells for x in b.titles)


def _titles_name_nothing(a: Table, b: Table) -> bool:
    """``b``'s one header row names no column's role where ``a``'s header names two or more:
    the first line of a row's rest at the next page's top, read as titles by what the columns
    under it hold (``ศึกษาฯ | เดือน | ความถูกต้อง`` over the row's further lines: dev seed 19225
    docx, page 8, the rest of ``กองการ`` and two cells' last words lost without a flag)."""
    return len(b.header) == 1 and own_roles(a.header, a.n_cols) >= 2 and own_roles(b.header, b.n_cols) == 0 \
        and not any(header_roles(b.header, b.n_cols))


def _header_then_rest(a: Table, b: Table) -> bool:
    """``b``'s header is ``a``'s repeated, word for word, and then more rows: the first line of a
    row's rest under the repeated header read as a lower header row (``ปฏิบัติให้บุคลากรถือปฏิบัติ | |
    คะแนน)``: dev seed 19216 docx, page 6; the part was left alone, its body unread, the document
    partial and indicator 10's score in the measure's indicator cell lost)."""
    n = len(a.header)
    return bool(n) and len(b.header) > n and a.n_cols == b.n_cols \
        and [squash(" ".join(r)) for r in a.header] == [squash(" ".join(r)) for r in b.header[:n]]


def _header_rows_to_body(t: Table, keep: int) -> None:
    """``t``'s header rows after its first ``keep`` made its first body rows (they were a row's
    rest read as titles)."""
    t.rows[:0] = [Row(cells=list(h), page=t.page, conf=[1.0] * len(h), lines=list(h)) for h in t.header[keep:]]
    t.header = t.header[:keep]


# letters: a title's last line (``มาตรการ`` of ``ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ``) lost from a
# repeated header into the first body line of a table without rules, the title kept long
LINE_CUT, LINE_CUT_KEPT = 10, 12
CUT_END = 4  # letters: the end of a narrow header cell's last word read into the row under it (``IT``)


def _cut_short(a: list[list[str]], b: list[list[str]]) -> bool:
    """``b`` is ``a``'s header with cells missing a few letters at their end (the last line of
    a title wrapped in a narrow column, ``ข้อคำถาม`` / ``IT`` / ``A``, read into the first body
    row on one page): cell by cell equal or cut short by at most ``CUT_END`` letters."""
    return headers_match(a, b, max_cut=CUT_END, either_cut=False)


# a table drawn without column rules has its column edges estimated from the text of each
# page: a repeated header (same words, same column count) continues it within this distance
HEADER_COLUMN_TOL = 30.0


def _same_columns_by_header(a: Table, b: Table) -> bool:
    """``b`` repeats ``a``'s header word for word over the same number of columns whose
    edges (estimated from each page's text) moved a little: the same table."""
    return bool(a.header and b.header) and same_columns(a, b, HEADER_COLUMN_TOL) and _same_header(a, b)


def _vote_header(t: Table) -> None:
    """An OCR'd table repeated on several pages has one reading of its header per page, some
    of them garbled (``๘ aw ประเดนทตอง…``, ``ข้อคำถาม`` read ``gaara``). Keep the reading in
    which most columns name their role in their own (lowest) header cell, then the one whose
    column roles most parts agree on; ties go to the first page's."""
    if t.method != "ocr" or len(t.part_headers) < 2:
        return
    readings: list[tuple[int, tuple[str, ...], list[list[str]]]] = []
    for h in t.part_headers:
        readings.append((own_roles(h, t.n_cols), tuple(header_roles(h, t.n_cols)), h))
    agree: dict[tuple[str, ...], int] = {}
    for _, roles, _ in readings:
        agree[roles] = agree.get(roles, 0) + 1
    best = max((own, agree[roles]) for own, roles, _ in readings)
    t.header = next(h for own, roles, h in readings if (own, agree[roles]) == best)


def _drop_repeated_header(prev: Table, rows: list[Row]) -> list[Row]:
    """Leading rows of a continuation that repeat the first part's title or header rows
    (a header the words did not reveal on its own, repeated on the next page) are dropped."""
    seen = {squash(" ".join(h)) for h in prev.header} | {squash(x) for x in prev.titles}
    k = 0
    while k < len(rows) and k < 3 and squash(" ".join(rows[k].cells)) in seen:
        k += 1
    if k == 0 and prev.header:
        # the header's letters cut into rows by other line bounds (a header alone at a page's
        # foot, its titles wrapped: ``เรื่องที่ | ชื่อเรื่อง | … | กำหนดก`` over ``ประเมิน | … | าร``;
        # fresh33k 47406 docx p6, unknown titles: read as a measure row, its period unparsed)
        want = _letters(prev, False)
        k = next((n for n in range(min(3, len(rows)), 0, -1)
                  if sorted(squash(" ".join(" ".join(r.cells) for r in rows[:n]))) == want), 0)
    return rows[k:]


SCORE_COLS_MAX = 4  # columns of a score table at most (code, text, score and a spare); measures tables have more
OTHER_KIND_ROWS = 3  # rows a table's part must have, none of them a question, to be told from a part of questions


def _coded_share(t: Table) -> tuple[int, int]:
    """(rows whose first non-empty cell starts with a question code, rows with a first cell)."""
    firsts = [next((c for c in r.cells if c.strip()), "") for r in t.rows]
    firsts = [c for c in firsts if c]
    return sum(1 for c in firsts if starts_question_code(c)), len(firsts)


def _other_kind(prev: Table, t: Table) -> bool:
    """Does ``t`` hold another kind of rows than ``prev``: questions (most rows start with a code,
    ``i3 …``) after a part of at least ``OTHER_KIND_ROWS`` rows none of which is a question (a
    results table of indicators)? Two borderless tables of two columns on the same lines, the
    indicators' scores at the foot of one page and the questions' on the next, are two tables."""
    if t.n_cols > SCORE_COLS_MAX:  # a measures table's part (its code column's cells read as question rows:
        return False  # fresh19 19408 docx p8, three measures lost with the part)
    coded_prev, n_prev = _coded_share(prev)
    coded, n = _coded_share(t)
    return n_prev >= OTHER_KIND_ROWS and coded_prev == 0 and n > 0 and coded * 2 > n


_HEADING = re.compile(r"^\s*ตัวชี้วัดที่\s*[0-9๐-๙]{1,2}\D")
_SCORE = re.compile(r"^\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}\s*$")
_CODE = re.compile(r"^\s*[iIeEoO]\s?[0-9๐-๙]{1,2}(?![0-9๐-๙.])")  # a question code, alone in its cell or before its text


def _lone_heading(prev: Table, t: Table, last_on_page: dict[int, int]) -> Row | None:
    """An indicator's heading row with its score (``ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ | ๘๓.๙๔``), the
    first row of a question table without a header, left alone at the foot of a page in fewer
    columns (its cell spans the code and text columns), the questions under it the next page's
    first table (dev seed 17179 docx: the table ``not understood``, indicator 1's score lost).
    Returns the row laid out in ``t``'s columns (label first, score last), else None."""
    if prev.header or len(prev.rows) != 1 or prev.part_headers or t.header or t.headings \
            or t.index != 0 or t.page != prev.page_last + 1 or prev.n_cols >= t.n_cols \
            or prev.last_index != last_on_page.get(prev.page_last, -1) or not t.rows:
        return None
    row = prev.rows[0]
    filled = [c for c, x in enumerate(row.cells) if x.strip()]
    if len(filled) != 2 or not _HEADING.match(row.cells[filled[0]]) or not _SCORE.match(row.cells[filled[1]]):
        return None
    first = next((c for c in t.rows[0].cells if c.strip()), "")
    if not _CODE.match(first):
        return None
    n = t.n_cols
    cells = [row.cells[filled[0]]] + [""] * (n - 2) + [row.cells[filled[1]]]
    lines = [row.lines[filled[0]] if filled[0] < len(row.lines) else cells[0]] + [""] * (n - 2) \
        + [row.lines[filled[1]] if filled[1] < len(row.lines) else cells[-1]]
    conf = [row.conf[filled[0]]] + [1.0] * (n - 2) + [row.conf[filled[1]]] if len(row.conf) > filled[1] else [1.0] * n
    return Row(cells=cells, page=row.page, conf=conf, flags=list(row.flags), lines=lines)


def _titles_alone_at_foot(prev: Table, rows: list[Row]) -> bool:
    """``prev``, no header told on its page, is one row alone at its page's foot, and the rows
    after the break show it is column titles by what their columns hold (``typed_header_depth``:
    short cells without numbers over a column of periods, scores or codes). Its page held too
    few rows to tell (dev seed 29016 html, unknown titles: a per-measure table's header alone at
    page 9's foot, measure 6's row on page 10 read under it as body: a table of no kind, the
    measure lost unflagged)."""
    first = prev.rows[0]
    cells = [first.cells] + [r.cells for r in rows]
    lines = [first.lines or first.cells] + [r.lines or r.cells for r in rows]
    return bool(rows) and rows[0].page > first.page and typed_header_depth(cells, lines) == 1


def stitch(tables: list[Table]) -> list[Table]:
    """Join tables that continue one another.

    ``b`` continues ``a`` when the columns line up and either
    - b is the first table on the page after a's last page, a's last part was the last table
      on its page, and b repeats a's header (nearly, when read by OCR) or has none; or
    - b directly follows a on the same page and has no header of its own.

    An OCR'd table stitched from parts keeps the best reading of its repeated header
    (``_vote_header``).

    A headerless part is compared with the table's last part: tables drawn one per page size
    their columns each page, and a row's rest on the next page lines up with its own page's
    part, not the first (dev seed 17381 html: a measure's last steps lost, unflagged).
    """
    if not tables:
        return []
    tables = header_alone_heads_next(tables)  # a repeated header read as a grid over the body's
    last_on_page: dict[int, int] = {}
    for t in tables:
        last_on_page[t.page] = max(last_on_page.get(t.page, -1), t.index)
    out: list[Table] = []
    last_part: dict[int, Table] = {}  # a stitched table's last part: text-placed columns drift page by page
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and id(prev) not in last_part and (head := _lone_heading(prev, t, last_on_page)):
            t.rows.insert(0, head)  # the heading at the page's foot heads the questions on the next
            out.pop()
            prev = out[-1] if out else None
        if prev is not None and t.index == 0 and t.page == prev.page_last + 1:
            header_overrun_to_body(prev, t)  # the first lines of a row's rest read into the repeated header
            # ... or into a header read loosely alike, taken for body rows, in as many rows or in others
            loose_header_to_rows(prev, t) or header_lines_to_rows(prev, t)
        tail = last_part.get(id(prev), prev)
        if prev is not None and not same_columns(tail, t) and (fit := _empty_columns_dropped(tail, t)) is not None \
                and same_columns(tail, fit):
            t = fit
        if prev is not None and (same_columns(prev, t) or _same_columns_by_header(prev, t)
                                 or tail is not prev and (_unruled(t) or not t.header) and same_columns(tail, t)
                                 or _within_middles(tail, t) and t.page == prev.page_last + 1
                                 or _under_carried_rest(tail, t)):
            # a heading the page before's foot left over the upper titles of a header cut by the
            # page break heads the header's rest (dev seed 17080 html with dev seed 18262's foot
            # heading rule): the part continues the table, its heading kept for its own rows
            rest = bool(t.headings) and len(t.header) < len(prev.header) and _header_rest(prev, t)
            next_page = (t.index == 0 and t.page == prev.page_last + 1 and (not t.headings or rest)
                         and prev.last_index == last_on_page.get(prev.page_last, -1)
                         and (not t.header or not prev.header or _same_header(prev, t) or _titles_name_nothing(prev, t)
                              or _header_then_rest(prev, t) or headers_read_alike(prev, t))
                         and not _other_kind(prev, t))
            same_page = (t.page == prev.page_last and t.index == prev.last_index + 1
                         and not t.header and bool(prev.header))
            if same_page and t.headings and t.rows and not _drop_repeated_header(prev, t.rows):
                # the header printed again under a heading of its own at the page's foot, its body
                # on the next page: a table of its own, so the heading heads the rows after the
                # break (fresh35k 51413 html p6, unknown titles: ``ประเด็นที่ 3 การใช้อำนาจ`` over the
                # header alone, joined to the table above as body and dropped; measure 3 took
                # indicator 10 from the heading before)
                t.header, t.rows, same_page = [list(h) for h in prev.header], [], False
            if next_page or same_page:
                # a row broken across the page break shows up as a first row with empty key
                # cells; the kind-specific row builders merge it (merge_continuations)
                if _header_then_rest(prev, t):  # the repeated header, then a row's rest read as its lower row
                    _header_rows_to_body(t, len(prev.header))
                elif t.header and prev.header and not _same_header(prev, t) and not headers_read_alike(prev, t):
                    # a row's rest read as titles
                    _header_rows_to_body(t, 0)
                rows = _drop_repeated_header(prev, t.rows)
                if "ocr_row_carried" in t.flags and rows:
                    # the rest of a row the page break cut, read in the page before's columns: the
                    # row it joins says so (dev seed 18506 scanned p6/p7: a table flag only, no
                    # measure told its text was joined across the page from loose lines)
                    rows[0].flags = [*rows[0].flags, "ocr_row_carried"]
                if rest and rows:
                    rows[0].flags = [*rows[0].flags, *(PART_HEADING + h for h in t.headings)]
                if not t.header and rows and t.page > prev.page:
                    rows[0].flags = [*rows[0].flags, HEADERLESS_TOP]  # no header over it on its page
                if not prev.header and not t.header and len(prev.rows) == 1 and _titles_alone_at_foot(prev, rows):
                    prev.header, prev.rows = [prev.rows[0].cells], []
                prev.rows.extend(rows)
                prev.last_index = t.index
                if not prev.header and t.header:
                    prev.header = t.header
                if t.header:
                    prev.part_headers.append(t.header)
                prev.flags.extend(f for f in t.flags if f not in prev.flags)
                last_part[id(prev)] = t
                continue
        t.last_index = t.index
        t.part_headers = [t.header] if t.header else []
        out.append(t)
    for t in out:
        _vote_header(t)
    return out
