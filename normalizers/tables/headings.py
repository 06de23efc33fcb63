"""Headings printed above a table in the running text (``ประเด็นที่ ๒ การใช้งบประมาณ``,
``ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล``): the table's own heading, for its indicator, and a
sign that a table at the top of a page starts anew rather than continuing the one before.

The extract stage gives each page's whole text in reading order (``PageText.full_text``,
tables included). A table is found in it by the first line of its first cell; the heading
is the last heading-like line between the previous table on the page and this one.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.tables.grid import join_lines
from normalizers.tables.text import squash
from normalizers.thai.memo import repair  # remembered per document (normalizers.document)

HEADING_WORD = r"(?:ประเด็นที่|ตัวชี้วัดที่|ด้านที่)"  # a heading naming an indicator or issue by its number
_HEADING = re.compile(r"^\s*" + HEADING_WORD + r"\s*[0-9๐-๙]{1,2}")


TRAILING = -1


def is_heading_line(line: str) -> bool:
    t = squash(line)
    if not t or len(t) > 90:
        return False
    if _HEADING.match(line):
        return True
    no, _, flags = match_indicator(line)
    return no is not None and len(t) <= 45 and not any(f.startswith("indicator_by_number") for f in flags) \
        and bool(re.match(r"^\s*(?:[0-9๐-๙]{1,2}[.)]\s*)?\S", line)) and "คะแนน" not in t


def _key(raw_rows) -> str:
    for row in raw_rows[:2]:
        for cell in row:
            if cell and cell.strip():
                return squash(repair(cell.split("\n")[0]))[:20]
    return ""


BODY_ROWS = 3  # rows after the first whose first cell may place the table's body in the page text


def _body_line(raw_rows, key: str, keys: list[str], at: int) -> int | None:
    """The page-text line of the table's body below ``at`` (the first line starting with
    ``key``): the first of the next rows' first cells that opens a line, else the first that
    a line holds. A header's second row whose first filled cell is a lower column title sits
    inside a line of the page text (``รับผิดชอบ การรายงาน ตัวชี้วัด``), so no line starts with it:
    the page title ``มาตรการส่งเสริม…`` over the header ``มาตรการ …`` was taken for the table's
    first line and the heading between them lost (fresh20 20239 docx p7, 20201 docx p6,
    20229 html p4: the first measure's indicator_no null with no flag)."""
    cands = [k for k in (_key([r]) for r in raw_rows[1:1 + BODY_ROWS]) if k and k != key]
    # the nearest line any of them opens (or holds), not the first candidate's wherever it is:
    # a lower header cell (``ความ`` of ``ความสอดคล้อง``) opens no line of this table but one of a
    # later table's body (unbiased fresh30 41016 html p5: tables drawn one per measure, the page's
    # first a row's rest; its body placed in the third table, it took that table's heading, was
    # not stitched to the row it ends, and was read as a measure of its own)
    for match in (str.startswith, str.__contains__):
        found = [b for c in cands if (b := next((i for i in range(at + 1, len(keys)) if match(keys[i], c)), None))
                 is not None]
        if found:
            return min(found)
    return None


def headings_above(full_text: str, tables, outside_text: str | None = None) -> dict[int, list[str]]:
    """For the raw tables of one page (in order), the heading line(s) printed right above
    each one, by table index. Only lines of the page's text outside tables count
    (``outside_text``): a table's own last row is never the next table's heading."""
    lines = [repair(ln) for ln in (full_text or "").split("\n")]
    outside = None if outside_text is None else {squash(repair(ln)) for ln in outside_text.split("\n") if ln.strip()}
    ok = lambda ln: is_heading_line(ln) and (outside is None or squash(ln) in outside)  # noqa: E731
    keys = [squash(ln) for ln in lines]
    out: dict[int, list[str]] = {}
    cursor = 0
    ordered = sorted(tables, key=lambda t: t.index)
    tkeys = [_key(t.rows) for t in ordered]
    for j, t in enumerate(ordered):
        key = tkeys[j]
        if not key:
            continue
        if sum(1 for i in range(cursor, len(lines)) if key in keys[i]) < tkeys[j:].count(key):
            # tables drawn one per measure start alike (the same header); one whose first line is
            # not printed where it starts (a header's rest at the page's top, its first title on
            # the page before) must not take the next one's place and heading (dev seed 19210 html)
            continue
        at = next((i for i in range(cursor, len(lines)) if keys[i].startswith(key)), None)
        if at is None:
            at = next((i for i in range(cursor, len(lines)) if key in keys[i]), None)
        if at is None:
            continue
        if (b := _body_line(t.rows, key, keys, at)) is not None:
            # the table's first line is the one nearest above its body: a page title that starts
            # with the same word (``มาตรการส่งเสริม…`` over a header cell ``มาตรการ``) is not it
            # (dev seed 18429 html p2: ``ประเด็นที่ 1 การใช้อำนาจ`` between them was not its heading)
            at = max((i for i in range(at, b) if keys[i].startswith(key)), default=at)
        between = [ln.strip() for ln in lines[cursor:at] if ln.strip()]
        # up to three lines may stand between: the upper lines of a header whose first cell is
        # a tall cell's bottom line (``ประเด็นที่ ๑ …`` / ``ตัวชี้วัด หน่วยงานที่`` / ``มาตรการ …``
        # over ``ความสำเร็จ | รับผิดชอบ``) are outside the table's cells
        heads = [ln for ln in between[-4:] if ok(ln)]
        if heads:
            out[t.index] = heads[-1:]
        cursor = at + 1
    tail = [ln.strip() for ln in lines[cursor:] if ln.strip()]
    loose = lambda ln: outside is not None and squash(ln) in outside  # noqa: E731
    heads = [k for k in range(max(0, len(tail) - 5), len(tail))
             if ok(tail[k]) and all(loose(ln) for ln in tail[k + 1:])]
    if heads:
        # a heading at the foot of the page, for the next page's first table: last, or over up
        # to four lines of that table's header (and its row's first line) left alone at the foot
        # (dev seed 18262 html: ``ประเด็นที่ 4 การใช้งบประมาณ`` over its table's header lines and
        # ``ทุกส่วนราชการ``, the table's body on page 7 took the heading of measure 3)
        # (only lines outside the page's tables after it: not the heading of a table of this page)
        out[TRAILING] = [tail[heads[-1]]]
    return out


# an indicator heading: ``ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต`` with or without ``(๙๑.๙๘ คะแนน)``
_FUSED = re.compile(r"^ตัวชี้วัดที่\s*[0-9๐-๙]{1,2}\.?\s+[\u0e01-\u0e4e\s]{4,80}?"
                    r"(?:\s*\(\s*(?:คะแนน\s*)?[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?\s*(?:คะแนน)?\s*\))?$")


_CODE_START = re.compile(r"^\s*[ieoIEO]\s?[0-9๐-๙]{1,2}(?![0-9๐-๙.])")


def split_fused_heading(table):
    """The indicator heading printed just above a table without a header row that the table
    finder took in as the first line of the table's first row (a shaded table: the band's
    row reached up to the heading): the first lines of the row's first cells read
    ``ตัวชี้วัดที่`` | ``๑๐ การป้องกันการทุจริต (๙๑.๙๘ คะแนน)``, the rest of the lines are the
    row (``o๓๔`` | ``เจตจำนงสุจริตของผู้บริหาร`` | ``๖๖.๖``). The heading becomes the table's
    title and the row keeps its own lines, when they go on with a question's code. Returns
    the table (changed in place)."""
    if table.header or not table.rows:
        return table
    row = table.rows[0]
    if len(row.lines) != len(row.cells):
        return table
    used: list[int] = []
    heading = None
    for k, cell in enumerate(row.lines):
        if not cell.strip():
            continue
        used.append(k)
        text = " ".join(row.lines[c].split("\n")[0].strip() for c in used)
        if _FUSED.match(text):
            no, _, flags = match_indicator(text)
            if no is not None and not any(f.startswith("indicator_by_number") for f in flags):
                heading = text
            break
        if len(squash(text)) > 120:
            return table
    rest = {c: row.lines[c].split("\n")[1:] for c in used}
    # the row under the heading is a question row: its first cell goes on with a question's
    # code (a measures row whose indicator cell wrapped goes on with the name or the score)
    if heading is None or not rest[used[0]] or not _CODE_START.match(rest[used[0]][0]):
        return table
    for c, ls in rest.items():
        row.lines[c] = "\n".join(ls)
        row.cells[c] = join_lines(ls) if ls else ""
    table.titles = table.titles + [heading]
    return table


def _heading_only(text: str) -> bool:
    """Does a cell hold a heading (``ประเด็นที่3 การปฏิบัติหน้าที่``) and nothing more?"""
    return bool(_HEADING.match(text)) and len(squash(text)) <= 90


def _next_headed(built: list, k: int):
    """The table after ``built[k]`` on its page when it has a header, else None."""
    nxt = built[k + 1] if k + 1 < len(built) else None
    return nxt if nxt is not None and nxt.page == built[k].page and nxt.header else None


def trailing_heading_rows(built: list) -> None:
    """A scanned table's last row printing only a heading (``ประเด็นที่3 การปฏิบัติหน้าที่`` in its
    first cell, nothing else) is the heading of the next table on its page, which the grid took
    in: tables drawn one per measure, ruled across only, the rule under the heading read as the
    table's foot (dev seed 18502 scanned at 200 dpi, p2: each heading joined to the measure
    above as its cell's rest, ``ประเด็นที่3 …`` in measure 2's analysis). The row is dropped and,
    when the next table on the page has a header and no heading, it becomes that table's.

    A table of one such row alone, headerless, at a page's top above a headed table (of any
    method) is that heading and nothing else, and goes: fresh39 59011 html and docx, p5, the
    issue heading at the top of the page read as the rest of p4's borderless table (the spacing
    carry), stitched on and appended to measure 3's last step, with no flag."""
    dropped = []
    for k, t in enumerate(built):
        alone = len(t.rows) == 1 and not t.header
        if not t.rows or (t.method != "ocr" or len(t.rows) < 2 and not t.header) and not alone:
            continue
        row = t.rows[-1]
        filled = [x for x in row.cells if x.strip()]
        if len(filled) != 1 or not _heading_only(filled[0]) or alone and "\n" in filled[0].strip():
            continue
        nxt = _next_headed(built, k)
        if nxt is None:
            continue
        t.rows.pop()
        if alone:
            dropped.append(k)
        if not nxt.headings:
            nxt.headings = [filled[0].strip()]
    built[:] = [t for k, t in enumerate(built) if k not in dropped]


def carried_heading_cells(built: list) -> None:
    """A row's rest read at a scanned page's top (``ocr_row_carried``, one row) whose cell holds
    only a heading (``ประเด็นที่๔ การปฏิบัติหน้าที่``): the heading of the page's next table,
    printed under the rest and cut into the rest's row by the grid (unbiased fresh26s 36113,
    200 dpi, tables drawn one per measure: the heading joined to measure 3's name as its rest).
    The cell is emptied and, when the next table on the page has a header and no heading, the
    heading becomes that table's."""
    for k, t in enumerate(built):
        if t.method != "ocr" or "ocr_row_carried" not in t.flags or len(t.rows) != 1 or t.header:
            continue
        row = t.rows[0]
        lines = row.lines if len(row.lines) == len(row.cells) else row.cells
        cut = [c for c, x in enumerate(row.cells) if _heading_only(x) and "\n" not in lines[c].strip()]
        if len(cut) != 1 or not any(x.strip() for c, x in enumerate(row.cells) if c != cut[0]):
            continue
        heading = row.cells[cut[0]].strip()
        row.cells[cut[0]] = ""
        if lines is row.lines:
            row.lines[cut[0]] = ""
        nxt = _next_headed(built, k)
        if nxt is not None and not nxt.headings:
            nxt.headings = [heading]


def attach_headings(built: list, raws: list, pages: list) -> None:
    """Each table's heading line printed above it in the page text (``tables.headings``)."""
    full = {p.page: p.full_text for p in pages if p.method in ("text", "ocr") and p.full_text}
    outside = {p.page: p.text or "" for p in pages}
    by_page: dict[int, list[int]] = {}
    for k, r in enumerate(raws):
        by_page.setdefault(r.page, []).append(k)
    trailing: list[str] = []
    for page, ks in sorted(by_page.items()):
        if page not in full:
            trailing = []
            continue
        # an OCR'd page's full text puts each table where it stands among the lines outside
        # tables (``extractors.ocr.page.interleave``): a page of several tables gives each the
        # heading printed above it (it held all those lines before all tables, so the page's
        # last heading went to its first table: 15017 p6, the row rest at the page's top took
        # the third table's heading, tests/test_scan_latin_months.py). A row's rest read at a
        # scanned page's top (``ocr_row_carried``) still takes no heading (fresh18s 18502 p3:
        # the heading printed under the rest, over the page's next table, read as the rest's)
        found = headings_above(full[page], [raws[k] for k in ks if "ocr_row_carried" not in raws[k].flags],
                               outside.get(page, ""))
        for k in ks:
            built[k].headings = found.get(raws[k].index, [])
        first = min(ks, key=lambda k: raws[k].index)
        if trailing and not built[first].headings and by_page.get(page - 1):
            built[first].headings = trailing  # its heading closed the page before
        trailing = found.get(TRAILING, [])
    for t, raw in zip(built, raws):
        _heading_atop_header(t, raw)


def _heading_atop_header(t, raw) -> None:
    """A scan's heading printed right over the table that the grid took in as the first line of
    its header's first cell (``ประเด็นที่4 การเปิดเผยข้อมูล`` / ``มาตรการ /แนวทาง``: fresh37s 55104
    p6, 55109 p4/p6/p8 of session 37; the measures under it took the heading before's indicator,
    flagged only ``indicator_from_heading``): the line is the table's heading, the rest its title."""
    if t.headings or not t.header or raw.method != "ocr" or not raw.rows or not raw.rows[0] or not raw.rows[0][0]:
        return
    lines = [ln for ln in raw.rows[0][0].split("\n") if ln.strip()]
    if not lines or len(lines) == 1 and not (len(t.header) > 1 and t.header[1][0].strip()):
        return  # the heading alone in the cell: the header's title in the row below
    first = repair(lines[0]).strip()
    if not _HEADING.match(first) or match_indicator(first)[0] is None:
        return
    t.header[0][0] = join_lines([repair(ln) for ln in lines[1:]])
    t.headings = [first]
