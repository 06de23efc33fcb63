"""Scans: a results table's spanned tool cells whose tool OCR misread as a question code
(issue 15, h/scan31b).

fresh30u 41212 (html, 200 dpi, ``r.tool_span``, horizontal rules) p1: the table
``ตัวชี้วัดที่ | ผลคะแนน | คะแนนเครื่องมือ`` printed its tool scores in cells spanning the
indicators' rows, read ``WT ๘๐.๓๘``, ``e1 ๘๓.๒๗๕``, ``o1 เห ๗๔.๗๐``: typed as question code and
text, the tool column was taken for the questions and the table for a questions table. All
ten results-table indicators were lost and e1 / o1 got the indicators' scores (flagged, wrong).
A code and a score with no words of text (fewer than four letters) is no question's text."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read
from normalizers.tables import cells as ct


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    return scan_pages_read(41212, [1], tmp_path_factory.mktemp("tool_cells_codes"))


def test_tool_cells_misread_as_codes_leave_the_results_table_a_results_table(rec):
    got = {r["indicator_no"]: r["score"] for r in rec.indicator_scores if r["source"] == "results_table"}
    assert got == {1: 81.99, 2: 67.63, 3: 87.56, 4: 99.09, 5: 65.65, 6: 92.74, 7: 61.06, 8: 96.01,
                   9: 86.24, 10: 63.16}
    q = {r["question_code"]: r["score"] for r in rec.question_scores}
    assert "e1" not in q and "o1" not in q  # no question read from the tool cells


def test_a_code_and_a_score_alone_is_not_a_question_text():
    assert ct.cell_type("e1 ๘๓.๒๗๕") != ct.CODE_TEXT and ct.cell_type("o1 เห ๗๔.๗๐") != ct.CODE_TEXT
    assert ct.cell_type("o10 E-Service") == ct.CODE_TEXT
    assert ct.cell_type("i๒ เจ้าหน้าที่ในหน่วยงานของท่านมีการเลือกปฏิบัติ") == ct.CODE_TEXT
