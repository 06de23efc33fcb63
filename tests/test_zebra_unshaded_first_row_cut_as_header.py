"""A zebra measures table continued at the top of a page by an unshaded row (coordinator's seed
45027 docx, Sarabun IT9, landscape, one table, long rows)."""
from __future__ import annotations

from corpus_seeds import assert_same_measures, needs_word, render_seed


def test_unshaded_row_over_the_first_band_is_not_cut_into_header_and_row(tmp_path):
    """Page 4 opens with measure 3's unshaded row (``ตัวชี้วัดที่ ๑๐ การ | ๓. แนวทาง… | … |
    ๑. จัดทำ… | ๑๓ กค ๒๕๖๕ - กย``), then measure 4's shaded band. Above a stack's first band the
    reader takes a first row and a header; it cut measure 3's row after its first line and took
    that line for a header row. The row's rest became a measure of its own without a number
    (``ร่วมของประชาชน…``, period unparsed, responsible lost) and measure 3 kept its first line
    only. A header holds no numbers in two cells (years aside): such a line is the row's own."""
    needs_word()
    _, ex, records, expected = render_seed(45027, tmp_path, "docx")
    first = next(t for t in ex.tables if t.page == 4)
    assert first.rows[0][1].startswith("3. แนวทาง") and "ร่วมของประชาชน" in first.rows[0][1]
    m3 = next(m for m in records.planned_measures if m["seq"] == 3)
    assert m3["measure"] == "แนวทางส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน"
    assert m3["responsible"] == ["สำนักปลัด", "งานนิติการ", "งานประชาสัมพันธ์"]
    assert_same_measures(records, expected)
