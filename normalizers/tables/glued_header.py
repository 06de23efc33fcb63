"""A scanned table's header read into the first line of each row's cells (issue 15, fresh35s
51102 p5, 200 dpi, one table per measure, no rules).

With no rule under the header and little space between a measure's small table and the next
issue's heading, the OCR grid read each table's header line, its measure row and the next
heading as one row: ``มาตรการ⏎๑) แนวทางอบรม…⏎ประเด็นที่๒ การแก้ไข…`` | ``ขั้นตอนหรือวิธีการปฏิบัติ⏎- จัดทำ…``
| ``ระยะเวลา⏎ปีงบประมาณ…``. Two such measures were one grid: its first row was taken as the
header and measure 1 was lost (``measures read as one row``).

A row of an OCR table whose every filled cell (three or more) starts with a title line (letters
only: no digit, dash or list number) and goes on below it, where those first lines are the
same in two rows of the table, or are a header row of another table of the document (the
same titles, whitespace aside), has its header glued on: it becomes two rows, the titles and
the rest. A last line of its first cell that is an issue heading (``ประเด็นที่๒ …``) becomes
a row of its own, the heading of the next measure's table, after it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import RawTable
from normalizers.tables.headings import HEADING_WORD

MIN_CELLS = 3
_NOT_TITLE = re.compile(r"[0-9๐-๙]|^\s*[-•(]|\)")
_HEADING = re.compile(r"^\s*" + HEADING_WORD + r"\s*[0-9๐-๙]")


def _squash(s: str) -> str:
    return "".join(s.split())


def _key(row: list) -> tuple | None:
    """The first lines of a row's filled cells, when each is a title line with text below it."""
    filled = [(c, x) for c, x in enumerate(row) if x and x.strip()]
    if len(filled) < MIN_CELLS:
        return None
    key = []
    for c, x in filled:
        lines = [ln for ln in x.split("\n") if ln.strip()]
        if len(lines) < 2 or _NOT_TITLE.search(lines[0]) or len(_squash(lines[0])) < 3:
            return None
        key.append((c, _squash(lines[0])))
    return tuple(key)


def _title_line_rows(t: RawTable) -> list[list[tuple[int, str]]]:
    """The filled (column, text) cells of each of ``t``'s first 3 rows that holds two or more cells,
    every one a single title line (a header)."""
    out = []
    for row in t.rows[:3]:
        filled = [(c, x) for c, x in enumerate(row) if x and x.strip()]
        if len(filled) >= 2 and all("\n" not in x.strip() and not _NOT_TITLE.search(x) for _, x in filled):
            out.append(filled)
    return out


def _header_rows(raws: list[RawTable]) -> set[tuple]:
    """Rows of the document's tables that are nothing but short title lines (a header)."""
    return {tuple((c, _squash(x)) for c, x in filled)
            for t in raws for filled in _title_line_rows(t) if len(filled) >= MIN_CELLS}


def _foot_heading(row: list) -> tuple[str, list] | None:
    """An issue heading that is the last line of ``row``'s first cell, and the row without it."""
    first = row[0].split("\n") if row and row[0] else []
    if len(first) > 1 and _HEADING.match(first[-1]):
        return first[-1], ["\n".join(first[:-1])] + list(row[1:])
    return None


def _split(t: RawTable, glued: set[int]) -> list[RawTable]:
    """``t`` cut before each glued row after its first one (each measure's own table again),
    each glued row split into its titles and its rest, a heading at its first cell's foot
    left as the last row of its piece (``headings.trailing_heading_rows`` gives it to the
    next table)."""
    pieces: list[tuple[list, list, list]] = [([], [], [])]
    for r, row in enumerate(t.rows):
        c_row = t.cell_conf[r] if t.cell_conf and r < len(t.cell_conf) else [1.0] * len(row)
        a_row = t.cell_alt[r] if t.cell_alt and r < len(t.cell_alt) else [None] * len(row)
        if r not in glued:
            for part, x in zip(pieces[-1], (row, c_row, a_row)):
                part.append(x)
            continue
        if pieces[-1][0]:
            rows, conf, alt = pieces[-1]
            if r - 1 not in glued and r - 1 > 0 and (cut := _foot_heading(rows[-1])) is not None:
                # the row before, read apart from its header (51102 p5 since 0.38.0's grid), ends
                # with the next table's heading too
                rows[-1] = cut[1]
                rows.append([cut[0]] + [""] * (len(row) - 1))
                conf.append(conf[-1])
                alt.append([None] * len(row))
            pieces.append(([], [], []))
        rows, conf, alt = pieces[-1]
        head = [x.strip().split("\n")[0] if x and x.strip() else x for x in row]
        body = ["\n".join(x.strip().split("\n")[1:]) if x and x.strip() else x for x in row]
        heading = None
        if r != len(t.rows) - 1 and (cut := _foot_heading(body)) is not None:
            heading, body = cut
        rows += [head, body]
        conf += [c_row, c_row]
        alt += [[None] * len(row), a_row]
        if heading is not None:
            rows.append([heading] + [""] * (len(row) - 1))
            conf.append(c_row)
            alt.append([None] * len(row))
    return [replace(t, rows=rows, cell_conf=conf if t.cell_conf else None, cell_alt=alt if t.cell_alt else None,
                    flags=sorted(set(t.flags) | {"header_glued_to_rows"})) for rows, conf, alt in pieces]


