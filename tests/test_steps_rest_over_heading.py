"""A row's rest at a page's top over the next measure's heading and header, read by the extract
stage as one two-column table (fresh18 seed 18412 docx, per-measure tables with rules across,
long rows): page 6's first row holds steps 4-8 of measure 1, then ``ประเด็นที่ ๒ …`` and the
top of measure 2's header. The steps row, one filled cell, was taken for a title over that
header and dropped: measure 1 lost five steps (CER 0.52) in an ``ok`` document with no flag.
A cell of two or more numbered items is never a title: the part is left unmapped and the
document ``partial``. On page 7 the indicator column ran into the finding
(``ตัวชี้วัดที่ o๓๙ o๔๐ ๑๐ การ คะแนนต่ำกว่าป้องกัน …``): ``cell_content_mismatch:analysis``.
Since h/born20 both parts are read in the columns of p5's table, every measure as printed.
One Word render, the real extract and normalize stages."""

from corpus_seeds import needs_word, render_seed


def test_steps_rest_is_not_a_title(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(18412, tmp_path, "docx")
    # up to h/born20 the rest was read as a 2-column table, never joined to its row: the
    # document partial, ``unmapped_table:p6``. Since h/born20 (rule_stacks.split_at_headings,
    # the refit: test_rules_across_heading_slab) the rest is read in the 7 columns of p5's table
    # and joined to its row: measure 1's steps whole, the document ok
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert p6.n_cols == 7 and p6.rows[0][4].startswith("โดยให้ทุกส่วนราชการ")
    m1 = next(m for m in records.planned_measures if m["measure"].startswith("มาตรการสร้างวัฒนธรรมองค์กร"))
    want = next(m for m in expected["planned_measures"] if m["measure"] == m1["measure"])
    assert m1["steps"] == want["steps"]
    assert records.document["status"] == "ok"
    assert "unmapped_table:p6" not in records.document["flags"]


def test_indicator_label_in_finding_flagged(tmp_path):
    needs_word()
    _, _, records, expected = render_seed(18412, tmp_path, "docx")
    m2 = next(m for m in records.planned_measures if m["measure"].startswith("โครงการสำรวจความพึงพอใจ"))
    # up to h/born20 p7's indicator column ran into the finding (``ตัวชี้วัดที่ o๓๙ o๔๐ ๑๐ การ
    # คะแนนต่ำกว่า…``), flagged ``cell_content_mismatch:analysis``; since h/born20 p7's part takes
    # p5's 7 columns (table_columns_refit): the finding is read alone, as printed
    want = next(m for m in expected["planned_measures"] if m["measure"] == m2["measure"])
    assert m2["analysis"] == want["analysis"] == "คะแนนต่ำกว่าค่าเป้าหมายเนื่องจากข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน"
    assert m2["question_codes"] == want["question_codes"]
    assert "table_columns_refit" in m2["flags"]
