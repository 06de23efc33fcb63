"""A measure's table whose header band (titles naming no role) stands alone at a page's foot,
its row moved on whole to the next page (issue 13, born16). Development seed 15655 drawn with
every title from the corpus's ``unknown`` bank (``fuzz --header-words unknown``), HTML render,
read by the real extract and normalize stages."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def _read_unknown(seed: int, renderer: str, tmp_path: Path) -> tuple[SimpleNamespace, dict]:
    """(records, expected) of ``seed`` drawn by ``renderer`` with every column title from the
    ``unknown`` wording bank, read by the real pipeline."""
    fuzz([seed], tmp_path, renderer, log=lambda *_: None, header_words="unknown")
    rec, expected = read_rendered(str(tmp_path / f"s{seed:06d}_{renderer}.pdf"))
    return SimpleNamespace(**rec), expected


def test_header_band_alone_at_the_foot_carries_its_columns_whatever_its_words(tmp_path: Path):
    """Page 5 ends with measure 1's shaded two-level header (``กำหนดการ | จุดควรเสริม |
    ทำอย่างไร | ส่วนที่ ๒ งานเด่นปีนี้ | เรื่องที่ประเมิน``), flagged ``table_header_alone``;
    its unshaded row fills the top of page 6. Its titles name no role, so the header was not
    counted as a header and carried nothing: the row was no table, measure 1 and the indicator
    score printed in it (8 = 82.73) were lost in an ``ok`` document. A header band alone carries
    its columns whatever its words."""
    records, expected = _read_unknown(15655, "html", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.rules"] == "zebra"
    m1 = next(m for m in records.planned_measures if m["seq"] == 1)
    assert m1["measure"] == "กิจกรรมจัดทำคู่มือการยืมและคืนทรัพย์สินของทางราชการ"
    assert m1["indicator_no"] == 8
    assert (8, 82.73) in {(r["indicator_no"], r["score"]) for r in records.indicator_scores
                          if r["source"] == "measures_table"}
    assert_same_measures(records, expected)


def test_carried_header_printed_again_at_the_foot_starts_the_next_measures_table(tmp_path: Path):
    """Seed 15698 docx (unknown titles, no rules, one table per measure, long rows): page 7
    holds the rest of measure 2's row, the heading ``ประเด็นที่ ๓ …``, measure 3's header (the
    same titles as page 6's tables) and the first line of its row; the rest of that row fills
    page 8. One line under titles naming no role is too little to tell a measures table by its
    cells, so no table was read there nor carried: measure 3 lost in an ``ok`` document. A header
    printing the carried table's titles again is a measures table's."""
    needs_word()
    records, expected = _read_unknown(15698, "docx", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.rules"] == "none"
    m3 = next(m for m in records.planned_measures if m["seq"] == 3)
    assert m3["measure"] == "กิจกรรมทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"
    assert m3["indicator_no"] == 6
    assert_same_measures(records, expected)


def test_finding_ending_on_an_indicator_name_is_the_analysis(tmp_path: Path):
    """Seed 15560 html (unknown titles, one table per page): the analysis column (``จุดควรเสริม``)
    prints findings, two of them ending on indicator 4's name (``บุคลากรภายในบางส่วนยังไม่ทราบ
    แนวปฏิบัติการใช้ทรัพย์สินของราชการ``). Those cells were typed as indicator cells, the
    column's evidence for the analysis fell under the threshold and every measure's analysis was
    dropped. A cell printing a finding that does not start ``ตัวชี้วัด`` is no indicator cell."""
    from normalizers.tables.cells import INDICATOR, cell_type

    assert cell_type("บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของราชการ") != INDICATOR
    assert cell_type("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ") == INDICATOR
    records, expected = _read_unknown(15560, "html", tmp_path)
    assert expected["dims"]["header_half"] == "unknown"
    got = {m["seq"]: m["analysis"] for m in records.planned_measures}
    assert got == {m["seq"]: m["analysis"] for m in expected["planned_measures"]}
    assert got[2] == "บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของราชการ"


def test_anchor_list_going_on_under_a_numbered_measure_is_no_new_row(tmp_path: Path):
    """Seed 15638 html (unknown titles, horizontal rules, shuffled columns: the steps first,
    measures numbered ``4.``): under titles naming no role the steps column anchors the rows, and
    measure 4's third step ``๓. ประเมินผล…`` was read as a new row (a numbered entry in the
    anchor), its analysis' last words and a unit cut off with it. The anchor's next item, on a
    line where the column that numbered the row (``4.``) numbers nothing, is a list inside the row."""
    records, expected = _read_unknown(15638, "html", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.order"] == "shuffled"
    m4 = next(m for m in records.planned_measures if m["measure"] == "กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน")
    assert m4["analysis"] == "ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้าและขั้นตอนไม่ชัดเจน"
    assert m4["responsible"] == ["งานนิติการ", "กองช่าง", "กองการศึกษาฯ"]
    assert_same_measures(records, expected)


def test_first_row_of_titles_shared_by_headerless_tables_is_their_header(tmp_path: Path):
    """Seed 15542 html (unknown titles, zebra rules, one table per measure): each measure's
    table prints the same shaded title row (``สิ่งที่ต้องทำ | เรื่องที่ประเมิน | จุดควรเสริม |
    สิ่งที่ลงมือ | ค่าที่หวัง | กองที่ทำ``), read as a body row since no word of it is known:
    every table headerless, too little evidence to map, all three measures lost (flagged
    ``unmapped_table``). A first row of titles that several headerless tables share is their
    header; the tables are then mapped together on all their cells."""
    records, expected = _read_unknown(15542, "html", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.rules"] == "zebra"
    assert not any(f.startswith("unmapped_table") for f in records.document["flags"])
    assert len(records.planned_measures) == 3
    assert_same_measures(records, expected)


def test_header_printed_over_several_tables_of_a_page_is_known_from_the_first(tmp_path: Path):
    """Seed 15850 docx (unknown titles, no rules, one table per measure): page 2 prints three
    measures' tables under the same titles (``การทวนสอบ | ผู้ดูแล | สิ่งที่ลงมือ | ข้อเพิ่มเติม |
    ลำดับการทำ``). The first one's single row (one unit, a remark) was too little to tell a
    measures table by, and a header was known only once a table under it was read: measure 1
    lost, and the headings' indicators shifted onto the measures after it. A header printed
    twice or more on the page is known from its first table on."""
    needs_word()
    records, expected = _read_unknown(15850, "docx", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.rules"] == "none"
    got = [(m["measure"], m["indicator_no"]) for m in records.planned_measures]
    assert got == [(m["measure"], m["indicator_no"]) for m in expected["planned_measures"]]
    assert got[0] == ("มาตรการจัดทำคู่มือการยืมและคืนทรัพย์สินของทางราชการ", 8)
    assert_same_measures(records, expected)


def test_header_printed_by_two_later_slabs_cuts_a_stack_under_the_rest_of_a_row(tmp_path: Path):
    """Seed 15854 docx (unknown titles, horizontal rules, one table per measure): page 3 opens
    with the rest of measure 3's row, then ``ประเด็นที่ ๔ …``, measure 4's table, ``ประเด็นที่ ๕
    …`` and measure 5's table, all ruled across in one stack. Headers naming no role cut a stack
    only where they repeat its first slab, here the rest of a row: the page was read as one
    four-column table, unmapped, measures 4 and 5 lost (flagged). A header two later slabs print
    cuts the stack too."""
    needs_word()
    records, expected = _read_unknown(15854, "docx", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.rules"] == "horizontal"
    assert not any(f.startswith("unmapped_table:p3") for f in records.document["flags"])
    assert [m["measure"] for m in records.planned_measures] == [m["measure"] for m in expected["planned_measures"]]
    assert_same_measures(records, expected)


def test_lower_header_row_naming_no_role_under_a_carried_group_cell(tmp_path: Path):
    """Seed 15855 html (unknown titles, zebra, two-level header, one table per measure): page 5
    ends with measure 4's upper header row alone (``งานเด่นปีนี้ | ข้อมูลประกอบ | ส่วนที่ ๒``, the
    group cell over four sub-columns); page 6 starts with the lower row (``เงินทุน | กลุ่มเรื่อง
    | สิ่งที่ต้องทำ | ผู้ดูแล``) and the measure's row. A lower row was taken only when a title
    named a role, so the row was read in the three carried columns: budget, indicator, steps and
    units in one cell, all read as steps (``ไม่ใช้ ตัวชี้วัดที่ ๑0 การ`` a step), the units lost.
    Short titles on a line or two under the carried group are the lower row too."""
    records, expected = _read_unknown(15855, "html", tmp_path)
    assert expected["dims"]["header_half"] == "unknown" and expected["dims"]["m.header"] == "two"
    m4 = next(m for m in records.planned_measures if m["seq"] == 4)
    assert m4["steps"] == ["สรุปผลการดำเนินงานรายงานผู้บริหาร", "รวบรวมข้อมูลและตรวจสอบความถูกต้อง",
                           "จัดทำประกาศและแนวปฏิบัติให้บุคลากรถือปฏิบัติ", "เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน"]
    assert m4["responsible"] == ["กองสาธารณสุขและสิ่งแวดล้อม", "กองส่งเสริมการเกษตร", "งานบริหารงานบุคคล"]
    assert_same_measures(records, expected)
