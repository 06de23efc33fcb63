"""A header row the page break cut in two: its tallest cells' words printed at the foot of one
page (a one-row table there), the rest of the row at the top of the next page, over the body.

HTML tables break a header row like any other row (weasyprint: a measure's table, its first
header row's wrapped titles split over the page break): the part at the top of the next page
then holds empty cells where a title was printed on the page before, and the columns under them
lose their role (dev seed 15505 html: the steps and the responsible units of a measure lost).
The titles of the part at the page's foot are put back into the empty header cells of the
table at the next page's top, column by column where the two parts' columns line up.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from normalizers.tables.header_rests import completes_word
from normalizers.tables.header_rows import _title_like
from normalizers.tables.text import squash

X_TOL = 4.0  # points: two parts' outer edges (same table, same width) and column bounds agree within
FOOT_SHARE = 0.75  # the part at the foot starts below this share of its page's height
TOP_SHARE = 0.25  # the part on the next page starts above this share of its page's height


def _foot_part(t, height: float) -> bool:
    """One row of short titles (two or more, no data) at the foot of its page."""
    if len(t.rows) != 1 or not t.col_x or len(t.col_x) != len(t.rows[0]) + 1 or height <= 0:
        return False
    cells = [c or "" for c in t.rows[0]]
    filled = [c for c in cells if c.strip()]
    return t.bbox[1] >= FOOT_SHARE * height and len(filled) >= 2 and all(_title_like(c) for c in filled)


def _top_part(t, foot, height: float) -> bool:
    """A table at the top of the next page, as wide as the foot part, with as many columns or
    more (a foot cell may span finer columns) and an empty or merged cell in its first row."""
    return (t.page == foot.page + 1 and bool(t.col_x) and len(t.rows) >= 2 and t.bbox[1] <= TOP_SHARE * height
            and abs(t.bbox[0] - foot.bbox[0]) <= X_TOL and abs(t.bbox[2] - foot.bbox[2]) <= X_TOL
            and len(t.col_x) == len(t.rows[0]) + 1 and len(t.col_x) >= len(foot.col_x)
            and any(not c for c in t.rows[0]))


def _columns_of(span: tuple[float, float], col_x: Sequence[float]) -> Optional[tuple[int, int]]:
    """The columns ``a..b`` of ``col_x`` that ``span`` covers, edge on edge (within X_TOL)."""
    a = [c for c, x in enumerate(col_x[:-1]) if abs(x - span[0]) <= X_TOL]
    b = [c for c, x in enumerate(col_x[1:]) if abs(x - span[1]) <= X_TOL]
    return (a[0], b[0]) if len(a) == 1 and len(b) == 1 and a[0] <= b[0] else None


def fill_split_headers(raws: list, heights: dict[int, float]) -> int:
    """Put the titles of a header row's part at a page's foot into the matching empty (or
    merged-over) cells of the first row of the table heading the next page, a title over
    several columns into the first of them with the others covered (``raws`` sorted by page
    and index; a completed table is replaced in the list); returns how many tables were completed."""
    done = 0
    for i, foot in enumerate(raws[:-1]):
        nxt = raws[i + 1]
        if (nxt.page != foot.page + 1 or not _foot_part(foot, heights.get(foot.page, 0.0))
                or not _top_part(nxt, foot, heights.get(nxt.page, 0.0))):
            continue
        head = list(nxt.rows[0])
        have = {squash(c) for c in head if c}
        todo = []
        for span, text in zip(zip(foot.col_x, foot.col_x[1:]), foot.rows[0]):
            if not text or not text.strip() or squash(text) in have:
                continue
            ab = _columns_of(span, nxt.col_x)
            if ab is not None and ab[0] == ab[1] and head[ab[0]] and _title_like(head[ab[0]]):
                todo.append((ab, f"{text.rstrip()}\n{head[ab[0]]}"))  # a title's first line
                continue  # (``ผลการ``) over its rest (``วิเคราะห์ตัวชี้วัด…``): dev seed 17254 docx
            if ab is None or head[ab[0]] or any(head[c] for c in range(ab[0] + 1, ab[1] + 1)):
                todo = []  # a title over a cell the next page fills: not the same header row
                break
            todo.append((ab, text))
        if todo and all(head[a] for (a, _), _ in todo):
            todo = []  # every title continued: no empty place the foot's titles fill
        for (a, b), text in todo:
            head[a] = text
            for c in range(a + 1, b + 1):
                head[c] = None
        if todo:  # a new table object: the extraction itself stays as read
            raws[i + 1] = replace(nxt, rows=[head, *nxt.rows[1:]])
            if "table_header_alone" not in foot.flags:  # the foot part is header, no body row
                raws[i] = replace(foot, flags=[*foot.flags, "table_header_alone"])  # (``มาตรการ``: s17254)
            done += 1
    return done


def take_title_rests(raws: list, heights: dict[int, float], repair) -> int:
    """A header row alone at a page's foot whose titles wrapped their last syllables onto the
    next page (a Word row allowed to break: ``ผู้รับผิดชอบ/หน่วย`` at the foot of page 7, ``งาน``
    the first line of the next page's first row, read into the units of the measure under it:
    dev seed 15769 docx). Where the next page's first table, as many columns, opens with such a
    line in one or more cells (each completes a vocabulary word its title ends in the middle of,
    ``repair`` applied to both), the line is moved up into the title. Returns how many tables
    were mended."""
    done = 0
    for i, foot in enumerate(raws[:-1]):
        nxt = raws[i + 1]
        if (nxt.page != foot.page + 1 or not _foot_part(foot, heights.get(foot.page, 0.0)) or not nxt.rows
                or len(nxt.rows[0]) != len(foot.rows[0]) or nxt.bbox[1] > TOP_SHARE * heights.get(nxt.page, 0.0)):
            continue
        head, first = list(foot.rows[0]), list(nxt.rows[0])
        if _rests_row(head, first, repair):
            # the next page's first row is the titles' rests alone (``น`` of ``ประเมิ|น``, a title's
            # last line ``มาตรการ``): fresh18 18447 docx p6, the codes column's title cut and the
            # codes lost unflagged. The whole row goes up into the header.
            raws[i] = replace(foot, rows=[[f"{t}\n{c}" if c and c.strip() else t for t, c in zip(head, first)]])
            raws[i + 1] = replace(nxt, rows=nxt.rows[1:])
            done += 1
            continue
        moved = 0
        for c, (title, cell) in enumerate(zip(head, first)):
            if not title or not cell or "\n" not in cell:
                continue
            line, rest = cell.split("\n", 1)
            if completes_word(squash(repair(title)), squash(repair(line))):
                head[c], first[c] = f"{title}\n{line}", rest
                moved += 1
        if moved:  # new table objects: the extraction itself stays as read
            raws[i] = replace(foot, rows=[head])
            raws[i + 1] = replace(nxt, rows=[first, *nxt.rows[1:]])
            done += 1
    return done


REST_ROW_LEN = 12  # letters: a title's rest in a row of rests alone


def _rests_row(head: list, first: list, repair) -> bool:
    """Every filled cell of ``first`` is one short title-like line under a title, and one at
    least completes a word its title ends in the middle of: the row is the header's rest."""
    filled = [(t, c) for t, c in zip(head, first) if c and c.strip()]
    if not filled or any(not t or "\n" in c.strip() or len(squash(c)) > REST_ROW_LEN or not _title_like(c)
                         for t, c in filled):
        return False
    return any(completes_word(squash(repair(t)), squash(repair(c))) for t, c in filled)
