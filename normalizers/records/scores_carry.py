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

from normalizers.fields.codes import TOOL_OF_INDICATOR, TOOL_OF_PREFIX, split_code_prefix
from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.tables.grid import Row, Table
from normalizers.tables.lines import MIN_ROWS, classified_score_lines


def _trailing_indicator(text: str) -> tuple[str, float] | None:
    """The page's last score line when it is an indicator line its own page does not read."""
    lines = classified_score_lines(text)
    if not lines or lines[-1][0] != "indicator":
        return None
    qs = [i for i, (k, _, _) in enumerate(lines) if k == "question"]
    after = [i for i, (k, _, _) in enumerate(lines) if k == "indicator" and (not qs or i > qs[-1])]
    if not qs and len(after) >= MIN_ROWS:
        return None  # the page's indicator lines are a results table of their own
    if qs and len([i for i, (k, _, _) in enumerate(lines) if k == "indicator" and i > qs[-1]]) >= MIN_ROWS:
        return None  # a results table below the questions
    return lines[-1][1], lines[-1][2]


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
