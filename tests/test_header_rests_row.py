"""A header row alone at a page's foot whose titles' last lines went to the next page as a row
of their own (fresh18 seed 18447 docx, per-measure tables without rules, Word rows allowed to
break): page 6's first row is ``| | น | | | | มาตรการ |`` (the ``น`` of ``ประเด็นการประเมิน``, the
last line of ``ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ``). The codes column's title stayed
``ประเด็นการประเมิ``, the column got no role and measure 3's codes ``i10 i11`` were lost with no
flag in an ``ok`` document. A first row made only of such rests goes up into the header.
One Word render, the real extract and normalize stages."""

from corpus_seeds import assert_same_measures, needs_word, render_seed


def test_header_rests_row_joins_header(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(18447, tmp_path, "docx")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert [c for c in p6.rows[0] if c] == ["น", "มาตรการ"]
    m = next(m for m in records.planned_measures if m["measure"].startswith("กิจกรรมสำรวจความพึงพอใจ"))
    assert m["question_codes"] == ["i10", "i11"]
    assert m["measure_analysis"] == next(e["measure_analysis"] for e in expected["planned_measures"]
                                         if e["measure"] == m["measure"])
    assert_same_measures(records, expected)
