"""A measures header row the page break cut inside its tallest title (issue 13, born17): a
Word table with horizontal rules only, one per measure; measure 5's header began at the foot of
page 6 with each title's first line (``… | มาตรการ | ผลการ | การนำผลการวิเคราะห์…``) and went
on at the top of page 7 with the rest of the tallest title (``วิเคราะห์ตัวชี้วัดที่สอดคล้อง…``)
in the same column. The part at the foot was read as a body row (a junk measure ``มาตรการ``
with an unread period) and the part at the top lacked its titles. One Word render (dev seed
17254), the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, needs_word, render_seed

pytest.importorskip("weasyprint")


def test_title_cut_by_the_page_break_is_joined_and_the_foot_part_is_header(tmp_path):
    needs_word()
    lay = draw_layout(17254, "docx")
    assert (lay["m.arrangement"], lay["m.rules"], lay["m.header"]) == ("per_measure", "horizontal", "two")
    _, ex, records, expected = render_seed(17254, tmp_path, "docx")
    foot = [t for t in ex.tables if t.page == 6 and len(t.rows) == 1]
    assert foot and "มาตรการ" in foot[0].rows[0]  # the extract stage still reads the foot part alone
    assert [m["measure"] for m in records.planned_measures] == [m["measure"] for m in expected["planned_measures"]]
    assert_same_measures(records, expected)
