"""Clean tables: repaired cell text, header rows found, tables stitched across pages.

A chain of small pure functions over the extract stage's ``RawTable`` objects:

    clean_table   raw cells → repaired one-line strings (+ per-cell confidence, flags)
    header_depth  how many leading rows are column headers
    stitch        a table continued on the next page is joined to its first part; the
                  repeated header is dropped; a row broken across the page break is merged
    merge_continuations  rows whose key cells are empty carry on the row above

Nothing here knows what an ITA table means; ``normalizers.tables`` and ``normalizers.tables.roles`` do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.model import RawTable
from normalizers.thai.ocr_words import mend_ocr_text
from normalizers.tables.header import column_headers as _column_headers
from normalizers.tables.text import loose, squash
from normalizers.tables.vocab import STRONG, cell_evidence, header_words, vocab
from normalizers.thai.memo import repair  # remembered per document (normalizers.document)

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


@dataclass
class Row:
    cells: list[str]  # repaired cell text, wrapped lines joined
    page: int
    conf: list[float]
    page_last: int = 0
    flags: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # repaired cell text, line breaks kept
    alt: list[Optional[str]] = field(default_factory=list)  # OCR runner-up reading per cell (numbers)
    covered: list[bool] = field(default_factory=list)  # cell covered by a merged cell above or left

    def alt_of(self, c: Optional[int]) -> Optional[str]:
        """The other OCR reading of cell ``c``, if the recognizer had one."""
        return self.alt[c] if c is not None and c < len(self.alt) else None

    def __post_init__(self):
        if not self.page_last:
            self.page_last = self.page


@dataclass
class Table:
    """A table after repair (and, after ``stitch``, possibly spanning pages)."""

    page: int  # first page
    index: int
    header: list[list[str]]  # header rows (repaired)
    rows: list[Row]  # body rows
    n_cols: int
    col_x: Optional[list[float]] = None
    method: str = "text"
    flags: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # heading rows above the header
    last_index: int = -1  # index, on its last page, of the last part stitched into this table
    part_headers: list[list[list[str]]] = field(default_factory=list)  # each stitched part's header
    headings: list[str] = field(default_factory=list)  # heading line printed above it (page text)

    @property
    def page_last(self) -> int:
        return max([self.page] + [r.page_last for r in self.rows])

    def column_headers(self) -> list[list[str]]:
        """Each column's header texts, most specific (bottom) level first
        (``normalizers.tables.header.column_headers``)."""
        return _column_headers(self.header, self.n_cols)


# Thai puts a space before these words when they start a new phrase; a line that wraps
# right before one most likely wrapped at that space. Not และ / หรือ: the seeds glue them to
# the word before about twice as often as they space them (228 to 113, 158 to 90).
PHRASE_STARTS = ("โดย", "เพื่อ", "ซึ่ง", "รวมถึง", "รวมทั้ง", "ทั้งนี้", "อีกทั้ง",
                 "ตลอดจน", "เช่น", "ดังนั้น", "แต่")
# ไม้ยมก (ๆ) is followed by a space in Thai typography: a line ending in it (or a line
# starting with it) is joined with a space (``ต่าง ๆ ของ``)
_THAI_END = re.compile(r"[\u0e01-\u0e45\u0e47-\u0e4e]$")
_THAI_START = re.compile(r"^[\u0e01-\u0e45\u0e47-\u0e4e]")


def join_lines(lines: list[str]) -> str:
    """One cell's repaired lines → one line: no space where a line wrapped inside Thai text
    (Thai words are not space-separated), a space before a phrase-starting word and next to
    Latin letters, digits and punctuation."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith((" -", " –", " ถึง")) or line.startswith(("-", "–")) and out.endswith(" "):
            out += " " + line  # a range's dash (or ถึง) with spaces around it: ``พ.ย. ๖๘ - ม.ค. ๖๙``
        elif _THAI_END.search(out) and _THAI_START.match(line) and not line.startswith(PHRASE_STARTS):
            out += line
        elif out.endswith(("/", "-", "(")) or line.startswith((")", ",")):
            out += line
        else:
            out += " " + line
    return out


