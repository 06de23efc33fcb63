"""A per-measure table cut by a page break after its header (and a unit line): the rest of
the table at the next page's top is the next measure, not the rest of the measure above
(dev seed 18262 html; real extract and normalize on a corpus render)."""

import pytest

from corpus.space import draw_layout
from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_next_numbered_measure_after_page_break_is_not_joined_to_the_one_above(tmp_path):
    """Seed 18262 (html): per-measure tables, zebra rows, two-level header, measures numbered
    ``(n)``. Measure 4's heading ``ประเด็นที่ 4 การใช้งบประมาณ``, its header and its first unit
    line are at page 6's foot, its row on page 7 with no units. That row was joined to measure
    3 as its rest across the break (``… (4) กิจกรรมปรับปรุง…`` in measure 3's name), measure 4
    lost in an ``ok`` document, and with the join undone it took measure 3's heading
    (indicator 10). A measure cell starting with the list number after the one above starts
    a new measure; a heading over lines left outside the tables at a page's foot heads the
    next page's first table."""
    lay = draw_layout(18262)
    assert (lay["m.arrangement"], lay["m.numbering"], lay["m.rules"]) == ("per_measure", "paren_both", "zebra")
    _, ex, records, expected = render_seed(18262, tmp_path)
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = {m["seq"]: m for m in records.planned_measures}
    assert sorted(got) == sorted(want) == [1, 2, 3, 4]
    for seq in (3, 4):
        assert got[seq]["measure"] == want[seq]["measure"]
        assert got[seq]["steps"] == want[seq]["steps"]
        assert got[seq]["indicator_no"] == want[seq]["indicator_no"]
    assert got[4]["measure"] == "กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน"
    assert got[4]["indicator_no"] == 2 and got[3]["indicator_no"] == 10
    assert "row_split_across_pages" not in got[3]["flags"]
