"""The indicator column read into the measure column line by line (issue 13, born17's leftover):
dev seed 17248 html (Waree, m6, no rules) cuts a measures header at page 4's foot; page 5's
table, its columns found from its own text, puts the indicator and the measure in one column,
and measure 4 reads ``ตัวชี้วัดที่ ๑0 การ 4. กิจกรรมปรับปรุงขั้นตอนป้องกันการทุจริต การให้บริการ…``
(text CER 0.23) with no flag about it. An indicator's label followed by a numbered measure name
in one measure cell is flagged ``cell_content_mismatch:measure``; the other measures are not.
One HTML render, the real extract and normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_indicator_label_before_numbered_measure_is_flagged(tmp_path):
    _, _, records, expected = render_seed(17248, tmp_path, "html")
    got = {m["seq"]: m for m in records.planned_measures}
    want = {m["seq"]: m for m in expected["planned_measures"]}
    # up to h/born20 page 5's table put the indicator and the measure in one column, measure 4
    # read ``ตัวชี้วัดที่ ๑0 การ 4. กิจกรรม…`` and flagged ``cell_content_mismatch:measure``; since
    # h/born20 page 5's part takes the columns of page 4's table (table_columns_refit): measure 4
    # is read as printed, its indicator in the indicator column, and the refit is flagged
    assert got[4]["measure"] == want[4]["measure"] == "กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน"
    assert got[4]["indicator_no"] == want[4]["indicator_no"]
    assert "table_columns_refit" in got[4]["flags"]
    for seq in (1, 2, 3, 4, 5):
        assert got[seq]["measure"] == want[seq]["measure"]
        assert "cell_content_mismatch:measure" not in got[seq]["flags"]
