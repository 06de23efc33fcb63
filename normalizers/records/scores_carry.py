"""An indicator line left at the foot of a page, its questions on the next page.

A per-question table printed without rules is read from each page's text lines
(``normalizers.tables.lines.line_tables``). When a page break falls right after an
indicator's heading line (``ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน 99.92``), that line is the
page's last score line and its questions open the next page: the page's own question
table ends before it, and one or two such lines are too few for a results table, so the
indicator score was lost. ``carry_heading`` puts it back as the first row of the next
page's question table, where it is read as an indicator row (``analysis_table``), but only
when the evidence agrees: it is the last score line of the page just before, nothing
else on that page read it (no results table of its lines), and the next page's first
score line is a question of the same tool (IIT, EIT, OIT) the indicator belongs to.
"""
from __future__ import annotations

import re

from normalizers.fields.codes import TOOL_OF_INDICATOR, TOOL_OF_PREFIX, canonical_code, split_code_prefix
from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.records.scores import FOOT_FLAG
from normalizers.records.scores_stacked import stacked_parts
from normalizers.tables.grid import Row, Table
from normalizers.tables.lines import HEADING_FORM, MIN_ROWS, classified_score_lines


def _trailing_indicator(text: str) -> tuple[str, float] | None:
    """The page's last score line when it is an indicator line its own page does not read."""
    lines = classified_score_lines(text)
    if not lines or lines[-1][0] != "indicator":
        return None
    qs = [i for i, (k, _, _) in enumerate(lines) if k == "question"]
    after = [i for i, (k, _, _) in enumerate(lines) if k == "indicator" and (not qs or i > qs[-1])]
    if len(after) >= MIN_ROWS and not _heading_after_results(lines):
        return None  # the page's indicator lines (below its questions, if any) are a results table
    return lines[-1][1], lines[-1][2]


def _heading_after_results(lines: list[tuple[str, str, float]]) -> bool:
    """The page's last score line is an indicator's heading (``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่
    ๘๔.๗๖``) right after the rows of a results table (``๑๐. การป้องกันการทุจริต ๙๖.๙๗``): the
    results list ends before it, and it heads the question table the page break sent to the next
    page (fresh16 seed 14527, both renderers: indicator 1's analysis score lost, no flag)."""
    return len(lines) >= 2 and lines[-2][0] == "indicator" and HEADING_FORM.match(lines[-1][1]) is not None \
        and HEADING_FORM.match(lines[-2][1]) is None


def carry_heading(tables: list[Table], prev: tuple[int, str] | None, page: int) -> None:
    """Prepend the previous page's trailing indicator line to this page's question line table."""
    if prev is None or prev[0] != page - 1:
        return
    qt = next((t for t in tables if "table_from_text_lines" in t.flags
               and t.header == [["ข้อคำถาม", "คะแนน"]] and t.rows), None)
    if qt is None:
        return
    carried = _trailing_indicator(prev[1])
    if carried is None:
        return
    label, score = carried
    no = match_indicator(label)[0]
    raw, _ = split_code_prefix(qt.rows[0].cells[0])
    if no is None or raw is None or TOOL_OF_PREFIX.get(raw[0].lower()) != TOOL_OF_INDICATOR.get(no):
        return  # the next page does not open with a question of that indicator's tool
    qt.rows.insert(0, Row(cells=[label, f"{score:g}"], page=prev[0], conf=[0.9, 0.9],
                          flags=["table_from_text_lines"],
                          lines=[label, f"{score:g}"]))


def carry_into_tables(tables: list[Table], layouts: list, trailing: dict[int, tuple[int, str]]) -> None:
    """The same for a next page whose questions the table finder read as a table (the page
    before was text lines only): the trailing indicator line of page ``p - 1`` (``trailing``:
    page → (previous page, its text)) becomes the first row of page ``p``'s first questions
    table, its label in the question column and its score in the score column. Nothing is
    carried where a table of the page before already holds that score (it was read there)."""
    for t, lay in zip(tables, layouts):
        if lay.kind != "questions" or t.page not in trailing or "table_from_text_lines" in t.flags or not t.rows:
            continue
        prev_page, prev_text = trailing.pop(t.page)
        c_q, c_s = lay.col("question"), lay.col("score")
        if c_q is None or c_s is None:
            continue
        if any(tb is not t and tb.page == t.page and "table_from_text_lines" in tb.flags for tb in tables):
            continue  # the page's text lines already took it (carry_heading)
        carried = _trailing_indicator(prev_text)
        if carried is None:
            continue
        label, score = carried
        if any(tb.page == prev_page and "table_from_text_lines" not in tb.flags
               and any(f"{score:g}" in (c.replace(",", ".") for c in r.cells) or
                       any(f"{score:.2f}" == c.strip() for c in r.cells) for r in tb.rows) for tb in tables):
            continue  # a table of that page printed it: read there, not carried
        no = match_indicator(label)[0]
        raw, _ = split_code_prefix(t.rows[0].cells[c_q])
        if no is None or raw is None or TOOL_OF_PREFIX.get(raw[0].lower()) != TOOL_OF_INDICATOR.get(no):
            continue
        cells = [""] * t.n_cols
        cells[c_q], cells[c_s] = label, f"{score:g}"
        t.rows.insert(0, Row(cells=cells, page=prev_page, conf=[0.9] * t.n_cols, flags=[], lines=list(cells)))


