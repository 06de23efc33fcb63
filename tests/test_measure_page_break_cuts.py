"""Measures tables without rules whose header or row a page break cut (issue 13, carry13):
silent losses of a measure or of its cells. Each test renders one development seed and runs the
real extract and normalize stages on it (three HTML renders, one Word render).
"""

import pytest

from corpus_seeds import assert_same_measures, needs_word, render_seed
from corpus.space import draw_layout
from normalizers.document import normalize

pytest.importorskip("weasyprint")


def test_two_level_header_split_by_page_break_reads_the_body_under_both_rows(tmp_path):
    """Seed 8039 (html, no rules, a two-level header, header not repeated): a table's header
    fell at page 6's foot alone, its upper row (``ตัวชี้วัดการประเมิน | … | การดำเนินงาน``) on
    page 6 and its lower row (``ขั้นตอนหรือวิธีการปฏิบัติ | ช่วงระยะเวลาในการดำเนินการ``)
    on page 7 over the body. The four carried columns did not fit the five-column body, so
    nobody read page 7's body: measure 3 lost with no flag. The lower row at the page top is
    joined to the carried one and the body read under both."""
    lay = draw_layout(8039, "html")
    assert (lay["m.rules"], lay["m.header"], lay["m.repeat_header"]) == ("none", "two", "no")
    _, ex, records, expected = render_seed(8039, tmp_path, "html")
    top = min((t for t in ex.tables if t.page == 7), key=lambda t: t.bbox[1])
    # the carried upper row leads the header row read on page 7 (raw text: ``ํา`` for ``ำ``)
    assert top.rows[0][0] == "ตัวชี้วัดการประเมิน" and (top.rows[0][3] or "").startswith("การด")
    assert "ขั้นตอนหรือวิธีการปฏิบัติ" in (top.rows[0][3] or "")
    assert len(top.rows) >= 2 and "เผยแพร่ต่อ" in "".join((c or "").replace("\n", "") for c in top.rows[1])
    assert_same_measures(records, expected)


def test_row_rest_beside_a_narrow_column_keeps_its_measure_name(tmp_path):
    """Seed 9105 (html, no rules, one table per issue): measure 3's row began at page 3's foot
    (its unit ``- งานนิติการ`` and first step) and went on at page 4's top. The header carried
    from page 3 was read over two lines of body (its boundaries mid-gap between header words),
    and the boundary beside a narrow column (``มาตรการ`` | ``ที่``) could not move as far as
    page 4's whitespace: page 4's first line, with the measure's name, was read by nobody, and
    the rest came out as a table of its own. The boundaries may now move between the middles
    of the carried columns, and the rest stitches to its table."""
    _, _, records, expected = render_seed(9105, tmp_path, "html")
    assert_same_measures(records, expected)
    got = next(m for m in records.planned_measures if m["measure"].startswith("แนวทางเผยแพร่ข่าวสาร"))
    assert got["responsible"][0] == "งานนิติการ" and got["steps"][0] == "จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน"
    assert "row_split_across_pages" in got["flags"]


def test_keyless_row_at_page_foot_goes_with_the_next_pages_row(tmp_path):
    """Seed 9140 (html, no rules, one table, header not repeated): the first lines of a measure
    (``- สำนักปลัด`` and its first step) printed at page 3's foot, its measure, analysis and
    indicator cells moved to page 4 whole. The keyless row was glued to the measure above
    (an extra unit and step there, both missing from their own measure)."""
    _, _, records, expected = render_seed(9140, tmp_path, "html")
    assert_same_measures(records, expected)
    got = next(m for m in records.planned_measures if m["measure"].startswith("โครงการปรับปรุงขั้นตอนการให้บริการ"))
    assert got["responsible"][0] == "สำนักปลัด"


def test_row_cut_by_page_break_in_word_joins_its_rest(tmp_path):
    """Seed 9144 (docx, no rules, one table, header not repeated): a Word row broke across
    pages 7 and 8; its rest (``การสื่อสาร`` under ``ตัวชี้วัดที่ ๗ ประสิทธิภาพ``, the unit's
    last letters ``ธ์`` of ``งานประชาสัมพันธ์``, a step ``- ประเมินผล…``) was read as a header
    row of page 8's table, so the table did not stitch and the measure lost half of its cells
    (and the next measure's columns were mapped anew). A row holding a list item or a word's
    rest is no row of titles; an indicator cell's unnumbered rest and a cell starting mid-word
    tell the row's rest."""
    needs_word()
    _, _, records, expected = render_seed(9144, tmp_path, "docx")
    assert_same_measures(records, expected)
    got = next(m for m in records.planned_measures if m["measure"].startswith("แนวทางประเมินความเสี่ยงการทุจริต"))
    assert got["responsible"] == ["งานประชาสัมพันธ์", "งานนิติการ"]


def test_header_alone_whose_body_nobody_reads_flags_the_document(tmp_path):
    """The same render of seed 8039 with page 7's table at the top dropped (as the extract stage
    read it before: its body read by nobody): the header alone at page 6's foot, with no body
    under it here or on the next page, makes the document partial and says where
    (``measures_body_unread:p6``); read right, no such flag."""
    _, ex, records, _ = render_seed(8039, tmp_path, "html")
    assert not any(f.startswith("measures_body_unread") for f in records.document["flags"])
    ex.tables = [t for t in ex.tables if not (t.page == 7 and t.index == 0)]
    got = normalize(ex)
    assert "measures_body_unread:p6" in got.document["flags"] and got.document["status"] == "partial"
