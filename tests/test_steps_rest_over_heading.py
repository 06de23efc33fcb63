"""A row's rest at a page's top over the next measure's heading and header, read by the extract
stage as one two-column table (fresh18 seed 18412 docx, per-measure tables with rules across,
long rows): page 6's first row holds steps 4-8 of measure 1, then ``ประเด็นที่ ๒ …`` and the
top of measure 2's header. The steps row, one filled cell, was taken for a title over that
header and dropped: measure 1 lost five steps (CER 0.52) in an ``ok`` document with no flag.
A cell of two or more numbered items is never a title: the part is left unmapped and the
document ``partial``. On page 7 the indicator column ran into the finding
(``ตัวชี้วัดที่ o๓๙ o๔๐ ๑๐ การ คะแนนต่ำกว่าป้องกัน …``): ``cell_content_mismatch:analysis``.
One Word render, the real extract and normalize stages."""

from corpus_seeds import needs_word, render_seed


def test_steps_rest_is_not_a_title(tmp_path):
    needs_word()
    _, ex, records, expected = render_seed(18412, tmp_path, "docx")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert p6.rows[0][1].startswith("โดยให้ทุกส่วนราชการ")
    m1 = next(m for m in records.planned_measures if m["measure"].startswith("มาตรการสร้างวัฒนธรรมองค์กร"))
    want = next(m for m in expected["planned_measures"] if m["measure"] == m1["measure"])
    assert len(m1["steps"]) < len(want["steps"])  # the rest is still not joined to the row ...
    assert records.document["status"] == "partial"  # ... but no longer lost silently
    assert "unmapped_table:p6" in records.document["flags"]


def test_indicator_label_in_finding_flagged(tmp_path):
    needs_word()
    _, _, records, _ = render_seed(18412, tmp_path, "docx")
    m2 = next(m for m in records.planned_measures if m["measure"].startswith("โครงการสำรวจความพึงพอใจ"))
    assert m2["analysis"].startswith("ตัวชี้วัดที่")
    assert "cell_content_mismatch:analysis" in m2["flags"]