def repair_lines(text: str) -> list[str]:
    """Repair a raw cell line by line (line count kept, empty lines dropped)."""
    fixed = repair(text.replace("\r\n", "\n").replace("\r", "\n"))
    return [ln.strip() for ln in fixed.split("\n") if ln.strip()]


def clean_table(raw: RawTable) -> tuple[list[list[str]], list[list[float]], list[str], list[list[str]]]:
    """Repair every cell of a raw table. Returns (cells, confidences, flags, cell lines).

    Merged cells (None) become "". Cell-level repair flags are kept per table with the
    cell position, so a row can later pick up the flags of its own cells.
    """
    n = raw.n_cols
    cells: list[list[str]] = []
    confs: list[list[float]] = []
    flags: list[str] = []
    all_lines: list[list[str]] = []
    for r, row in enumerate(raw.rows):
        out, conf, lines = [], [], []
        for c in range(n):
            text = row[c] if c < len(row) else None
            if text is None or not text.strip():
                out.append("")
                lines.append("")
            else:
                ls = repair_lines(text)
                if raw.method == "ocr":
                    ls = [mend_ocr_text(ln) for ln in ls]
                out.append(join_lines(ls))
                lines.append("\n".join(ls))
            cc = 1.0
            if raw.cell_conf is not None and r < len(raw.cell_conf) and c < len(raw.cell_conf[r]):
                cc = float(raw.cell_conf[r][c])
            conf.append(cc)
        cells.append(out)
        confs.append(conf)
        all_lines.append(lines)
    return cells, confs, flags, all_lines


def cell_alts(raw: RawTable, r: int) -> list[Optional[str]]:
    """Row ``r``'s OCR runner-up readings (``RawTable.cell_alt``), one per column; [] if none."""
    alt = raw.cell_alt[r] if raw.cell_alt is not None and r < len(raw.cell_alt) else None
    if not alt or all(a is None for a in alt):
        return []
    return [alt[c] if c < len(alt) else None for c in range(raw.n_cols)]


# a cell starting where no Thai word starts: a vowel or mark that follows its consonant, or a
# consonant its silencing mark (์) cancels: the rest of a word a page break cut (``ธ์`` of ``…สัมพันธ์``)
MID_WORD = re.compile("^\\s*(?:[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]|[\u0e01-\u0e2e][\u0e48-\u0e4b]?\u0e4c)")
_LIST_START = re.compile(r"^(?:\(?[0-9๐-๙]{1,2}[.)]|[-–•]\S)")  # ``1.``, ``(2)``, ``-item``
# cells only data rows hold: a date (``ต.ค.๖๘``), a question code before its text (``i1คำถาม``)
_DATA_CELL = re.compile(r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.?[0-9๐-๙]{2}"
                        r"|^[iIeEoO][0-9๐-๙]{1,2}(?:[\u0e01-\u0e2e\u0e40-\u0e44]|$)")


def is_header_row(cells: list[str]) -> bool:
    """A row of column titles: most non-empty cells hold header words and none is a number."""
    filled = [squash(c) for c in cells if c.strip()]
    if not filled:
        return False
    if any(_NUMERIC.match(c) or _DATA_CELL.search(c) or _LIST_START.match(c) for c in filled):
        return False  # numbers, dates, codes and list items are data
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


def header_depth(cells: list[list[str]]) -> int:
    """Number of leading header rows (0, 1 or 2; 3 when a group title row, read as a row of
    its own, stands between the top row and the sub-column titles)."""
    depth = 0
    for i, row in enumerate(cells[:2]):
        if _is_question_row(row):
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
    if depth == 0 and len(cells) > 3 and _is_group_title(cells[1]) and _upper_level_over([cells[0], *cells[2:]]):
        return 3  # the same, with the group title over the sub-columns read as a row of its own
    return depth


def _upper_level_over(cells: list[list[str]]) -> bool:
    """A first row that is too few header words to read as one (a group title over
    sub-columns cut into pieces where columns were found by text alignment: ``กา |
    รนำผลการวิเคร | าะห์ไปสู่…``, beside ``งบประมาณ``) above a row of column titles: the
    upper level of a two-level header. Every cell of it is a short title, one a header word;
    the row below reads as sub-column titles (some positions empty under the spans)."""
    if len(cells) < 3 or _is_question_row(cells[1]) or not (is_header_row(cells[1]) and _is_subheader(cells[1])):
        return False
    top = [squash(c) for c in cells[0] if c.strip()]
    return len(top) >= 2 and all(_title_like(c) for c in top) and any(_header_cell(c) for c in top)


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