# ``ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต 61.80``: an indicator row of a grouped question table
# (the score bare, as in the table's other indicator rows; a heading ``(61.80 คะแนน)`` is running text)
_HEADING_ROW = re.compile(r"^\s*ตัวชี้วัดที่\s*[0-9]{1,2}\s*\.?\s*[\u0e01-\u0e4e][\u0e01-\u0e4e\s]{3,80}?\s+"
                          r"(?P<score>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*$")


def heading_into_table(t: Table, lay) -> None:
    """A question table's indicator row read as the heading above the table: the table finder
    began the table at its first question row (a shaded or unruled table whose first row,
    the indicator's, was drawn apart) and the heading line ``ตัวชี้วัดที่ 5 การแก้ไขปัญหา
    การทุจริต 61.80`` was left in the text above, where nothing read its score. It becomes the
    table's first row (an indicator row, source ``analysis_table``) when the evidence agrees:
    the line is an indicator's heading with a bare score (a grouped table's indicator row,
    not a heading sentence ``(61.80 คะแนน)``), the name says which indicator it is, and the
    table's first row is a question of that indicator's tool (IIT, EIT, OIT)."""
    if lay.kind != "questions" or not t.rows or not t.headings:
        return
    c_q, c_s = lay.col("question"), lay.col("score")
    if c_q is None or c_s is None:
        return
    head = t.headings[-1]
    m = _HEADING_ROW.match(to_ascii_digits(head))
    if not m:
        return
    score, _ = parse_score(m.group("score"))
    no, _, flags = match_indicator(head)
    if score is None or not 0 <= score <= 100 or no is None \
            or any(f.startswith("indicator_by_number") for f in flags):
        return
    raw, _ = split_code_prefix(t.rows[0].cells[c_q])
    if raw is None or TOOL_OF_PREFIX.get(raw[0].lower()) != TOOL_OF_INDICATOR.get(no):
        return  # the table does not open with a question of that indicator's tool
    cells = [""] * t.n_cols
    cells[c_q], cells[c_s] = head.strip(), m.group("score")
    t.rows.insert(0, Row(cells=cells, page=t.page, conf=[0.9] * t.n_cols, flags=["indicator_row_from_heading"],
                         lines=list(cells)))


# ``๘๔.๔๑`` alone on a line: a score cell the page break left behind, its row on the next page
_FOOT = re.compile(r"^\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{2}\s*$")


def page_feet(pages) -> dict[int, str]:
    """page → the bare score printed as that page's last line, outside every table.

    A browser that breaks a table row across pages keeps each cell's content whole where it
    fits: a question row at the foot of a page whose text cell did not fit leaves its score
    cell (one line) on the page and moves the code and text to the next page. The score is
    then the page's lowest text (its last line, below every table) and reads as nothing. A
    scanned page is read alike (its whole text puts each table's rows before the lines printed
    below the table's top: fresh21s 21600 p3 ``๖๐.๒๑`` under the table, o๒๓ opening p4's table
    with an empty score cell; 21607 p3 ``๙๘.๔๑``, o๒๘ the only line of p4)."""
    out = {}
    for p in pages:
        if p.method not in ("text", "ocr"):
            continue
        full = [ln for ln in (p.full_text or "").splitlines() if ln.strip()]
        outside = [ln for ln in (p.text or "").splitlines() if ln.strip()]
        if not full or not outside or not _FOOT.match(full[-1]) or outside[-1].strip() != full[-1].strip():
            continue
        score, _ = parse_score(full[-1])
        if score is not None and 0 <= score <= 100:
            out[p.page] = to_ascii_digits(full[-1].strip()).replace(",", ".")
    return out


