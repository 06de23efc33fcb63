"""A results table drawn without rules whose tool scores sit in a column of their own.

In the text layer its rows come out as lines such as::

    ๑. การปฏิบัติหน้าที่ ๘4.๒๕ IIT
    2. การใช้งบประมาณ 78.๑๙ ๘5.84
    ๓. การใช้อํานาจ 89.๑6

the indicator's score first, then whatever the tool column prints on that row: the tool's
name, its score (a cell merged over the tool's indicator rows puts its text on one of them),
both, or nothing. ``normalizers.tables.lines`` leaves such lines alone (two numbers on one
line); here a run of three or more indicator lines, at least one of which carries a tool cell,
becomes one three-column table (label | score | tool score, flagged ``table_from_text_lines``)
whose tool cells ``records.scores.span_tools`` reads as spans. A tool name printed on one row
and the bare tool score on the next row of the same tool are one merged cell: they are joined
(``IIT 85.84``) on the first row, so the tool is the one the cell names.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import TOOL_OF, match_indicator
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.tables.grid import Row, Table

_NUM = r"[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?"
_LINE = re.compile(rf"^(?P<label>.*?\S)\s+(?P<score>{_NUM})"
                   rf"(?:\s+(?P<tool>IIT|EIT|OIT))?(?:\s+(?P<tscore>{_NUM}))?\s*$")
_TOOL = re.compile(r"^(IIT|EIT|OIT)$")
MIN_ROWS = 3
HEADER = ["ตัวชี้วัด", "คะแนน", "คะแนนรายเครื่องมือ"]


def _indicator_line(line: str):
    """(label, score, indicator no, tool cell) of an indicator line with a score, else None."""
    m = _LINE.match(line.strip())
    if not m:
        return None
    label = m.group("label")
    if len(label) > 80 or re.search(r"[0-9]{1,3}[.,][0-9]|\s[0-9]+$", to_ascii_digits(label)):
        return None  # a score in the label, or one whose digits the text layer split (``๘ 6.04``)
    no, _, flags = match_indicator(label)
    if no is None or any(f.startswith("indicator_by_number") for f in flags):
        return None
    score, _ = parse_score(m.group("score"))
    if score is None or not 0 <= score <= 100:
        return None
    tool = " ".join(x for x in (m.group("tool"), m.group("tscore")) if x)
    if m.group("tscore"):
        ts, _ = parse_score(m.group("tscore"))
        if ts is None or not 0 <= ts <= 100:
            return None
    return label, score, no, tool


def _join_spans(rows: list[list]) -> None:
    """A bare tool name on one row and a bare score on the next row of the same tool: one cell."""
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        if _TOOL.match(a[3]) and b[3] and not _TOOL.match(b[3]) and " " not in b[3] \
                and TOOL_OF.get(a[2]) == TOOL_OF.get(b[2]) == a[3]:
            a[3], b[3] = f"{a[3]} {b[3]}", ""


def _cover(rows: list[list], body: list[Row]) -> None:
    """The text of a merged tool cell prints on the first row of its span: the empty tool
    cells of the following rows of the same tool are covered by it (``tables.spans``)."""
    for k, (_, _, no, tc) in enumerate(rows):
        if not tc:
            continue
        j = k + 1
        while j < len(rows) and not rows[j][3] and TOOL_OF.get(rows[j][2]) == TOOL_OF.get(no):
            body[j].covered[2] = True
            j += 1


def tool_lines(page: int, text: str) -> tuple[list[Table], str]:
    """(tables, the text without the lines they took) for one page's text."""
    lines = (text or "").splitlines()
    parsed = [_indicator_line(ln) for ln in lines]
    runs: list[list[int]] = []
    for i, p in enumerate(parsed):
        if p is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    tables, used = [], set()
    for run in runs:
        rows = [list(parsed[i]) for i in run]
        nos = [r[2] for r in rows]
        if len(rows) < MIN_ROWS or not any(r[3] for r in rows) or len(set(nos)) < len(nos):
            continue
        _join_spans(rows)
        body = [Row(cells=[lb, f"{sc:g}", tc], page=page, conf=[0.9, 0.9, 0.9], flags=["table_from_text_lines"],
                    lines=[lb, f"{sc:g}", tc], covered=[False, False, False]) for lb, sc, _, tc in rows]
        _cover(rows, body)
        tables.append(Table(page=page, index=-1, header=[list(HEADER)], rows=body, n_cols=3,
                            flags=["table_from_text_lines"]))
        used.update(run)
    rest = "\n".join(ln for i, ln in enumerate(lines) if i not in used)
    return tables, rest


