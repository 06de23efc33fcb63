"""Scans: a question row left in the page's running text as two lines (issue 15, h/scan32q).

A per-indicator question table drawn without rules: its first row's text wraps, and the table
finder took the row's last line (``เพียงใด``) and the rows below, leaving the code with its text
(``i๖ การจัดซื้อจัดจ้างของหน่วยงาน … มากน้อย``) and its score (``5๖.๐6``) as two lines of the
page text: the question was lost, flagged only as a gap.
- 44100 p2 (html, 300 dpi): i6 = 56.06;
- 44104 p1 (html, 300 dpi): i1 = 100.00.
The row is read from the two lines, flagged ``question_from_text_lines``, ``value_from_ocr_text``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def _q(seed, pages, tmp_path):
    return {r["question_code"]: r for r in scan_pages_read(seed, pages, tmp_path).question_scores}


def test_question_code_and_text_line_then_its_score_line_is_read(tmp_path):
    q = _q(44100, [1, 2], tmp_path)
    assert q["i6"]["score"] == 56.06
    assert {"question_from_text_lines", "value_from_ocr_text"} <= set(q["i6"]["flags"])
    assert q["i5"]["score"] == 75.97 and q["i7"]["score"] == 77.98  # its neighbours, read by the tables


def test_first_question_of_a_page_left_in_its_text_is_read(tmp_path):
    q = _q(44104, [1], tmp_path)
    assert q["i1"]["score"] == 100.0 and "question_from_text_lines" in q["i1"]["flags"]
