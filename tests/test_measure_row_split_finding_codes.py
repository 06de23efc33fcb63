"""A per-measure Word table (grid, header repeated) whose one row a page break cut (issue 13):
dev seed 19213 docx, measure 3 on pages 5-6. The rest on page 6 under the repeated header prints
a finding without codes (``บางส่วนยังไม่ทราบแนว…``), the measure's unnumbered rest
(``การบริหารและพัฒนาทรัพยากรบุคคล``), steps going on from ``๑.`` with ``ต้อง ๒. …`` and units of
its own. Only one tell (the steps' unnumbered tail) said it was a rest, so it became a fifth
measure (indicator from the heading above) and measure 3 lost the end of its name, its units and
2 of 3 steps in an ``ok`` document. A finding without the question codes every finding of the
table starts with (``e6 e8 บุคลากรภายใน``) is a second tell. One Word render, the real extract and
normalize stages.
"""

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, needs_word, render_seed


def test_finding_without_codes_after_break_is_the_rows_rest(tmp_path):
    needs_word()
    lay = draw_layout(19213, "docx")
    assert (lay["m.arrangement"], lay["m.merged"], lay["m.numbering"]) == ("per_measure", "code_in_analysis", "none")
    _, ex, records, expected = render_seed(19213, tmp_path, "docx")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert any((c or "").startswith("บางส่วนยังไม่ทราบ") for r in p6.rows for c in r)
    assert len(records.planned_measures) == len(expected["planned_measures"]) == 4
    assert_same_measures(records, expected)
    m3 = next(m for m in records.planned_measures if m["seq"] == 3)
    assert (m3["page_first"], m3["page_last"]) == (5, 6)
    assert "row_split_across_pages" in m3["flags"]
