"""Header rows of a cleaned table (``normalizers.tables.grid.build_table``): how many of its
first rows are column titles (``header_depth``, ``merged_header_depth``, ``typed_header_depth``),
title rows over a header (``_title_rows``) and when they are a two-level header's upper rows
(``_upper_header_rows``). Evidence: the header vocabulary's words (data:
``normalizers/data/header_vocab.json``), what the cells below hold, and merged cells."""
from __future__ import annotations

import re
from typing import Optional

from normalizers.tables.text import loose, squash
from normalizers.tables.vocab import STRONG, cell_evidence, header_words, vocab


# Words that only occur in column headers of ITA tables (compared with spaces removed); the
# list is data (``normalizers/data/header_vocab.json``, ``header_row_words``)
HEADER_WORDS = vocab().header_row_words
# the vocabulary's role-naming words: a header cell holding only them is short
VOCAB_HEADER_WORDS = tuple(w for w in header_words() if len(w) >= 4 and w not in HEADER_WORDS)
VOCAB_HEADER_LEN = 45


def _header_cell(c: str, limit: int = 160) -> bool:
    """Whether a (squashed) cell reads like a column title."""
    if len(c) <= limit and any(w in c or loose(w) in loose(c) for w in HEADER_WORDS):
        return True
    return len(c) <= min(limit, VOCAB_HEADER_LEN) and any(w in c for w in VOCAB_HEADER_WORDS)


_NUMERIC = re.compile(r"^[\s(]*[0-9๐-๙]+(?:[.,][0-9๐-๙]+)?[\s)]*(?:คะแนน)?\s*$")


# a cell starting where no Thai word starts: a vowel or mark that follows its consonant, or a
# consonant its silencing mark (์) cancels: the rest of a word a page break cut (``ธ์`` of ``…สัมพันธ์``)
MID_WORD = re.compile("^\\s*(?:[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]|[\u0e01-\u0e2e][\u0e48-\u0e4b]?\u0e4c)")
_LIST_START = re.compile(r"^(?:\(?[0-9๐-๙]{1,2}[.)]|[-–•]\S)")  # ``1.``, ``(2)``, ``-item``
# cells only data rows hold: a date (``ต.ค.๖๘``), a question code before its text (``i1คำถาม``)
# a list number whose point OCR dropped, then a word (``1 มาตรการพัฒนา…``): no column title starts so
# (scan26's unseen 35000: a bare table's first measure row taken for a second header row, lost unflagged)
_BARE_ITEM = re.compile(r"^[0-9๐-๙]{1,2}\s+[\u0e01-\u0e2e\u0e40-\u0e44]")
_DATA_CELL = re.compile(r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.?[0-9๐-๙]{2}"
                        r"|^[iIeEoO][0-9๐-๙]{1,2}(?:[\u0e01-\u0e2e\u0e40-\u0e44]|$)")
# a numbered item inside a cell's text (squashed: ``…ของหน่วยงาน2.แต่งตั้ง…``): two or more are the
# steps of a measure, never a column title (dev seed 18230 docx: a row's rest at a page's top)
_INNER_ITEM = re.compile(r"[\u0e01-\u0e4e][0-9๐-๙]{1,2}\.[\u0e01-\u0e4e]")


