"""Score tables drawn without rules, read from the page's text lines.

A table with no borders at all leaves no lines for the table finder; its rows still come
out of the text layer as lines such as ``๑ การปฏิบัติหน้าที่ ๙๘.๒๑`` or
``i๑ การปฏิบัติงาน… ๑๐๐``. Three or more such lines on one page are read as a results or
questions table (flagged ``table_from_text_lines``); a single line is left to prose reading.
"""
from __future__ import annotations

import re

from normalizers.codes import split_code_prefix
from normalizers.indicators import match_indicator
from normalizers.grid import Row, Table
from normalizers.numbers import parse_score

_TRAILING_SCORE = re.compile(r"^(?P<label>.*\S)\s+(?P<score>[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?)\s*(?:คะแนน)?\s*$")
MIN_ROWS = 3


def score_lines(text: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(indicator lines, question lines) of a page: (label, score) pairs."""
    indicators, questions = [], []
    for line in (text or "").splitlines():
        m = _TRAILING_SCORE.match(line.strip())
        if not m:
            continue
        score, flags = parse_score(m.group("score"))
        if score is None or not 0 <= score <= 100:
            continue
        label = m.group("label")
        raw, rest = split_code_prefix(label)
        if raw is not None and re.match(r"^[iIeEoO๐0]", raw) and len(rest) > 8:
            questions.append((label, score))
        elif len(label) <= 80 and match_indicator(label)[0] is not None:
            indicators.append((label, score))
    return (indicators if len(indicators) >= MIN_ROWS else [],
            questions if len(questions) >= MIN_ROWS else [])


def line_tables(page: int, text: str) -> list[Table]:
    """Synthetic tables (header + rows) for the score lines of one page."""
    inds, qs = score_lines(text)
    out = []
    for header, pairs in ((["ตัวชี้วัด", "คะแนน"], inds), (["ข้อคำถาม", "คะแนน"], qs)):
        if pairs:
            rows = [Row(cells=[label, f"{score:g}"], page=page, conf=[0.9, 0.9], flags=["table_from_text_lines"],
                        lines=[label, f"{score:g}"]) for label, score in pairs]
            out.append(Table(page=page, index=-1, header=[header], rows=rows, n_cols=2, flags=["table_from_text_lines"]))
    return out
