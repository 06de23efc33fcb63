"""The kind of each body row of a score table, whatever table it sits in.

    question      a question code and its text (``i๑๒ …``), normally with a score
    indicator     an official indicator's name (``ตัวชี้วัดที่ ๒ การใช้งบประมาณ``), with or
                  without its score: a grouping row between question rows
    tool          a tool heading (``แบบวัด … (IIT)``), with or without the tool's score
    subtotal      ``รวม`` / ``เฉลี่ย`` rows
    heading       any other row with a single filled cell (a theme or section heading)
    continuation  a row whose key cell is empty but others are not (the rest of the row above)
    data          anything else
"""
from __future__ import annotations

from normalizers.tables import cells as ct

QUESTION, INDICATOR, TOOL, SUBTOTAL, HEADING, CONTINUATION, DATA, EMPTY = (
    "question", "indicator", "tool", "subtotal", "heading", "continuation", "data", "empty")


def row_kind(cells: list[str], key_col: int, lines: list[str] | None = None) -> str:
    """Kind of one row from its key cell (the question/indicator column) and the rest."""
    filled = [c for c in cells if c and c.strip()]
    if not filled:
        return EMPTY
    key = cells[key_col] if key_col < len(cells) else ""
    if not key.strip():
        # a heading written in another column of a spanning row, else the rest of the row above
        if len(filled) == 1 and ct.cell_type(filled[0]) in (ct.TOOL, ct.INDICATOR):
            return TOOL if ct.cell_type(filled[0]) == ct.TOOL else INDICATOR
        return CONTINUATION
    t = ct.cell_type(key, (lines[key_col] if lines and key_col < len(lines) else ""))
    if t == ct.CODE_TEXT:
        return QUESTION
    if t == ct.INDICATOR:
        return INDICATOR
    if t == ct.TOOL:
        return TOOL
    if t == ct.SUBTOTAL:
        return SUBTOTAL
    if len(filled) == 1:
        return HEADING
    return DATA