def is_header_row(cells: list[str]) -> bool:
    """A row of column titles: most non-empty cells hold header words and none is a number."""
    filled = [squash(c) for c in cells if c.strip()]
    if not filled:
        return False
    if any(_NUMERIC.match(c) or _DATA_CELL.search(c) or _LIST_START.match(c) or len(_INNER_ITEM.findall(c)) >= 2
           or _SCORE_IN.search(c) for c in filled) or any(_BARE_ITEM.match(c.strip()) for c in cells):
        # numbers, dates, codes, list items and scores are data (a score with its decimals in a
        # cell, ``ดำเนินงาน (๖๗.๖๓ คะแนน)``: fresh35 51025 docx p7, a measure's rest at the top of
        # a page, its words ``ตัวชี้วัด`` and ``ดำเนินงาน`` read as column titles, the rest lost unflagged)
        return False
    if _grouping_heading(cells):
        return False
    hits = sum(1 for c in filled if _header_cell(c))
    return hits >= max(1, (len(filled) + 1) // 2) and (hits >= 2 or len(filled) == 1 and hits == 1 and len(cells) == 1)


_SCORE_IN = re.compile(r"[0-9๐-๙]{1,3}\.[0-9๐-๙]{2}")


def _grouping_heading(cells: list[str]) -> bool:
    """An indicator or tool heading printed with its score across the cells of a row
    (``ตัวชี้วัดที่ ๓ | การใช้อำนาจ (๗๑.๓๒ คะแนน)``, a heading line taken into a table drawn
    without rules): a grouping row of the body, not column titles, whatever words it holds."""
    from normalizers.tables.cells import INDICATOR, TOOL, cell_type

    text = " ".join(c.strip() for c in cells if c.strip())
    return bool(_SCORE_IN.search(text)) and cell_type(text) in (INDICATOR, TOOL)


_RX_QUESTION_ROW = re.compile(r"^[\[(|]?\s*[iIeEoO]\s?[0-9\u0e50-\u0e59]")


def _is_question_row(cells: list[str]) -> bool:
    """A row that starts with a question code (``i๑๐ เจ้าหน้าที่…``) is data, even when its
    score cell is unreadable and its other cells hold header words (``ข้อคำถามที่ได้คะแนน…``)."""
    first = next((c.strip() for c in cells if c.strip()), "")
    return bool(_RX_QUESTION_ROW.match(first))


# filled cells from which a table's first row with two cells of body evidence (``body_evidence``)
# is data whatever header words its cells start with (``ตัวชี้วัดที่๒ …`` | ``โครงการ…`` |
# ``1 จัดทำ… 2 สรุป…``): a scanned measures table continued on a page without its header
# (fresh20s 20310 p5-p7: the measure rows taken for a header, the parts not stitched, 4 of 6
# measures lost). A question table's header fused with its first row fills two or three cells.
FIRST_ROW_CELLS = 4
# a cell's start no column title has: a list number (``1 จัดกิจกรรม…``, ``๑) โครงการ…``) or an
# indicator named by its number (``ตัวชี้วัดที่๒ …``)
_BODY_START = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)]?\s|ตัว[ชข]ี้วัดที่?\s*[0-9๐-๙])")


def _body_first_row(row: list[str]) -> bool:
    """May a table's first row be told data by its body evidence: ``FIRST_ROW_CELLS`` filled
    cells or more, one of them starting as only a body cell does (``_BODY_START``)? A header
    fused with its first row starts every cell with its title (``มาตรการ/แนวทาง⏎๑) โครงการ…``:
    dev seed 21722 p5), and stays a header."""
    filled = [c for c in row if c.strip()]
    return len(filled) >= FIRST_ROW_CELLS and any(_BODY_START.match(c) for c in filled)


def header_depth(cells: list[list[str]]) -> int:
    """Number of leading header rows (0, 1 or 2; 3 when a group title row, read as a row of
    its own, stands between the top row and the sub-column titles)."""
    depth = 0
    for i, row in enumerate(cells[:2]):
        if _is_question_row(row) or (i or _body_first_row(row)) and body_evidence(row) >= 2:
            break
        if is_header_row(row) or (depth >= 1 and _is_subheader(row)):
            depth += 1
        elif i == 1 and depth == 1 and _is_group_title(row) and len(cells) > 2 \
                and not _is_question_row(cells[2]) and (is_header_row(cells[2]) or _is_subheader(cells[2])):
            return 3
        else:
            break
    if depth == 0 and _upper_level_over(cells):
        return 2
    if depth == 0 and len(cells) > 2 and is_header_row(cells[1]) and _noisy_upper(cells[0]):
        return 2
    if depth == 0 and len(cells) > 3 and _is_group_title(cells[1]) and _upper_level_over([cells[0], *cells[2:]]):
        return 3  # the same, with the group title over the sub-columns read as a row of its own
    return depth


NOISY_TITLE_LEN = 30  # squashed letters of a title or a speck run in a header's upper row


