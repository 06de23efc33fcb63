"""A Word header row alone at a page's foot whose titles wrapped their last syllables onto the
next page (issue 13, born17; the dev leftover of born16): measures table without rules, the
header (``ผู้รับผิดชอบ/หน่วย | ห้วงเวลาดำเนิน | …``) the last line of page 7, ``งาน`` and ``การ``
the first lines of the cells of page 8's first row, read into measure 6's units (``งาน`` as a
unit). One Word render (dev seed 15769), the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, needs_word, render_seed

pytest.importorskip("weasyprint")


def test_title_rests_at_the_next_pages_top_go_back_into_the_header(tmp_path):
    needs_word()
    lay = draw_layout(15769, "docx")
    assert lay["m.rules"] == "none"
    _, ex, records, expected = render_seed(15769, tmp_path, "docx")
    top = next(t for t in ex.tables if t.page == 8 and t.index == 0)
    # the extract stage still reads it there (since 0.34.0 as a row of its own: its cells begin together)
    assert (top.rows[0][0] or "").startswith("งาน")
    units = {m["seq"]: m["responsible"] for m in records.planned_measures}
    assert "งาน" not in units[6] and units[6] == ["กองส่งเสริมการเกษตร"]
    assert_same_measures(records, expected)
