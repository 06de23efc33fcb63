"""A measure whose units cell is blank in a table that has a units column (issue 13, lines17's
leftover): dev seed 18262 html prints measure 4's unit (``ทุกส่วนราชการ``) at page 6's foot, under
the header the page break cut from its row; its row on page 7 has an empty units cell, and
``responsible`` came out ``[]`` with no flag in an ``ok`` document. A blank units cell is flagged
``responsible_empty``; units read are not.

Since 0.26.0 the extractor keeps that foot line as the cut row's first part (a one-column row
under the last shaded band that is the last text of the page: fresh25 34011 html), so seed 18262's
unit is read and joined to its row; the flag is pinned on a row whose units cell is blank.
"""

import pytest

from corpus_seeds import render_seed


def test_blank_units_cell_is_flagged():
    from normalizers.records.measures import measure_rows
    from normalizers.tables.grid import Row, Table
    from normalizers.tables.roles import Layout

    rows = [["(1) แนวทางทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "- ทบทวนขั้นตอนการทำงานร่วมกับผู้เกี่ยวข้อง",
             "- งานนิติการ\n- กองการศึกษาฯ"],
            ["(4) กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน", "- สรุปผลการดำเนินงานรายงานผู้บริหาร", ""]]
    table = Table(page=7, index=0, header=[], n_cols=3,
                  rows=[Row(cells=c, page=7, conf=[1.0] * 3, page_last=7) for c in rows])
    layout = Layout(kind="measures", roles=["measure", "steps", "responsible"])
    got, _ = measure_rows(table, layout, plan_year=2568, year=2568, start_seq=1, context={})
    assert got[0]["responsible"] == ["งานนิติการ", "กองการศึกษาฯ"]
    assert "responsible_empty" not in got[0]["flags"]
    assert got[1]["responsible"] == [] and "responsible_empty" in got[1]["flags"]


def test_unit_at_page_foot_under_the_cut_header_is_read(tmp_path):
    pytest.importorskip("weasyprint")
    _, ex, records, expected = render_seed(18262, tmp_path, "html")
    p6 = next(p for p in ex.pages if p.page == 6).text
    assert not p6.rstrip().endswith("ทุกส่วนราชการ")  # no longer left outside the tables
    got = {m["seq"]: m for m in records.planned_measures}
    want = {m["seq"]: m for m in expected["planned_measures"]}
    for seq in (1, 2, 3, 4):
        assert got[seq]["responsible"] == want[seq]["responsible"]
        assert "responsible_empty" not in got[seq]["flags"]
    assert got[4]["page_first"] == want[4]["page_first"]
    assert "row_split_across_pages" in got[4]["flags"]