def _noisy_upper(row: list[str]) -> bool:
    """An upper header row OCR read with specks and a garbled group title (``- -`` | ``เณ ๕๖ -`` |
    ``ระยะเวลา`` | ``การถำผลกา⏎การเ!`` | ``รวิเคราะห์ไปสู่⏎)ฐบัต``: held-out fresh31u 43202 p4, p5, 300 dpi, a
    bare measures table whose two-level header was taken for body rows, every measure lost, flagged):
    short cells only, a column title among them, nothing a body row holds."""
    filled = [squash(c) for c in row if c and c.strip()]
    specks = [c for c in filled if not re.search(r"[\u0e01-\u0e2eA-Za-z]", c)]  # ``- -``, ``|``: no letter at all
    return bool(filled) and bool(specks) and all(len(c) <= NOISY_TITLE_LEN for c in filled) \
        and body_evidence(row) == 0 and any(_header_cell(c) for c in filled) and not _is_question_row(row)


_CODE_START = re.compile(r"^[\[(|]?\s*[iIeEoO][0-9๐-๙]{1,2}(?:\s|[,\-–]|$)")
_STEPS_BARE = re.compile(r"^\(?[1๑][.)]?\s*\S.*\s\(?[2๒][.)]?\s*\S")  # ``1 แต่งตั้ง… 2 จัดทำ…``: dots OCR dropped
_DIGIT = re.compile(r"[0-9๐-๙]")
BODY_PROSE_LEN = 90  # letters: longer than any column title (a measure, an analysis, its steps)


def body_evidence(cells: list[str]) -> int:
    """How many cells of a row hold what only a measures or scores table's body prints,
    by their content type, whatever header words they start with: a question code (``i๑๐ ๑๒
    คะแนน…``, ``o๙ ๐๑๕ …``), a period with its year (``ตลอดปีงบประมาณ ๒๕๖๙``), numbered steps
    (with or without the dots OCR drops: ``1 แต่งตั้ง… 2 จัดทำ…``), an indicator with its number
    or score (``ตัวชี้วัดที่๑ การปฏิบัติหน้าที่``), a score, or prose longer than a title. A
    scanned m8 table's single body row under a two-level header read as one row starts its
    cells with header words (``ตัวชี้วัดที่…``, ``มาตรการนี้…``): two such cells make it data
    (dev seed 18008 scanned, pages 7-9: the body taken for a second header row, 3 measures lost)."""
    from normalizers.tables.cells import CODE_TEXT, CODES, INDICATOR, PERIOD, SCORE, STEPS, cell_type

    n = 0
    for c in cells:
        sq = squash(c)
        if not sq:
            continue
        kind = cell_type(c)
        if kind in (CODE_TEXT, CODES, STEPS, SCORE) or _CODE_START.match(c.strip()) or _STEPS_BARE.match(c.strip()) \
                or kind in (PERIOD, INDICATOR) and _DIGIT.search(c) or _SCORE_IN.search(c) \
                or len(sq) > BODY_PROSE_LEN:
            n += 1
    return n


def _upper_level_over(cells: list[list[str]]) -> bool:
    """A first row that is too few header words to read as one (a group title over
    sub-columns cut into pieces where columns were found by text alignment: ``กา |
    รนำผลการวิเคร | าะห์ไปสู่…``, beside ``งบประมาณ``) above a row of column titles: the
    upper level of a two-level header. Every cell of it is a short title, one a header word;
    the row below reads as sub-column titles (some positions empty under the spans)."""
    if len(cells) < 3 or _is_question_row(cells[1]) or not (is_header_row(cells[1]) and _is_subheader(cells[1])):
        return False
    top = [squash(c) for c in cells[0] if c.strip()]
    # a header word cut between two cells counts joined (``กา | รดำเนินงาน``: dev seed 17240 html)
    pieces = top + [a + b for a, b in zip(top, top[1:])]
    return len(top) >= 2 and all(_title_like(c) for c in top) and any(_header_cell(c) for c in pieces)


def _is_group_title(cells: list[str]) -> bool:
    """A row holding only the title of a group of sub-columns (``การดำเนินงาน`` over
    ``ขั้นตอน | ช่วงเวลา | ผู้รับผิดชอบ``): one short header-word cell, not in the first column."""
    filled = [c for c, x in enumerate(cells) if x.strip()]
    return len(cells) > 2 and len(filled) == 1 and filled[0] > 0 and _header_cell(squash(cells[filled[0]]), 40)


