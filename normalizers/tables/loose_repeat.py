"""A table's header printed again at a scanned page's top, read only loosely alike and not taken
for a header: its rows stand as the part's first body rows, the lowest one holding the first lines
of the row the page break cut (no gap parts them from the titles' last line).

fresh31u 43202 p5-p7 (300 dpi, bare m5 table, a two-level header drawn again on each page over a
steps cell's rest): the group title read differently on each page (``เณ ๕๖ -`` / ``๕ ๐๑ -``), the
steps title ``ขนตอนการตาเน้นงาน`` followed in its cell by ``ช่องทางต่าง ๆ ของหน่วยงาน⏎3 สรุปผล…``. No
header was told on those pages; the header rows were read as measures (``มาตรการ``, periods
``ระยะเวลา``) and the rest's lines joined to a title.

The part repeats the header when, row by row, its cells open with the header's titles: each
title with a few letters read alike (``TITLE_ALIKE``) by the leading lines of the part's cell, most
titled columns of each row so read (a garbled group title may fail) and ``MIN_AGREE`` titles in all.
What follows a title's lines in the lowest row is the cut row's rest, the part's first body row.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from normalizers.tables.grid import Row, Table, join_lines, unruled
from normalizers.tables.text import squash

TITLE_ALIKE = 0.75  # a title against the part's leading lines (OCR drops marks and swaps a letter or two)
TITLE_MIN = 3  # letters a title needs to be compared
ROW_SHARE = 0.6  # of a header row's titled columns read alike, at least
MIN_AGREE = 4  # titles read alike in all, at least
UPPER_LEFTOVER = 4  # letters an upper header row's cell may hold past or without its title (a garbled mark)


def _cell_lines(row: Row, c: int) -> list[str]:
    text = row.lines[c] if c < len(row.lines) and row.lines[c] else (row.cells[c] if c < len(row.cells) else "")
    return [ln for ln in text.split("\n") if ln.strip()]


def _title_lines(title: str, lines: list[str]) -> int:
    """How many of ``lines`` print ``title`` (squashed), best read; 0 when none reads alike."""
    best, best_j = 0.0, 0
    for j in range(1, len(lines) + 1):
        head = squash("".join(lines[:j]))
        if len(head) > 2 * len(title) + 4:
            break
        r = SequenceMatcher(None, title, head, autojunk=False).ratio()
        if r > best + 1e-9:
            best, best_j = r, j
    return best_j if best >= TITLE_ALIKE else 0


def _read_row(titles: list[str], row: Row, last: bool) -> tuple[int, list[list[str]]] | None:
    """(titles read alike, each column's lines after its title) for one header row, or None when
    the part's row is no reading of it."""
    titled = agree = 0
    rest: list[list[str]] = []
    for c, title in enumerate(titles):
        t = squash(title)
        lines = _cell_lines(row, c)
        j = _title_lines(t, lines) if len(t) >= TITLE_MIN else 0
        titled += len(t) >= TITLE_MIN
        agree += bool(j)
        # an upper row holds no cut row's lines: a cell not read as its title is a garbled
        # reading of it (``๕ ๐๑ -`` for ``เณ ๕๖ -``), no longer than it by more than a few letters
        if not last and not j and len(squash("".join(lines))) > max(UPPER_LEFTOVER, len(t) + UPPER_LEFTOVER):
            return None
        rest.append(lines[j:])
    if not titled or agree < ROW_SHARE * titled:
        return None
    return agree, rest


def loose_header_to_rows(a: Table, b: Table) -> bool:
    """``b`` (the first part on the page after ``a``'s, read by OCR, no header told) opens with
    ``a``'s header rows read loosely: they become ``b``'s header (``a``'s reading), and the lines
    after the titles in the lowest of them ``b``'s first body row. True when so."""
    k = len(a.header)
    if not k or b.header or b.method != "ocr" or a.n_cols != b.n_cols or len(b.rows) < k \
            or not (unruled(a) and unruled(b)):
        return False
    total, rest = 0, []
    for r in range(k):
        got = _read_row(a.header[r], b.rows[r], r == k - 1)
        if got is None:
            return False
        total += got[0]
        rest = got[1]
    if total < MIN_AGREE:
        return False
    b.header = [list(h) for h in a.header]
    first = b.rows[k - 1]
    del b.rows[:k]
    if any(rest):
        b.rows.insert(0, Row(cells=[join_lines(ls) for ls in rest], page=b.page, conf=list(first.conf),
                             flags=[*first.flags, "header_row_split"], lines=["\n".join(ls) for ls in rest]))
    return True


def _titles_alike(a: list[list[str]], b: list[list[str]]) -> bool:
    """Two readings of one header of as many rows: each row read alike by ``_read_row`` (the
    other reading's cells as one-line rows)."""
    if len(a) != len(b):
        return False
    total = 0
    for ra, rb in zip(a, b):
        got = _read_row(ra, Row(cells=list(rb), page=0, conf=[]), True)
        if got is None or any(got[1]):
            return False
        total += got[0]
    return total >= MIN_AGREE


def header_alone_heads_next(tables: list[Table]) -> list[Table]:
    """A scanned table's header drawn again at a page's top and read as a grid of its own (a
    rule under it cut it from the body), the body right under it a headerless grid in columns of
    its own: the body takes the header and the header's place (``index``), the header part goes.
    fresh31s 43103 p6 (300 dpi, landscape, ruled across only, m5f): the header part's columns came
    from its titles (265 pt against 309), neither part stitched, the body unmapped and measures 2
    and 3 lost (flagged). The header must repeat the header of an earlier table of as many
    columns (equal or read alike)."""
    out: list[Table] = []
    for t in tables:
        h = out[-1] if out else None
        if h is not None and h.method == "ocr" and t.method == "ocr" and h.header and not h.rows \
                and not t.header and t.rows and t.page == h.page and t.index == h.index + 1 \
                and t.n_cols == h.n_cols and unruled(t) \
                and any(e.n_cols == h.n_cols and e.page < h.page and e.header
                        and (e.header == h.header or _titles_alike(e.header, h.header)) for e in out[:-1]):
            t.header, t.index, t.titles = h.header, h.index, h.titles or t.titles
            t.headings = h.headings or t.headings
            out[-1] = t
            continue
        out.append(t)
    return out


def _alike(x: str, y: str) -> bool:
    """Two readings of one title (squashed): alike as a whole, or the shorter one inside the
    longer (a title clipped) or alike its same stretch at the longer's start or end."""
    if len(x) < TITLE_MIN or len(y) < TITLE_MIN:
        return False
    short, long = sorted((x, y), key=len)
    return SequenceMatcher(None, x, y, autojunk=False).ratio() >= TITLE_ALIKE or len(short) >= 4 and (
        short in long or any(SequenceMatcher(None, short, long[k:k + len(short)], autojunk=False).ratio() >= 0.8
                             for k in (0, len(long) - len(short))))


def _column_readings(header: list[list[str]], c: int) -> tuple[str, str]:
    """A column's titles top to bottom, and its lowest title, squashed."""
    cells = [squash(r[c]) for r in header if c < len(r) and squash(r[c])]
    return "".join(cells), cells[-1] if cells else ""


def _opens_with_rest(b: Table) -> bool:
    """``b``'s first body row is the rest of a row the page break cut: its first cell empty and at
    most half its cells filled. A header read only loosely alike continues a table with that
    evidence only: tables drawn one per page, each with its own header and measure, stay apart
    (the rule without it joined two such pages' measures into one on a scanned per-page m5 set)."""
    if not b.rows:
        return False
    cells = b.rows[0].cells
    return bool(cells) and not cells[0].strip() and sum(bool(c.strip()) for c in cells) * 2 <= len(cells)


def headers_read_alike(a: Table, b: Table) -> bool:
    """``b``'s header (a scanned part's, on a later page) is ``a``'s read loosely: as many columns,
    and most columns titled in both (``ROW_SHARE``, ``MIN_AGREE`` at least) read alike, as a whole
    or by their lowest titles, whichever rows the page's reading cut them into. A garbled group
    title (``หศศรุตรรัร…`` / ``๕ ๐ =๑``) spoils its columns' whole readings, not their lowest titles:
    u44b 44203 p5-p7 (300 dpi, bare m5, a two-level header drawn again on each page), the parts
    not stitched and measure 3's rest on p7 left alone."""
    if not a.header or not b.header or a.n_cols != b.n_cols or "ocr" not in (a.method, b.method) \
            or not (unruled(a) and unruled(b)) or not _opens_with_rest(b):
        return False
    titled = agree = 0
    for c in range(a.n_cols):
        (wa, la), (wb, lb) = _column_readings(a.header, c), _column_readings(b.header, c)
        if len(wa) < TITLE_MIN or len(wb) < TITLE_MIN:
            continue
        titled += 1
        agree += _alike(wa, wb) or _alike(la, lb) or _alike(wa, lb) or _alike(la, wb)
    return agree >= MIN_AGREE and agree >= ROW_SHARE * titled


HEADER_ROWS_MAX = 3  # rows of a part a repeated header may be read over


def header_lines_to_rows(a: Table, b: Table) -> bool:
    """``b`` (the first part on the page after ``a``'s, no header told) opens with ``a``'s header
    read over another number of rows than ``a``'s (a group title over one column read as a row of
    its own), the lowest row's cells holding, after their titles, the first lines of the row the
    page break cut: column by column, the lines of ``b``'s first rows open with the column's
    titles read alike (``_title_lines``), most titled columns so read (``ROW_SHARE``, ``MIN_AGREE``),
    and the upper rows hold nothing past the titles. Those rows become ``b``'s header (``a``'s
    reading), the lines after the titles ``b``'s first body row (``header_row_split``). fresh35k
    51418 html p9 (unknown titles, drawn without rules): a group title over the steps title on a
    row of its own, the steps title then the cut step's rest in one cell; no header was told there
    and the rows made a measure of titles, the step's rest lost from its row."""
    if not a.header or b.header or a.n_cols != b.n_cols or not b.rows:
        return False
    titles = ["".join(squash(r[c]) for r in a.header if c < len(r)) for c in range(a.n_cols)]
    titled = sum(len(t) >= TITLE_MIN for t in titles)
    for n in range(1, min(HEADER_ROWS_MAX, len(b.rows)) + 1):
        got = _rest_under(titles, b.rows[:n])
        if got is None:
            continue
        agree, rest = got
        if agree < MIN_AGREE or agree < ROW_SHARE * titled:
            continue
        first = b.rows[n - 1]
        b.header = [list(h) for h in a.header]
        del b.rows[:n]
        if any(rest):
            b.rows.insert(0, Row(cells=[join_lines(ls) for ls in rest], page=b.page, conf=list(first.conf),
                                 flags=[*first.flags, "header_row_split"], lines=["\n".join(ls) for ls in rest]))
        return True
    return False


def _rest_under(titles: list[str], rows: list[Row]) -> tuple[int, list[list[str]]] | None:
    """(columns whose lines over ``rows`` open with their title, each column's lines after its
    title) or None when an upper row holds lines past a column's title (body text, no header)."""
    agree = 0
    rest: list[list[str]] = []
    for c, title in enumerate(titles):
        per_row = [_cell_lines(r, c) for r in rows]
        lines = [ln for ls in per_row for ln in ls]
        j = _title_lines(title, lines) if len(title) >= TITLE_MIN else 0
        upper = sum(len(ls) for ls in per_row[:-1])
        if upper > j and len(squash("".join(lines[j:upper]))) > UPPER_LEFTOVER:
            return None
        agree += bool(j)
        rest.append(lines[max(j, upper):])
    return agree, rest
