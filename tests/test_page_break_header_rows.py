"""Measures tables, one per measure, whose header row the page break cut (issue 13, born16):
weasyprint breaks a header row like any other, so one page ends with the first lines of a
header (or its upper row) and the next page starts with the rest over the measure's row.
Three HTML renders of development seeds, each read by the real extract and normalize stages.
"""

from corpus_seeds import assert_same_measures, render_seed
from corpus.space import draw_layout


def _cells(t) -> list[str]:
    return ["".join((c or "").split()) for c in t.rows[0]]


def test_row_under_the_lower_header_row_at_a_page_top_is_one_row(tmp_path):
    """Seed 15501 html (horizontal rules, two-level header, Waree): page 5 ends with measure 4's
    upper header row, page 6 starts with its lower row and measure 4's row. That row's three
    lines were split as rows of a plain table (``มาตรการปรับปรุง`` / ``ขั้นตอนการให้บริการ`` /
    ``ให้สั้นและชัดเจน``: three measures, the name cut in three, the steps and unit with them).
    Under the rest of a measures-wide table of the page before, its slabs are split as a
    measures table's: one row."""
    lay = draw_layout(15501, "html")
    assert (lay["m.rules"], lay["m.header"], lay["m.arrangement"]) == ("horizontal", "two", "per_measure")
    _, ex, records, expected = render_seed(15501, tmp_path, "html")
    top6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert len(top6.rows) == 2 and top6.rows[1][0].startswith("๔) มาตรการปรับปรุง")
    assert "ให้สั้นและชัดเจน" in top6.rows[1][0]
    names = [m["measure"] for m in records.planned_measures]
    assert "มาตรการปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน" in names
    assert "ให้สั้นและชัดเจน" not in names
    assert_same_measures(records, expected)


def test_header_titles_left_at_the_page_foot_name_the_next_pages_columns(tmp_path):
    """Seed 15505 html (grid, two-level header, landscape): measure 3's upper header row broke
    over pages 7-8; ``แนวทางการดำเนินการ`` (steps) and ``ผู้รับผิดชอบ`` (units) were printed at
    page 7's foot, their cells empty on page 8, so the two columns had no role: the steps and
    units of measure 3 lost. The foot part's titles fill the empty cells of the table heading
    the next page, column by column."""
    lay = draw_layout(15505, "html")
    assert (lay["m.rules"], lay["m.header"], lay["m.columns"]) == ("grid", "two", "m8")
    _, ex, records, expected = render_seed(15505, tmp_path, "html")
    foot = [t for t in ex.tables if t.page == 7][-1]
    assert len(foot.rows) == 1 and "แนวทางการดําเนินการ" in _cells(foot)
    top8 = next(t for t in ex.tables if t.page == 8 and t.index == 0)
    assert _cells(top8)[1] == ""  # the extraction as read: the title is on page 7
    m3 = next(m for m in records.planned_measures if m["measure"].startswith("โครงการจัดทำคู่มือการยืม"))
    assert m3["steps"] == ["จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน", "ประชุมชี้แจงบุคลากรทุกส่วนราชการ"]
    assert m3["responsible"] == ["งานนิติการ", "งานประชาสัมพันธ์"]
    assert_same_measures(records, expected)


def test_heading_and_cut_header_at_the_page_foot_are_no_rows(tmp_path):
    """Seed 15528 html (horizontal rules, one header row, Waree, landscape): page 6 ends with
    measure 3's table, the heading ``ประเด็นที่ ๔ การปฏิบัติหน้าที่`` between two rules and
    the first line of measure 4's header (``กรอบเวลา หมายเหตุ ขั้นตอนการดำเนินงาน``, its bottom
    rule on page 7). Both were read as rows of measure 3's table, and ``ติหน้าที่`` ended its
    last step. The table now ends at the rule above the heading."""
    lay = draw_layout(15528, "html")
    assert (lay["m.rules"], lay["m.header"], lay["m.arrangement"]) == ("horizontal", "one", "per_measure")
    _, ex, records, expected = render_seed(15528, tmp_path, "html")
    last6 = [t for t in ex.tables if t.page == 6][-1]
    assert len(last6.rows) == 2
    assert not any("ติหน้าที่" in (c or "") for row in last6.rows for c in row)  # the heading's words
    m3 = next(m for m in records.planned_measures if m["measure"].startswith("โครงการเปิดเผยข้อมูลการใช้จ่าย"))
    assert m3["steps"] == ["สรุปผลการดำเนินงานรายงานผู้บริหาร", "ประชุมชี้แจงบุคลากรทุกส่วนราชการ"]
    assert_same_measures(records, expected)


def test_body_slab_under_a_header_is_no_header(tmp_path):
    """Seed 15638 html (horizontal rules, one header, shuffled columns: the steps first): on
    page 6 the repeated header's bottom lies a hair under its rule, so the first body slab was
    taken for the header too and the anchor column read from its cells (the steps, ``๑.`` …):
    measure 4's third step, the end of its analysis and a unit were split off as a row of their
    own. The anchor is the header's (the analysis column, the steps naming no row)."""
    lay = draw_layout(15638, "html")
    assert (lay["m.rules"], lay["m.order"], lay["m.repeat_header"]) == ("horizontal", "shuffled", "yes")
    _, ex, records, expected = render_seed(15638, tmp_path, "html")
    p6 = next(t for t in ex.tables if t.page == 6)
    assert len(p6.rows) == 7  # the header, five measures, the first line of the sixth
    m4 = next(m for m in records.planned_measures if m["measure"] == "กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน")
    assert m4["analysis"] == "ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้าและขั้นตอนไม่ชัดเจน"
    assert m4["responsible"] == ["งานนิติการ", "กองช่าง", "กองการศึกษาฯ"]
    assert_same_measures(records, expected)