def _title_rows(raws: list[RawTable]) -> dict[str, int]:
    """Each table's header rows (``_title_line_rows``) as their cells' text joined and squashed,
    with the number of tables printing each."""
    out: dict[str, int] = {}
    for t in raws:
        for k in {"".join(_squash(x) for _, x in filled) for filled in _title_line_rows(t)}:
            out[k] = out.get(k, 0) + 1
    return out


def _first_row_glued(row: list, titles: dict[str, int]) -> tuple[list, list] | None:
    """Row 0 of a scanned table split into the header the page repeats and the first body row,
    when the title lines it opens with, read left to right, are another table's header row.

    fresh38s 57110 p4 (200 dpi, a per-question table going on from the page before): the grid
    read the repeated header and the first question as one row, ``๐๒ | ข้อที่ | ข้อคำถาม⏎ข้อมูล
    ผู้บริหาร | ผลคะแนน⏎5๓.9๘``; with no header found the table was of no kind and its 25 questions
    were lost (``tables not understood on p4``; the document's other pages print the header
    alone, ``ข้อที่ ข้อคำถาม | ผลคะแนน``). A cell that is one title line is all header; a cell of
    several lines whose first is a title line gives that line to the header; any other cell
    (the code ``๐๒``, printed on the body's line) is all body. At least two cells must go on
    under their title, and the titles joined must be a header row printed by another table."""
    head, body, split = [], [], 0
    for x in row:
        lines = [ln for ln in (x or "").split("\n") if ln.strip()]
        if not lines:
            head.append(x)
            body.append(x)
        elif _NOT_TITLE.search(lines[0]) or len(_squash(lines[0])) < 3:
            head.append("")
            body.append(x)
        elif len(lines) == 1:
            head.append(lines[0])
            body.append("")
        else:
            head.append(lines[0])
            body.append("\n".join(lines[1:]))
            split += 1
    key = "".join(_squash(x) for x in head if x)
    return (head, body) if split >= 2 and titles.get(key, 0) >= 1 else None


def _split_first_row(t: RawTable, titles: dict[str, int]) -> RawTable:
    own = {"".join(_squash(x) for x in row if x and x.strip()) for row in t.rows[:3]}
    # a header row counts when another table prints it (the table's own rows aside)
    cut = _first_row_glued(t.rows[0], {k: n - (k in own) for k, n in titles.items()})
    if cut is None:
        return t
    conf = t.cell_conf[:1] * 2 + t.cell_conf[1:] if t.cell_conf else t.cell_conf
    alt = [[None] * len(t.rows[0])] + t.cell_alt if t.cell_alt else t.cell_alt
    return replace(t, rows=[cut[0], cut[1]] + t.rows[1:], cell_conf=conf, cell_alt=alt,
                   flags=sorted(set(t.flags) | {"header_glued_to_rows"}))


def split_glued_headers(raws: list[RawTable]) -> list[RawTable]:
    """``raws`` with each OCR table's rows that carry the header on top split (module doc)."""
    known = _header_rows(raws)
    titles = _title_rows(raws)
    out: list[RawTable] = []
    for t in raws:
        if t.method != "ocr" or not t.rows:
            out.append(t)
            continue
        t = _split_first_row(t, titles)
        keys = {r: k for r, row in enumerate(t.rows) if (k := _key(row)) is not None}
        seen: dict[tuple, int] = {}
        for k in keys.values():
            seen[k] = seen.get(k, 0) + 1
        glued = {r for r, k in keys.items() if seen[k] >= 2 or k in known}
        out += _split(t, glued) if glued else [t]
    # a table cut in two: the page's tables numbered again, in order
    if len(out) == len(raws):
        return out
    seen_on: dict[int, int] = {}
    for k, t in enumerate(out):
        i = seen_on[t.page] = seen_on.get(t.page, -1) + 1
        if t.index != i:
            out[k] = replace(t, index=i)
    return out