_HEADING = re.compile(r"^\s*ตัวชี้วัดที่\s*[0-9๐-๙]{1,2}")  # an indicator's heading, not a results row
_SCORE_ANY = re.compile(r"[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}")


def tool_lines_carried(page: int, text: str, before: Table | None) -> str:
    """The last row or two of a results table of text lines with a tool column
    (``tool_lines``) that a page break moved to the top of the next page (dev seed 17345 docx:
    ``10. การป้องกันการทุจริต 83.18 82.95`` under the repeated header, fewer than ``MIN_ROWS``
    lines, so the indicator was lost and the document only partial). They are appended to the
    page before's table when the evidence agrees: that table is the page before's (its last
    row on it), this page's first score lines are results rows (``N. <name> score [tool]``,
    not an indicator's heading ``ตัวชี้วัดที่ N``) and they carry on its indicators in order
    (its last row names k, they name k+1, k+2…). A bare tool score under a bare tool name of
    the same tool on the page before is that merged cell's score. Returns the text without the
    lines taken."""
    if before is None or not before.rows or before.rows[-1].page != page - 1 or len(before.rows) < MIN_ROWS:
        return text
    last = match_indicator(before.rows[-1].cells[0])[0]
    if last is None:
        return text
    lines = (text or "").splitlines()
    taken: list[int] = []
    for i, ln in enumerate(lines):
        p = _indicator_line(ln)
        if p is None:
            if taken or _SCORE_ANY.search(ln):
                break  # the run ended, or another score line opens the page
            continue
        if _HEADING.match(ln) or p[2] != last + 1:
            break
        taken.append(i)
        last += 1
    if not taken or len(taken) >= MIN_ROWS:
        return text
    rows = [list(_indicator_line(lines[i])) for i in taken]
    prev = before.rows[-1]
    lb, sc, no, tc = rows[0]
    if _TOOL.match(prev.cells[2]) and tc and not _TOOL.match(tc) and " " not in tc \
            and TOOL_OF.get(no) == prev.cells[2] and TOOL_OF.get(match_indicator(prev.cells[0])[0]) == prev.cells[2]:
        prev.cells[2] = prev.lines[2] = f"{prev.cells[2]} {tc}"
        rows[0][3] = ""
    for lb, sc, no, tc in rows:
        before.rows.append(Row(cells=[lb, f"{sc:g}", tc], page=page, conf=[0.9, 0.9, 0.9],
                               flags=["table_from_text_lines", "row_split_across_pages"],
                               lines=[lb, f"{sc:g}", tc], covered=[False, False, not tc]))
    return "\n".join(ln for i, ln in enumerate(lines) if i not in taken)


def _named_in(table: Table, score_col: int | None = None) -> set[int]:
    """Indicators the table's rows name (with a readable score in ``score_col`` if given)."""
    out = set()
    for row in table.rows:
        if score_col is not None and (score_col >= len(row.cells) or parse_score(row.cells[score_col])[0] is None):
            continue
        no, _, flags = match_indicator(" ".join(row.cells))
        if no is not None and not any(f.startswith("indicator_by_number") for f in flags):
            out.add(no)
    return out


def whole_page_results(pages: list[tuple[int, str]], tables: list[Table], layouts: list) -> list[Table]:
    """Results tables read from each page's whole text (tables included) where the table
    finder cut the results table short: horizontal rules only between some rows leave the
    first and last rows and the merged tool cells outside the table it finds. Kept only where
    it adds indicators or the tool column the page's results tables lack."""
    out = []
    for page, text in pages:
        found, _ = tool_lines(page, text)
        if not found:
            continue
        here = [(t, lay) for t, lay in zip(tables, layouts) if t.page == page and lay.kind in ("results", "analysis")]
        have = set().union(*(_named_in(t, lay.col("score")) for t, lay in here if lay.col("score") is not None))
        have_tool = any("tool_score" in lay.roles for _, lay in here)
        for t in found:
            if not (_named_in(t) <= have and have_tool):
                t.flags = sorted(set(t.flags) | {"results_from_page_text"})
                out.append(t)
    return out
