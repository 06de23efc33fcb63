"""A scan's page ending with a question's code and score alone on a line (``๐๔0 ๘2.๘๔``, the ``o`` read as
``๐``: dev scan 60106 p4, 200 dpi, h/scan40i; the row's text went to p5, above its table): o40 was lost, named
only by ``questions_missing``. The line is a row of its own where the codes before and after it were read
(whole-page regression: tests/test_scan_question_code_score_at_page_foot.py)."""
from __future__ import annotations

from normalizers.tables.lines import split_line_questions

PAGE = (4, "ตัวชี้วัดที่๑0 การป้องกันการทุจริต\no๓9 แผนปฏิบัติการป้องกันการทุจริต ๖6.3๓\n๐๔0 ๘2.๘๔")


def test_question_code_score_at_page_foot():
    rows = split_line_questions([PAGE], 2568, frozenset({4}), {"o39", "o41"})
    assert [(r["question_code"], r["score"], r["page"]) for _, r in rows] == [("o40", 82.84, 4)]
    assert {"score_from_page_foot", "question_text_missing", "value_from_ocr_text"} <= set(rows[0][1]["flags"])


def test_question_code_score_at_page_foot_needs_read_neighbours():
    assert split_line_questions([PAGE], 2568, frozenset({4}), {"o39"}) == []  # o41 not read
    assert split_line_questions([PAGE], 2568, frozenset({4}), {"o39", "o40", "o41"}) == []  # read already
    assert split_line_questions([PAGE], 2568, frozenset(), {"o39", "o41"}) == []  # not a scan
    last_not_foot = (4, PAGE[1] + "\nหมายเหตุ")
    assert split_line_questions([last_not_foot], 2568, frozenset({4}), {"o39", "o41"}) == []
