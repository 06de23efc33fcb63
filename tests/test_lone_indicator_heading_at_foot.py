"""An indicator's heading row alone at a page's foot (issue 13, born17): a question table
without a header, ruled, whose first row (``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 83.94``, its label
spanning the code and text columns) was the last line of page 1, the questions under it on
page 2. Read as a two-column table of its own, it was not understood and indicator 1's score
in the question table was lost. One Word render (dev seed 17179), the real extract and
normalize stages.
"""

import copy

import pytest

from corpus.space import draw_layout
from corpus_seeds import expected_indicators, indicators_from, needs_word, render_seed
from normalizers.document import normalize

pytest.importorskip("weasyprint")


def test_heading_at_page_foot_heads_the_next_pages_questions(tmp_path):
    needs_word()
    lay = draw_layout(17179, "docx")
    assert (lay["q.arrangement"], lay["q.header"], lay["q.rules"]) == ("grouped", "none", "grid")
    _, ex, records, expected = render_seed(17179, tmp_path, "docx")
    lone = [t for t in ex.tables if t.page == 1 and len(t.rows) == 1 and "83.94" in t.rows[0]]
    assert lone and len(lone[0].rows[0]) == 2  # the extract stage still reads it alone, in two columns
    got = {no: r["score"] for no, r in indicators_from(records, "analysis_table").items()}
    assert got == expected_indicators(expected, "analysis_table")
    assert got[1] == 83.94


def test_lost_end_heading_of_a_question_table_is_flagged(tmp_path):
    """The same document with the lone heading row lost (as the old read lost it): indicator 1
    is missing from the question table's indicator rows, at its end, where the rule for an
    analysis table only counted gaps between found indicators, so the document said ``ok``.
    Indicator 1's questions (i1-i3) were read: its heading's loss is flagged."""
    needs_word()
    _, ex, _, _ = render_seed(17179, tmp_path, "docx")
    ex = copy.deepcopy(ex)
    ex.tables = [t for t in ex.tables if not (t.page == 1 and len(t.rows) == 1 and "83.94" in t.rows[0])]
    records = normalize(ex)
    assert 1 not in indicators_from(records, "analysis_table")
    assert {"i1", "i2", "i3"} <= {q["question_code"] for q in records.question_scores}
    assert any(f.startswith("indicators_missing:analysis_table:1@") for f in records.document["flags"])
    assert records.document["status"] == "partial"