def _title_rows(cells: list[list[str]]) -> int:
    """Leading rows that hold a single spanning cell (a heading inside the table)."""
    n = 0
    for row in cells:
        filled = [c for c in row if c.strip()]
        if len(row) > 1 and len(filled) == 1 and not is_header_row(row) and n < 3:
            n += 1
        else:
            break
    return n


_RX_ARITH_ROW = re.compile(r"^(ocr_arith_(?:choice|mismatch)(?::[^:]+)?):r(\d+)$")


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


def arith_row_flags(table_flags: list[str], r: int) -> list[str]:
    """The OCR arithmetic flags ``check_table`` put on the table for its row ``r``
    (``ocr_arith_choice:EIT:r2`` -> ``ocr_arith_choice:EIT`` on row 2): a value chosen or
    doubted by the table's arithmetic is flagged on the record built from that row."""
    out = []
    for f in table_flags:
        m = _RX_ARITH_ROW.match(f)
        if m and int(m.group(2)) == r:
            out.append(m.group(1))
    return out


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


def typed_header_depth(cells: list[list[str]], lines: list[list[str]] | None = None) -> int:
    """One header row told by what the columns hold, whatever its words: every cell of the
    first row is a short title, and some column holds scores, question codes, periods or
    steps in (nearly) every other row but a title in the first (``หัวข้อ | ค่าที่ได้`` over
    ``i๑ … | ๘๖.๕๐``; ``เวลา`` over ``ต.ค. ๖๘ - ธ.ค. ๖๘``). With a single body row, two
    such columns are needed. A body cell's type is read with its printed lines when given
    (``- ขั้นตอน`` items, one unit per line)."""
    from normalizers.tables.cells import CODE_TEXT, INT, PERIOD, SCORE, STEPS, UNITS, cell_type

    typed = (SCORE, INT, CODE_TEXT, PERIOD, STEPS, UNITS)
    ln = lambda r, c: lines[r][c] if lines and r < len(lines) and c < len(lines[r]) else ""  # noqa: E731
    if len(cells) < 2 or not all(_title_like(x) for x in cells[0] if x.strip()) \
            or sum(1 for x in cells[0] if x.strip()) < 2:
        return 0
    if any(_LIST_START.match(squash(x)) or MID_WORD.match(x) for x in cells[0]):
        return 0  # a list item, a word's rest: a row's rest the page break cut (fresh13 9144 docx), no titles
    if 2 * sum(1 for x in cells[0] if x.strip()) < max(sum(1 for x in r if x.strip()) for r in cells[1:]):
        return 0  # titles over fewer than half the columns a body row fills: a row's rest the page break
        # cut (``เนื่อง | ประชาชน`` over a measure's row, dev seed 2425 docx: read as a header, the rest lost)
    hits = 0
    for c in range(len(cells[0])):
        if not cells[0][c].strip() or cell_type(cells[0][c]) in typed:
            continue
        body = [cell_type(r[c], ln(i, c)) for i, r in enumerate(cells) if i and c < len(r) and r[c].strip()]
        for kind in typed:
            if body and sum(1 for t in body if t == kind or kind == SCORE and t == INT) >= 0.8 * len(body):
                hits += 1
                break
    return 1 if hits >= (1 if len(cells) >= 3 else 2) else 0


def _depth(raw_rows, cells, lines=None) -> int:
    """Header rows by their words, else by merged cells, else by what the columns hold; two
    levels told by merged cells win over one told by words (a known group word over
    sub-column titles in words no vocabulary holds)."""
    words = header_depth(cells)
    if words == 1:
        depth = max(words, merged_header_depth(raw_rows, cells))
    else:
        depth = words or merged_header_depth(raw_rows, cells) or typed_header_depth(cells, lines)
    if depth == 1 and (_typed_subheader(cells[1:], lines[1:] if lines else None, cells[0])
                       or _covered_subheader(raw_rows, cells)):
        return 2
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
    return 2 * down >= n and bool(own) and all(_title_like(x) and len(squash(x)) <= SUBTITLE_LEN for x in own)


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