def _open_question(text: str) -> str | None:
    """The cell or line opening with a question code and its text (``i1 การปฏิบัติงาน…``), or None.
    An OIT code OCR read with a zero for its ``o`` (``๐๒๘ รายงาน…``) counts when its text is a
    question's (more than 8 characters), as in ``classified_score_lines``."""
    raw, rest = split_code_prefix(text)
    if raw is None or not rest.strip():
        return None
    return raw if re.match(r"^[iIeEoO]", raw) or (re.match(r"^[0๐]", raw) and len(rest) > 8) else None


def foot_into_text(text: str, foot: str | None) -> tuple[str, str | None]:
    """The previous page's foot score (``page_feet``) put back on this page's first line when
    that line is a question of a table drawn without rules (read from text lines) that prints
    no score: before it only lines without digits (a repeated header ``ประเด็น คะแนน``), no
    indicator heading (a heading opens a table of its own: the foot is not its row's). Returns
    the text and the line's label (to flag the row), or the text unchanged and None."""
    if foot is None:
        return text, None
    lines = text.splitlines()
    for i, line in enumerate(lines[:4]):
        s = to_ascii_digits(line.strip())
        if not s:
            continue
        if _open_question(s):
            if classified_score_lines(line):
                return text, None  # it prints its score
            lines[i] = f"{line.rstrip()} {foot}"
            return "\n".join(lines), line.strip()
        if re.search(r"[0-9]", s) or "ตัวชี้วัด" in s:
            return text, None
    return text, None


def flag_foot_rows(tables: list[Table], label: str | None) -> None:
    """Flag (and doubt) the text-line row ``foot_into_text`` gave its score."""
    if label is None:
        return
    for t in tables:
        for row in t.rows:
            if row.cells and row.cells[0].strip() == label:
                row.flags = sorted(set(row.flags) | {FOOT_FLAG})
                return


def _question_tables(tables: list[Table], layouts: list):
    """(table, question column, score column) of each questions table the table finder read
    (not one built from text lines) that has both columns."""
    for t, lay in zip(tables, layouts):
        if lay.kind != "questions" or "table_from_text_lines" in t.flags:
            continue
        c_q, c_s = lay.col("question"), lay.col("score")
        if c_q is not None and c_s is not None:
            yield t, c_q, c_s


def foot_into_tables(tables: list[Table], layouts: list, feet: dict[int, str]) -> None:
    """The same for a question table the table finder read: the first row of a page (the
    first table on that page, or the first row a table stitched across pages has there) is a
    question with its code and text and an empty score cell, and the page before ends with a
    bare score (``page_feet``): that score is the row's. Each foot is used once."""
    first_index: dict[int, int] = {}
    for t in tables:
        if "table_from_text_lines" not in t.flags:
            first_index[t.page] = min(first_index.get(t.page, t.index), t.index)
    used: set[int] = set()
    for t, c_q, c_s in _question_tables(tables, layouts):
        for k, row in enumerate(t.rows):
            if k == 0 and t.index != first_index.get(t.page):
                continue  # another table opens the page
            if k > 0 and row.page <= t.rows[k - 1].page_last:
                continue
            foot = feet.get(row.page - 1)
            if foot is None or row.page - 1 in used or max(c_q, c_s) >= len(row.cells):
                continue
            if not _open_question(to_ascii_digits(row.cells[c_q])):
                continue
            if row.cells[c_s].strip():
                # two questions stacked in the row (its score cell empty on the first one's lines,
                # nothing cut the rows), one score: the foot is the first's, the score the second's
                # (fresh28s 39100 p1/p2, 300 dpi: ``๔๖.๙๖`` at p1's foot; i8 and i9 one row with
                # i9's ``๖๒.๒๒``, given to i8 and i9 lost); ``unstack_questions`` cuts it
                parts = stacked_parts(row.cells[c_q])
                if parts is None or len(parts) != 2 or len(row.cells[c_s].split()) != 1 \
                        or parse_score(row.cells[c_s])[0] is None:
                    continue
                foot = f"{foot} {row.cells[c_s].strip()}"
            used.add(row.page - 1)
            row.cells[c_s] = foot
            if c_s < len(row.lines):
                row.lines[c_s] = foot
            row.flags = sorted(set(row.flags) | {FOOT_FLAG})


def _code_no(cell: str) -> tuple[str, int] | None:
    """(tool prefix, number) of the well-formed question code a cell opens with."""
    raw = _open_question(to_ascii_digits(cell or ""))
    if raw is None:
        return None
    code, _ = canonical_code(raw)
    return (code[0], int(code[1:])) if code else None


