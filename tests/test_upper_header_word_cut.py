"""A two-level measures header whose group title the column finder cut in two (issue 13,
born17): horizontal rules only, the group title ``การดำเนินงาน`` over two sub-columns read as
``กา | รดำเนินงาน``, beside ``งบประมาณ (บาท)``; no piece of the upper row was a header word on
its own, so neither row was taken for the header, the table was not understood and all three
measures were lost (the document partial). One HTML render (dev seed 17240).
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, render_seed

pytest.importorskip("weasyprint")


def test_group_title_cut_between_two_cells_still_makes_an_upper_header_row(tmp_path):
    lay = draw_layout(17240, "html")
    assert (lay["m.rules"], lay["m.header"], lay["m.extra"]) == ("horizontal", "two", "budget")
    _, ex, records, expected = render_seed(17240, tmp_path, "html")
    t = next(t for t in ex.tables if t.page == 7)
    assert "กา" in t.rows[0] and "รดําเนินงาน" in "".join(c or "" for c in t.rows[0]).replace("ำ", "ํา")
    assert len(records.planned_measures) == 3
    assert_same_measures(records, expected)