def _is_subheader(cells: list[str]) -> bool:
    """Second header level: short cells, at least one header word, no numbers, first cell often empty."""
    filled = [squash(c) for c in cells if c.strip()]
    if not filled or len(filled) == len(cells) and len(cells) > 2 or any(_NUMERIC.match(c) for c in filled):
        return False
    if len(filled) == 1 and len(cells) > 1 or any(_DATA_CELL.search(c) or _LIST_START.match(c) for c in filled):
        return False  # one cell across the table is a heading row (``แบบวัด … (IIT)``), not sub-columns
    hits = sum(1 for c in filled if _header_cell(c, 80))
    return all(len(c) <= 80 for c in filled) and hits * 2 >= len(filled)


_ITEMS = re.compile(r"(?:^|\s)\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])")  # ``5.``, ``(6)`` starting a list item


def _title_rows(cells: list[list[str]]) -> int:
    """Leading rows that hold a single spanning cell (a heading inside the table). A cell of two
    or more numbered items is a row's rest, never a title (fresh18 18412 docx: page 6's first
    row, steps 4-8 of measure 1 over the next measure's heading and header, was dropped as a
    title and the steps lost in an ``ok`` document)."""
    n = 0
    for row in cells:
        filled = [c for c in row if c.strip()]
        if len(row) > 1 and len(filled) == 1 and not is_header_row(row) and n < 3 \
                and len(_ITEMS.findall(filled[0])) < 2:
            n += 1
        elif n < 3 and split_title(row):
            n += 1
        else:
            break
    return n


_FISCAL_YEAR = re.compile(r"ปีงบประมาณ\D{0,6}[0-9๐-๙]{4}")
TITLE_MAX = 160  # characters of a title row, spaces removed: a measure row with its steps is longer


def split_title(row: list[str]) -> bool:
    """The report's title cut across a table's columns, as the grid of a scanned page reads it
    (``มาตรการส่งเสริมคุณธ | รรมและความโปร่งใสภายใ… | ปีงบประมาณพ ศ 2567``, dev seed 28015
    scanned p2: the title taken for the header, the real header for a body row, the table of no
    kind and its 4 measures lost): two or more filled cells, no header row, no list items, short,
    and read together they hold a title word (``title_words`` of the header vocabulary) and a
    fiscal year. ``build_table`` keeps it a body row unless a header follows it."""
    filled = [c for c in row if c.strip()]
    if len(filled) < 2 or is_header_row(row) or any(len(_ITEMS.findall(c)) for c in filled):
        return False
    t = squash("".join(filled))
    return len(t) <= TITLE_MAX and any(w in t for w in vocab().title_words) and bool(_FISCAL_YEAR.search(t))


def _title_like(c: str) -> bool:
    """A short cell that holds no data (no number, date or question code)."""
    c = squash(c)
    return bool(c) and len(c) <= 90 and not _NUMERIC.match(c) and not _DATA_CELL.search(c) \
        and not re.search(r"[0-9๐-๙]{1,3}\.[0-9๐-๙]{2}", c)


def merged_header_depth(raw_rows: list[list[Optional[str]]], cells: list[list[str]]) -> int:
    """Two header levels told by their merged cells, whatever their words: the first row has
    a cell spanning sub-columns (covered positions to its right) and cells spanning down
    (covered positions below them in the second row), and the second row titles the
    sub-columns. Every cell of both rows is short and holds no data."""
    if len(raw_rows) < 3 or len(cells) < 3:
        return 0
    top, sub = raw_rows[0], raw_rows[1]
    n = max(len(top), len(sub))
    at = lambda row, c: row[c] if c < len(row) else None  # noqa: E731
    spans_right = any(at(top, c) and at(top, c + 1) is None for c in range(n - 1))
    spans_down = any(at(top, c) and at(sub, c) is None for c in range(n))
    sub_titles = [c for c in range(n) if at(sub, c)]
    if not (spans_right and spans_down and len(sub_titles) >= 2):
        return 0
    if not all(_title_like(x) for x in cells[0] + cells[1] if x.strip()):
        return 0
    if _is_question_row(cells[1]):
        return 0
    return 2


CUT_FOOT_ROWS = 3  # body rows from which the last one may be a page break's cut row


