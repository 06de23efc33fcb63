"""An indicator's heading row left at a page's foot with one question whose text went to the
next page (issue 13, born16): per-question scores printed without rules (text lines), grouped
by indicator. Development seed 15861 html, read by the real extract and normalize stages."""

from corpus_seeds import render_seed
from corpus.space import draw_layout
from normalizers.tables.lines import _heads


def test_heading_over_a_bare_code_line_is_its_indicator_row(tmp_path):
    """Page 1 ends with ``ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 68.02`` over ``i1 93.87`` (i1's text is
    on page 2). The heading was kept as indicator 1's row only when the question line after it
    printed a code and text: a bare code gave no tool to check, and indicator 1's
    ``analysis_table`` row was lost in an ``ok`` document."""
    assert _heads(("indicator", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 68.02), ("question", "i1", 93.87))
    assert not _heads(("indicator", "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 68.02), ("question", "e1", 93.87))
    lay = draw_layout(15861, "html")
    assert (lay["q.rules"], lay["q.arrangement"], lay["q.header"]) == ("none", "grouped", "none")
    _, _, records, expected = render_seed(15861, tmp_path, "html")
    got = {(r["indicator_no"], r["source"]): r["score"] for r in records.indicator_scores}
    want = {(i["indicator_no"], i["source"]): i["score"] for i in expected["indicator_scores"]}
    assert got[(1, "analysis_table")] == 68.02
    assert got == want