def build_table(raw: RawTable) -> Table:
    """Repair a raw table and split off its title rows and header rows."""
    cells, confs, flags, lines = clean_table(raw)
    ntitle = _title_rows(cells)
    titles = [" ".join(c for c in cells[r] if c) for r in range(ntitle)]
    if ntitle and _depth(raw.rows[ntitle:], cells[ntitle:], lines[ntitle:]) == 0:
        ntitle, titles = 0, []  # not followed by a header: keep them as body rows
    depth = ntitle + _depth(raw.rows[ntitle:], cells[ntitle:], lines[ntitle:])
    if depth > ntitle and _upper_header_rows(cells, ntitle, depth):
        ntitle, titles = 0, []  # the header's upper rows, not titles over it
    rows = []
    for r in range(depth, len(cells)):
        if not any(cells[r]):
            continue
        rflags = sorted({f.split("@")[0] for f in flags if f.endswith(f"@r{r}") or f"@r{r}c" in f}
                        | set(arith_row_flags(raw.flags, r)))
        raw_row = raw.rows[r] if r < len(raw.rows) else []
        covered = [c >= len(raw_row) or raw_row[c] is None for c in range(raw.n_cols)]
        rows.append(Row(cells=cells[r], page=raw.page, conf=confs[r], flags=rflags, lines=lines[r],
                        alt=cell_alts(raw, r), covered=covered if any(covered) else []))
    tflags = list(raw.flags)
    return Table(page=raw.page, index=raw.index, header=cells[ntitle:depth], rows=rows,
                 n_cols=raw.n_cols, col_x=raw.col_x, method=raw.method, flags=tflags, titles=titles)


def merge_rows(a: Row, b: Row) -> Row:
    """Append row ``b``'s cells to row ``a``'s (a row broken across pages or lines)."""
    cells = []
    for x, y in zip(a.cells, b.cells):
        if x and y:
            cells.append(join_text(x, y))
        else:
            cells.append(x or y)
    conf = [min(p, q) for p, q in zip(a.conf, b.conf)]
    flags = sorted(set(a.flags) | set(b.flags))
    lines = ["\n".join(x for x in (p, q) if x) for p, q in zip(a.lines or a.cells, b.lines or b.cells)]
    # a cell taken whole from one part keeps that part's other reading; a joined cell has none
    alt = [(a.alt_of(c) if x and not y else b.alt_of(c) if y and not x else None)
           for c, (x, y) in enumerate(zip(a.cells, b.cells))]
    return Row(cells=cells, page=a.page, conf=conf, page_last=max(a.page_last, b.page_last), flags=flags,
               lines=lines, alt=alt if any(v is not None for v in alt) else [], covered=a.covered)


def join_text(x: str, y: str) -> str:
    """Join two pieces of one cell's text split by a page break or a continuation row.

    A list item that starts the second piece (``๓.``, ``-``) keeps a space; otherwise the
    pieces are joined like wrapped lines."""
    if re.match(r"^\s*(?:[0-9๐-๙]{1,2}[.)]|[-•])", y):
        return f"{x} {y}"
    return join_lines([x, y])


def merge_continuations(table: Table, key_cols: list[int]) -> Table:
    """Merge body rows whose key columns are all empty into the row above (a fragment at
    the very top of a table — the first lines of a row cut by a page break — goes into the
    row below)."""
    if not key_cols:
        return table
    rows: list[Row] = []
    pending: Row | None = None
    for row in table.rows:
        empty_keys = all(not row.cells[c].strip() for c in key_cols if c < len(row.cells))
        if empty_keys and any(c.strip() for c in row.cells):
            if rows:
                rows[-1] = merge_rows(rows[-1], row)
            else:
                pending = row if pending is None else merge_rows(pending, row)
            continue
        if pending is not None:
            row = merge_rows(pending, row)
            row.flags = sorted(set(row.flags) | {"row_split_across_pages"})
            pending = None
        rows.append(row)
    if pending is not None:
        rows.append(pending)
    table.rows = rows
    return table