def typed_header_depth(cells: list[list[str]], lines: list[list[str]] | None = None) -> int:
    """One header row told by what the columns hold, whatever its words: every cell of the
    first row is a short title, and some column holds scores, question codes, periods or
    steps in (nearly) every other row but a title in the first (``หัวข้อ | ค่าที่ได้`` over
    ``i๑ … | ๘๖.๕๐``; ``เวลา`` over ``ต.ค. ๖๘ - ธ.ค. ๖๘``). With a single body row, two
    such columns are needed. A body cell's type is read with its printed lines when given
    (``- ขั้นตอน`` items, one unit per line)."""
    from normalizers.tables.cells import CODE_TEXT, CODES, INT, PERIOD, SCORE, STEPS, UNITS, cell_type

    # (a column of bare question codes too: no title is a code; fresh33k 47411 docx, unknown titles)
    typed = (SCORE, INT, CODE_TEXT, CODES, PERIOD, STEPS, UNITS)
    ln = lambda r, c: lines[r][c] if lines and r < len(lines) and c < len(lines[r]) else ""  # noqa: E731
    if len(cells) < 2 or not all(_title_like(x) for x in cells[0] if x.strip()) \
            or sum(1 for x in cells[0] if x.strip()) < 2:
        return 0
    if any(_LIST_START.match(squash(x)) or MID_WORD.match(x) for x in cells[0]):
        return 0  # a list item, a word's rest: a row's rest the page break cut (fresh13 9144 docx), no titles
    if any(_INNER_ITEM.search(squash(x)) for x in cells[0]):
        return 0  # a numbered item inside a cell (``…ถือปฏิบัติ ๒. ประเมินผล…``): steps a page break
        # cut, no title (dev seed 29038 docx, unknown titles: measure 4's rest read as page 3's header, lost)
    if 2 * sum(1 for x in cells[0] if x.strip()) < max(sum(1 for x in r if x.strip()) for r in cells[1:]):
        return 0  # titles over fewer than half the columns a body row fills: a row's rest the page break
        # cut (``เนื่อง | ประชาชน`` over a measure's row, dev seed 2425 docx: read as a header, the rest lost)
    hits = 0
    for c in range(len(cells[0])):
        if not cells[0][c].strip():
            continue
        # a title read as typed (``ส่วนที่ ๒`` over ``ลำดับการทำ`` in one cell: units, one a line)
        # still titles a column of another type; a cell of its column's own type is a body row
        head = cell_type(cells[0][c])
        body = [cell_type(r[c], ln(i, c)) for i, r in enumerate(cells) if i and c < len(r) and r[c].strip()]
        for kind in typed:
            if head == kind or kind == SCORE and head == INT or head == SCORE and kind == INT:
                continue
            of_kind = [t == kind or kind == SCORE and t == INT for t in body]
            # the table's last row may be one a page break cut (``ตัวชี้วัดที่ | o26 o27 | ปีงบปร``): it
            # is not held against its column (fresh32k 45417 docx, unknown titles: the header of a
            # 4-row table read as a measure, flagged, its period column typed 3 of 4)
            if body and (sum(of_kind) >= 0.8 * len(body) or len(body) >= CUT_FOOT_ROWS and all(of_kind[:-1])):
                hits += 1
                break
    return 1 if hits >= (1 if len(cells) >= 3 else 2) else 0


BAND_ROWS = (3, 2)  # rows of a header band told by what its columns hold, tallest first


def typed_header_band(cells: list[list[str]], lines: list[list[str]] | None = None) -> int:
    """Two or three header rows in words no vocabulary holds, told by what the columns hold
    (``typed_header_depth`` of the rows joined column by column): each row short titles only
    (a group title alone, titles of the columns beside the group, the group's sub-column titles,
    as a Word table without rules gives them line by line: fresh33k 47411 docx, every title from
    the corpus's unknown bank, the three rows read as measures, flagged). 0 when none."""
    for k in BAND_ROWS:
        if len(cells) <= k:
            continue
        band = cells[:k]
        if any(_is_question_row(r) or not any(x.strip() for x in r) for r in band):
            continue
        if not all(_title_like(x) and len(squash(x)) <= SUBTITLE_LEN and not _LIST_START.match(squash(x))
                   and not MID_WORD.match(x) for r in band for x in r if x.strip()):
            continue
        n = max(len(r) for r in band)
        joined = [" ".join(r[c] for r in band if c < len(r) and r[c].strip()) for c in range(n)]
        if typed_header_depth([joined, *cells[k:]], [joined, *lines[k:]] if lines else None) == 1:
            return k
    return 0


