"""A row's rest at the top of a page read as a header (issue 13): dev seed 18230 docx (measures
in one table without rules, no repeated header) breaks measure 3's row after page 7; page 8's
part, one line of cells (``ขั้นตอนไม่ชัดเจน | การดำเนินงาน | ส่วนเสียภายนอก | …ของหน่วยงาน 2.
แต่งตั้งคณะทำงาน… 3. ประชุม…``), read as a header row by its header words, had no body: it was
not stitched, and measure 3 lost the end of its name, analysis and 5 of its 6 steps without a
flag. A cell holding two or more numbered items is data, never a column title; and a header
word (``การดำเนินงาน``, the end of measure 3's name) in the first row of a part with no header
on its page is the row's, kept and flagged ``header_text_kept``. One Word render, the real
extract and normalize stages.
"""

from corpus_seeds import assert_same_measure, needs_word, render_seed


def test_row_rest_on_a_headerless_page_is_read(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(18230, tmp_path, "docx")
    p8 = next(t for t in ex.tables if t.page == 8)
    assert any("2. แต่งตั้ง" in (c or "") and "3. ประชุม" in (c or "") for r in p8.rows for c in r)  # a row's rest
    got = {m["seq"]: m for m in records.planned_measures}
    want = {m["seq"]: m for m in expected["planned_measures"]}
    assert got[3]["page_last"] == 8
    assert got[3]["measure"] == want[3]["measure"] == "มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน"
    assert "header_text_kept:measure" in got[3]["flags"]
    assert_same_measure(got[3], want[3])
    assert len(got[3]["steps"]) == len(want[3]["steps"]) == 6
