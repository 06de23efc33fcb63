"""Indicator scores printed in measures-table cells that the column mapping did not read.

A measures table prints each indicator with its score in one cell (``ตัวชี้วัดที่ ๖ คุณภาพการ
ดำเนินงาน (๙๒.๗๕ คะแนน)``). Such a cell says by itself what it holds: the indicator by its
official name, the score in parentheses. ``records.measures`` reads it from the column mapped
``indicator``; it is lost where the table was read badly:

- the part of a measures table on a later page that was not joined to its first part (no
  repeated header, a page without rules): a headerless table left unmapped;
- a column mapping that put the indicator cells under another role;
- two rows read as one, whose indicator cell prints two indicators with their scores.

This module reads those cells (and only cells of exactly that shape) from measures tables and
from unmapped tables whose columns hold measures' contents. Each such row is flagged: it was
read from a cell, not from a mapped column (``indicator_cell_unmapped``), and confidence is
capped; a second printing of a different value for the same indicator is flagged by
``scores.dedupe_indicators`` as everywhere else.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import match_indicator
from normalizers.fields.numbers import find_scores, join_split_numbers, to_ascii_digits
from normalizers.records.scores import indicator_row

CELL_CONF = 0.7  # a score read from a cell outside the mapped indicator column
MEASURE_ROLES = frozenset({"measure", "steps", "analysis", "period", "responsible", "measure_analysis",
                           "follow_up"})
_MARK = re.compile(r"ตัวชี้วัดที่\s*[0-9]{1,2}")
# one indicator: ``ตัวชี้วัดที่ N <name> (<score> คะแนน)`` and nothing else
_ONE = re.compile(r"^ตัวชี้วัดที่\s*[0-9]{1,2}\s*\.?\s*[\u0e01-\u0e4e\s]{4,80}?\s*"
                  r"\(\s*(?:คะแนน\s*)?[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:คะแนน)?\s*\)\s*$")


def cell_indicators(text: str) -> list[tuple[int, float, list[str]]]:
    """(indicator_no, score, flags) of each ``ตัวชี้วัดที่ N <name> (<score> คะแนน)`` a cell
    prints, when the cell holds nothing but such parts; ``[]`` otherwise. The indicator is the
    one its name says (a printed number alone is not enough)."""
    t = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(text or ""))).strip()
    marks = list(_MARK.finditer(t))
    if not marks or marks[0].start() != 0:
        return []
    out = []
    for k, m in enumerate(marks):
        part = t[m.start():marks[k + 1].start() if k + 1 < len(marks) else len(t)].strip()
        if not _ONE.match(part):
            return []
        no, _, flags = match_indicator(part)
        scores = find_scores(part)
        if no is None or any(f.startswith("indicator_by_number") for f in flags) or not scores:
            return []
        value = scores[0][0]
        if not 0 <= value <= 100:
            return []
        out.append((no, value, flags + (["indicator_cell_several"] if len(marks) > 1 else [])))
    return out


def split_cell_indicators(cell: str, below: str) -> list[tuple[int, float, list[str]]]:
    """``cell_indicators`` of one indicator cell broken over two rows: a page break (or a row
    read as two) left ``ตัวชี้วัดที่ ๓ การใช้`` in one row and ``อำนาจ (๙๓.๕๑ คะแนน)`` in the
    same column of the next. Only when the upper part opens with the indicator mark and prints
    no score, the lower part opens with no mark of its own, and the two read together are one
    such cell and nothing else (the name must say which indicator it is)."""
    up = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(cell or ""))).strip()
    low = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(below or ""))).strip()
    if not up or not low or not up.startswith("ตัวชี้วัดที่") or _MARK.search(low) or find_scores(up):
        return []
    return cell_indicators(f"{up} {low}")


def measures_like(kind: str, roles: list[str]) -> bool:
    """A measures table, or an unmapped one whose columns hold measures' contents."""
    return kind == "measures" or (kind == "unknown" and any(r in MEASURE_ROLES for r in roles))


def unread_indicator_cells(table, read: list[dict]) -> list[dict]:
    """Indicator rows (source ``measures_table``) for the self-describing indicator cells of
    ``table`` that ``read`` (the rows the table's mapping gave) does not already hold."""
    have = {(r["indicator_no"], r["score"]) for r in read}
    ocr = ["value_from_ocr_text"] if getattr(table, "method", "") == "ocr" else []
    out: list[dict] = []
    for i, row in enumerate(table.rows):
        nxt = table.rows[i + 1] if i + 1 < len(table.rows) else None
        for c, cell in enumerate(row.cells):
            found = cell_indicators(cell)
            if not found and nxt is not None and c < len(nxt.cells):
                found = [(no, score, flags + ["indicator_cell_split_rows"])
                         for no, score, flags in split_cell_indicators(cell, nxt.cells[c])]
            for no, score, flags in found:
                if (no, score) in have:
                    continue
                have.add((no, score))
                out.append(indicator_row(no, score, "measures_table", row.page, CELL_CONF,
                                         flags + ocr + ["indicator_cell_unmapped"]))
    return out


__all__ = ["cell_indicators", "measures_like", "split_cell_indicators", "unread_indicator_cells"]