def text_into_tables(tables: list[Table], layouts: list, page_text: list[tuple[int, str]]) -> None:
    """A question row cut by a page break the other way round: its score cell stayed in the
    table at the foot of page ``p`` (a row with an empty question cell: ``| ๖๓.๙๖``) and its
    code and text went to the top of page ``p + 1`` outside every table (``o๑๒ รายการการจัด
    ซื้อ…`` then the table goes on with ``o๑๓``). The text is put back into that row when the
    evidence agrees: the row is the table's last on its page and prints one score and nothing
    else, the next page's text outside tables opens with a question code and its text (no
    score on it), and that code is the one between the question rows around the row (the
    row above prints the code before it, of the same tool; the table's next row, if any,
    the code after). The row is flagged ``row_split_across_pages``."""
    texts = dict(page_text)
    for t, c_q, c_s in _question_tables(tables, layouts):
        for k, row in enumerate(t.rows):
            if k == 0 or max(c_q, c_s) >= len(row.cells) or row.cells[c_q].strip() \
                    or any(c.strip() for j, c in enumerate(row.cells) if j != c_s):
                continue
            if k + 1 < len(t.rows) and t.rows[k + 1].page <= row.page_last:
                continue  # not the table's last row on its page
            score, _ = parse_score(row.cells[c_s])
            lines = [ln.strip() for ln in texts.get(row.page_last + 1, "").splitlines() if ln.strip()]
            if score is None or not lines:
                continue
            got, above = _code_no(lines[0]), _code_no(t.rows[k - 1].cells[c_q])
            below = _code_no(t.rows[k + 1].cells[c_q]) if k + 1 < len(t.rows) else None
            if got is None or above is None or got != (above[0], above[1] + 1) \
                    or (below is not None and below != (got[0], got[1] + 1)):
                continue
            text = [lines[0]]
            for ln in lines[1:3]:  # the question's text wrapped over a line or two
                if _code_no(ln) or "ตัวชี้วัด" in ln or classified_score_lines(ln):
                    break
                text.append(ln)
            if any(classified_score_lines(ln) for ln in text):
                continue  # a line that prints its own score is a row of its own
            label = " ".join(text)
            row.cells[c_q] = label
            if c_q < len(row.lines):
                row.lines[c_q] = label
            row.flags = sorted(set(row.flags) | {"row_split_across_pages"})


_BARE_CODE = re.compile(r"^[iIeEoO][0-9๐-๙]{1,2}$")


def ocr_code_feet(pages) -> dict[int, tuple[str, str]]:
    """page → (code, score) of a scanned page whose text outside tables ends with a bare question
    code line and a bare score line: a page break cut that question's row, its code and score
    cells (one line each) stayed at the page's foot, below the table, and its text moved to the
    next page (fresh18s 18509 p1: ``i๑๐`` / ``๘๖.๖๙``, the text opening p2's table)."""
    out = {}
    for p in pages:
        if p.method != "ocr":
            continue
        outside = [ln.strip() for ln in (p.text or "").splitlines() if ln.strip()]
        if len(outside) >= 2 and _BARE_CODE.match(outside[-2]) and _FOOT.match(outside[-1]):
            score, _ = parse_score(outside[-1])
            if score is not None and 0 <= score <= 100:
                out[p.page] = (outside[-2], to_ascii_digits(outside[-1]).replace(",", "."))
    return out


def code_feet_into_tables(tables: list[Table], layouts: list, feet: dict[int, tuple[str, str]]) -> None:
    """A question table's first row on a page that is a question's text with no code and no score,
    the page before ending with a bare code and score (``ocr_code_feet``): they are the row's
    (flagged ``score_from_page_foot``). Each foot is used once."""
    used: set[int] = set()
    for t, c_q, c_s in _question_tables(tables, layouts):
        for k, row in enumerate(t.rows):
            if k > 0 and row.page <= t.rows[k - 1].page_last:
                continue
            foot = feet.get(row.page - 1)
            if foot is None or row.page - 1 in used or max(c_q, c_s) >= len(row.cells):
                continue
            text = row.cells[c_q].strip()
            if row.cells[c_s].strip() or not text or split_code_prefix(to_ascii_digits(text))[0] is not None:
                continue
            used.add(row.page - 1)
            row.cells[c_q], row.cells[c_s] = f"{foot[0]} {text}", foot[1]
            if c_q < len(row.lines):
                row.lines[c_q] = row.cells[c_q]
            if c_s < len(row.lines):
                row.lines[c_s] = foot[1]
            row.flags = sorted(set(row.flags) | {FOOT_FLAG})