def _depth(raw_rows, cells, lines=None) -> int:
    """Header rows by their words, else by merged cells, else by what the columns hold; two
    levels told by merged cells win over one told by words (a known group word over
    sub-column titles in words no vocabulary holds)."""
    words = header_depth(cells)
    if words == 1:
        depth = max(words, merged_header_depth(raw_rows, cells))
    else:
        depth = words or merged_header_depth(raw_rows, cells) or typed_header_depth(cells, lines) \
            or typed_header_band(cells, lines)
    if depth == 1 and (_typed_subheader(cells[1:], lines[1:] if lines else None, cells[0])
                       or _covered_subheader(raw_rows, cells)):
        depth = 2
    return _covered_below(raw_rows, cells, depth) if depth >= 2 else depth


def _covered_below(raw_rows: list[list[Optional[str]]], cells: list[list[str]], depth: int) -> int:
    """A header of two rows or more, with the rows below it that the top row's titles still run
    down through (covered in every row since the top), whose own cells are short titles holding
    no data: a third level (fresh40j 61410 docx, unknown titles: an empty top cell over a group
    title over three sub-titles, the sub-titles read as each table's first body row and the codes
    column under them left unmapped, its codes lost). A body row is never covered by the top row."""
    at = lambda j, c: raw_rows[j][c] if c < len(raw_rows[j]) else None  # noqa: E731
    titled = [c for c, x in enumerate(raw_rows[0]) if x] if raw_rows else []
    while depth < min(len(raw_rows), len(cells)) - 1:
        down = [c for c in titled if all(at(j, c) is None for j in range(1, depth + 1))]
        own = [x for x in cells[depth] if x.strip()]
        if not own or 2 * len(down) < len(titled) or _is_question_row(cells[depth]) \
                or not all(_title_like(x) and len(squash(x)) <= SUBTITLE_LEN for x in own):
            break
        depth += 1
    return depth


def _covered_subheader(raw_rows: list[list[Optional[str]]], cells: list[list[str]]) -> bool:
    """A second header row told by the header cells above running down through it, whatever
    its words: at least half its positions covered where the header row prints a title (a
    one-level title beside a group, or a title wrapped onto the row below, spans both rows),
    its own cells short titles holding no data. A body row lies under the header band."""
    if len(raw_rows) < 3 or len(cells) < 3 or _is_question_row(cells[1]):
        return False
    top, sub = raw_rows[0], raw_rows[1]
    n = len(top)
    # a position covered by a cell of the row itself spanning right (a heading across the
    # table: any position right of the row's first cell) is no header cell running down
    at = lambda c: sub[c] if c < len(sub) else None  # noqa: E731
    first = next((c for c in range(n) if at(c) is not None), n)
    down = sum(1 for c in range(first) if top[c])
    own = [x for x in cells[1] if x.strip()]
    # (or fewer covered, the rest titled: a group title over four of seven sub-columns, fresh37j
    # 55419 html, unknown titles: the sub-titles read as each table's first measure)
    return (2 * down >= n or down >= 2 and down + len(own) >= n) and bool(own) \
        and all(_title_like(x) and len(squash(x)) <= SUBTITLE_LEN for x in own)


SUBTITLE_LEN = 40  # letters: the longest sub-column title told by the cells below it alone


def _typed_subheader(cells: list[list[str]], lines: list[list[str]] | None, upper: list[str]) -> bool:
    """A second header row in words no vocabulary holds (sub-column titles under an upper row
    told by its cells or merges): two or more short titles, one of them under an
    empty position of the upper row (a group cell's span: a row's rest cut by a page break
    lies under a full header), over columns whose body cells are typed (steps, periods, units,
    codes, scores) where the titles are not; nothing in the row a body row of an ITA table
    prints (an indicator, a code, a number)."""
    from normalizers.tables.cells import CODE_TEXT, CODES, INDICATOR, INT, PERIOD, SCORE, STEPS, UNITS, cell_type

    if len(cells) < 3:
        return False
    row = cells[0]
    filled = [c for c, x in enumerate(row) if x.strip()]
    if len(filled) < 2 or any(len(squash(row[c])) > SUBTITLE_LEN or not _title_like(row[c])
                              or cell_type(row[c]) in (INDICATOR, CODES, CODE_TEXT) for c in filled):
        return False
    if not any(c >= len(upper) or not upper[c].strip() for c in filled):
        return False
    typed = (SCORE, INT, CODE_TEXT, PERIOD, STEPS, UNITS)
    ln = lambda r, c: lines[r][c] if lines and r < len(lines) and c < len(lines[r]) else ""  # noqa: E731
    for c in filled:
        if cell_type(row[c]) in typed:
            return False
        body = [cell_type(r[c], ln(i, c)) for i, r in enumerate(cells) if i and c < len(r) and r[c].strip()]
        if len(body) >= 2 and any(sum(1 for t in body if t == k or k == SCORE and t == INT) >= 0.8 * len(body)
                                  for k in typed):
            return True
    return False


