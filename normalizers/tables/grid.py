"""Clean tables: repaired cell text, header rows found, tables stitched across pages.

A chain of small pure functions over the extract stage's ``RawTable`` objects:

    clean_table   raw cells → repaired one-line strings (+ per-cell confidence, flags)
    header_depth  how many leading rows are column headers (``normalizers.tables.header_rows``)
    stitch        a table continued on the next page is joined to its first part; the
                  repeated header is dropped; a row broken across the page break is merged
    merge_continuations  rows whose key cells are empty carry on the row above

Nothing here knows what an ITA table means; ``normalizers.tables`` and ``normalizers.tables.roles`` do.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from extractors.model import RawTable
from normalizers.thai.ocr_consensus import count_runs, mend_repeats
from normalizers.thai.ocr_words import mend_ocr_text
from normalizers.tables.header import column_headers as _column_headers
from normalizers.tables.header_rests import header_word_rests
from normalizers.tables.header_rows import _depth, _title_rows, _upper_header_rows, body_evidence, \
    is_header_row, stacked_header_lines
from normalizers.tables.text import squash
from normalizers.thai.memo import repair  # remembered per document (normalizers.document)

PART_HEADING = "part_heading:"  # a row flag: the heading printed over the stitched part the row starts
HEADERLESS_TOP = "part_top_headerless"  # a row flag: the first row of a stitched part with no header on its page


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


def _cell_lines(text: str | None, method: str) -> tuple[str, ...]:
    """A raw cell's repaired lines (OCR'd lines mended, ``mend_ocr_text``); () for an empty
    cell. Not memoised here: a document's OCR'd cells are read once to count their runs
    (``ocr_run_counts``), then again to build each table, and the Thai repair is remembered per
    document by ``normalizers.thai.memo`` (a process-wide cache here kept repairs from one
    document for the next: test_thai_repair_memo)."""
    if text is None or not text.strip():
        return ()
    ls = repair_lines(text)
    return tuple(mend_ocr_text(ln) for ln in ls) if method == "ocr" else tuple(ls)


def ocr_run_counts(raws: list[RawTable]) -> Counter:
    """How often each Thai run occurs in the mended lines of the OCR'd tables ``raws``: the
    evidence ``clean_table`` mends a misread copy of a repeated run with (``ocr_consensus``)."""
    return count_runs(ln for raw in raws if raw.method == "ocr" for row in raw.rows
                      for text in row for ln in _cell_lines(text, raw.method))


def clean_table(raw: RawTable, runs: Counter | None = None) -> tuple[list[list[str]], list[list[float]], list[str], list[list[str]]]:
    """Repair every cell of a raw table. Returns (cells, confidences, flags, cell lines).

    Merged cells (None) become "". Cell-level repair flags are kept per table with the
    cell position, so a row can later pick up the flags of its own cells.
    """
    n = raw.n_cols
    cells: list[list[str]] = []
    confs: list[list[float]] = []
    flags: list[str] = []
    all_lines: list[list[str]] = []
    cell_lines = [[list(_cell_lines(row[c] if c < len(row) else None, raw.method)) for c in range(n)]
                  for row in raw.rows]
    if raw.method == "ocr":
        cell_lines = mend_repeats(cell_lines, runs)
    for r, row in enumerate(raw.rows):
        out, conf, lines = [], [], []
        for c in range(n):
            ls = cell_lines[r][c]
            out.append(join_lines(ls) if ls else "")
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


_RX_ARITH_ROW = re.compile(r"^(ocr_arith_(?:choice|mismatch)(?::[^:]+)?):r(\d+)$")


REFIT_ROW = {"table_columns_refit"}  # the extract stage took the table's columns from an earlier part: its rows say so
CUT_ROW = "ocr_ink_below_table"  # the extract stage saw the last row's cell text go on under the grid: the last row says so


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


def build_table(raw: RawTable, runs: Counter | None = None) -> Table:
    """Repair a raw table and split off its title rows and header rows (``runs``: see
    ``clean_table``)."""
    cells, confs, flags, lines = clean_table(raw, runs)
    ntitle = _title_rows(cells)
    titles = [" ".join(c for c in cells[r] if c) for r in range(ntitle)]
    if ntitle and _depth(raw.rows[ntitle:], cells[ntitle:], lines[ntitle:]) == 0:
        ntitle, titles = 0, []  # not followed by a header: keep them as body rows
    depth = ntitle + _depth(raw.rows[ntitle:], cells[ntitle:], lines[ntitle:])
    if "table_header_alone" in raw.flags:  # the extract stage saw a header alone at its page's foot
        ntitle, titles, depth = 0, [], len(cells)
    elif raw.method == "ocr" and depth < len(cells) and stacked_header_lines(cells):
        ntitle, titles, depth = 0, [], len(cells)  # a header's text lines cut into rows, its body a table below
    if depth > ntitle and _upper_header_rows(cells, ntitle, depth):
        ntitle, titles = 0, []  # the header's upper rows, not titles over it
    for c, up in header_word_rests(cells, ntitle, depth) if depth > ntitle else ():
        cells[up][c] = cells[up][c].rstrip() + cells[depth][c].strip()  # a header word's wrapped rest
        cells[depth][c] = ""  # (``หน่วย`` / ``งาน``): the header's, not a body row (dev seed 17286 docx)
    rows = []
    for r in range(depth, len(cells)):
        if not any(cells[r]):
            continue
        rflags = sorted({f.split("@")[0] for f in flags if f.endswith(f"@r{r}") or f"@r{r}c" in f}
                        | set(arith_row_flags(raw.flags, r)) | (REFIT_ROW & set(raw.flags)))
        raw_row = raw.rows[r] if r < len(raw.rows) else []
        covered = [c >= len(raw_row) or raw_row[c] is None for c in range(raw.n_cols)]
        rows.append(Row(cells=cells[r], page=raw.page, conf=confs[r], flags=rflags, lines=lines[r],
                        alt=cell_alts(raw, r), covered=covered if any(covered) else []))
    header = cells[ntitle:depth]
    if raw.method == "ocr" and depth <= ntitle + 1 and (depth > ntitle or rows):
        first = lines[ntitle] if depth > ntitle else rows[0].lines
        fused = _fused_header(first)
        if fused is not None:
            head, rest = fused
            rest_lines = ["\n".join(ls) for ls in rest]
            row = Row(cells=[join_lines(ls) for ls in rest], page=raw.page, conf=confs[ntitle] if depth > ntitle
                      else rows[0].conf, lines=rest_lines, flags=["header_row_split"])
            header = [head]
            rows = [row] + (rows if depth > ntitle else rows[1:])
    if CUT_ROW in raw.flags and rows:
        rows[-1].flags = sorted(set(rows[-1].flags) | {CUT_ROW})
    tflags = list(raw.flags)
    return Table(page=raw.page, index=raw.index, header=header, rows=rows,
                 n_cols=raw.n_cols, col_x=raw.col_x, method=raw.method, flags=tflags, titles=titles)


_SCORE_ONLY = re.compile(r"^\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}\s*$")


def _fused_header(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """(column titles, the first body row's lines per cell) of an OCR'd row whose every filled
    cell opens with its column's title and then holds the row under it (a repeated header
    taken in with the first row: ``ประเด็นข้อคำถาม⏎[i12 เจ้าหน้าที่…`` | ``คะแนนที่ได้⏎43.80``, dev
    scan 17501 p2 and p4, i12 and indicator 10 lost), or None. The last filled cell's rest must be
    a score alone."""
    split = [ln.split("\n") if ln else [] for ln in lines]
    filled = [k for k, ls in enumerate(split) if ls]
    if len(filled) < 2 or any(len(split[k]) < 2 for k in filled):
        return None
    head = [split[k][0] if split[k] else "" for k in range(len(lines))]
    rest = [split[k][1:] if split[k] else [] for k in range(len(lines))]
    if not is_header_row(head) or is_header_row([" ".join(r) for r in rest]):
        return None
    if _SCORE_ONLY.match(" ".join(rest[filled[-1]])):
        return head, rest
    return _fused_measure_header(split, filled)


_TITLE_TAIL = 8  # letters: a wrapped column title's last line (``ห้วงเวลาดำเนิน⏎การ``)
_BODY_LINE = re.compile(r"^\s*(?:[-–•]|\(?[0-9๐-๙]{1,2}\s*[.)]|ตัว[ชข]ี้วัดที่?\s*[0-9๐-๙])")


def _fused_measure_header(split: list[list[str]], filled: list[int]) -> tuple[list[str], list[list[str]]] | None:
    """(column titles, the first body row's lines per cell) of a scanned measures table's first
    row that opens every filled cell (three or more) with its column's title, a wrapped title's
    short last line kept with it, and then holds a measure's row: two cells of it or more hold
    a body's evidence (an indicator by its number, numbered steps: dev seeds 21792 p5, the
    header and measure 1 read as one row, the table of no kind and its 6 measures lost; 21722
    p5, measure 1 read as the header and lost)."""
    if len(filled) < 3:
        return None
    head, rest = [""] * len(split), [[] for _ in split]
    for k in filled:
        n = 1
        while n < len(split[k]) - 1 and len(squash(split[k][n])) <= _TITLE_TAIL and not _BODY_LINE.match(split[k][n]):
            n += 1
        head[k], rest[k] = " ".join(split[k][:n]), split[k][n:]
    if not is_header_row(head) or body_evidence([" ".join(r) for r in rest]) < 2:
        return None
    return head, rest


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


def unruled(t: Table) -> bool:
    """Columns placed in the whitespace between texts: a text-layer table without column rules,
    or a scanned one whose grid was inferred from its text (``ocr_grid_inferred``: dev seed
    21790 p4, a bare table's part whose outer edge ended 6.2 pt short of the page before's,
    not stitched, its two measures lost)."""
    return any(f.startswith("table_unruled:") or f == "ocr_grid_inferred" for f in t.flags)
