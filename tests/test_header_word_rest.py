"""A header word wrapped onto a line of its own (issue 13, born17): in a Word table without
rules, the measures header's ``ผู้รับผิดชอบ/หน่วย`` wraps its last syllable ``งาน`` onto the
next line, and the extract stage, cutting rows at the gaps between lines, reads that line as a
row of its own. It was taken for the first body row and glued to measure 1's units
(``งานกองการศึกษาฯ``). One Word render (dev seed 17286), the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, needs_word, render_seed

pytest.importorskip("weasyprint")


def test_wrapped_rest_of_a_header_word_stays_in_the_header(tmp_path):
    needs_word()
    lay = draw_layout(17286, "docx")
    assert (lay["m.rules"], lay["m.header"], lay["m.arrangement"]) == ("none", "two", "one_table")
    _, ex, records, expected = render_seed(17286, tmp_path, "docx")
    # the extract stage still reads the rest as a row of its own: the normalizer takes it back
    rows = [r for t in ex.tables for r in t.rows if [c for c in r if (c or "").strip()] == ["งาน"]]
    assert rows, "the wrapped header rest is no longer a row of its own: this test checks nothing"
    units = {m["seq"]: m["responsible"] for m in records.planned_measures}
    assert units[1] == ["กองการศึกษาฯ", "กองคลัง", "หน่วยตรวจสอบภายใน"]
    assert_same_measures(records, expected)