def _upper_header_rows(cells: list[list[str]], n: int, depth: int) -> bool:
    """Are the ``n`` leading one-cell rows (``_title_rows``) a two-level header's upper rows,
    read a line each (a header shaded as one block, its merged titles at different heights:
    ``มาตรการ`` over column 0, then ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over columns 1-3)?
    Two or more, each a short column title without a digit, each in a column of its own
    (headings inside a table start at its first column), one of them the measure column's
    title that the header rows under them (to ``depth``) lack. Taken for titles, they left
    the measure column without its title (fresh13 seed 9127 docx: measure 1 lost); a header
    titling its measure column keeps them as titles (a two-level header's other upper titles,
    ``ตัวชี้วัด``, mapped as a column, split a combined period/unit column's rows: s9148)."""
    seen: set[int] = set()
    for row in cells[:n]:
        c = next(k for k, x in enumerate(row) if x.strip())
        x = squash(row[c])
        if c in seen or any(ch.isdigit() for ch in x) or not _header_cell(x, SUBTITLE_LEN):
            return False
        seen.add(c)
    measure = lambda x: any(r == "measure" and w >= STRONG for r, w in cell_evidence(x))  # noqa: E731
    return n >= 2 and any(measure(x) for row in cells[:n] for x in row if x.strip()) \
        and not any(measure(x) for row in cells[n:depth] for x in row if x.strip())


STACKED_MAX_ROWS = 4  # text lines of one header band a scanned grid may cut into rows
_LIST_ITEM = re.compile(r"^\(?[0-9๐-๙]{1,2}[.)]\s*[\u0e01-\u0e2e\u0e40-\u0e44]")  # ``๒. รวบรวม``, no ``(1)``


def stacked_header_lines(cells: list[list[str]]) -> bool:
    """Is a scanned table, all of it, one header whose cells' text lines the grid finder cut
    into rows of their own (a shaded header band of wrapped titles at different heights:
    ``ช่วง`` | ``ระยะเวลาในการดำเนิน`` | ``การ`` in one column, ``การดำเนินงาน`` over
    ``โครงการ/กิจกรรม``), with the body a table of its own under it? Two to ``STACKED_MAX_ROWS``
    rows, every cell a short title holding no data, no row with a body's evidence, and the
    rows joined column by column a header row naming two columns or more (fresh20s 20314 p5:
    the header read as a table of no kind, the body under it headerless, 4 of 5 measures
    lost; dev seed 21xxx). A row holding a numbered item (``๒. รวบรวมข้อมูล…``) is a measure's
    rest under a header repeated at a page's top, never a title line (unseen 62105 p6: taken for
    the header's second line, measure 4's rest lost without a flag)."""
    if not 2 <= len(cells) <= STACKED_MAX_ROWS or len({len(r) for r in cells}) != 1 or len(cells[0]) < 3:
        return False
    if any(_LIST_ITEM.match(squash(x)) for r in cells[1:] for x in r):
        return False
    if any(x.strip() and not (_title_like(x) and len(squash(x)) <= SUBTITLE_LEN) for r in cells for x in r) \
            or any(body_evidence(r) for r in cells):
        return False
    joined = [" ".join(r[c].strip() for r in cells if r[c].strip()) for c in range(len(cells[0]))]
    if sum(1 for x in joined if x) < 3 or any(len(squash(x)) > 2 * SUBTITLE_LEN for x in joined):
        return False
    return is_header_row(joined) and sum(1 for x in joined if x and _header_cell(squash(x))) >= 2
