"""A measure whose units cell is blank in a table that has a units column (issue 13, lines17's
leftover): dev seed 18262 html prints measure 4's unit (``ทุกส่วนราชการ``) at page 6's foot, under
the header the page break cut from its row, where no table is read; its row on page 7 has an
empty units cell, and ``responsible`` came out ``[]`` with no flag in an ``ok`` document. A blank
units cell is now flagged ``responsible_empty``; units read are not. One HTML render, the real
extract and normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_blank_units_cell_is_flagged(tmp_path):
    _, ex, records, expected = render_seed(18262, tmp_path, "html")
    p6 = next(p for p in ex.pages if p.page == 6).text
    assert p6.rstrip().endswith("ทุกส่วนราชการ")  # the unit left at the foot, outside the tables
    got = {m["seq"]: m for m in records.planned_measures}
    want = {m["seq"]: m for m in expected["planned_measures"]}
    assert want[4]["responsible"] == ["ทุกส่วนราชการ"]
    assert got[4]["responsible"] == []
    assert "responsible_empty" in got[4]["flags"]
    for seq in (1, 2, 3):  # units read: no flag
        assert got[seq]["responsible"] == want[seq]["responsible"]
        assert "responsible_empty" not in got[seq]["flags"]
