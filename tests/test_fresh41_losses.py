"""Losses of session 41's unbiased born set fresh41 (63000–63029, read after its scoring at
0.40.0; dev now), read end to end from the corpus' own Word render."""
from __future__ import annotations

from corpus_seeds import needs_word, render_seed


def _same_measures(records, expected) -> None:
    got, want = records.planned_measures, expected["planned_measures"]
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g["question_codes"] == w["question_codes"]
        assert g["steps"] == w["steps"]
        assert str(g["period_start"]) == str(w["period_start"]) and str(g["period_end"]) == str(w["period_end"])


def test_row_rest_in_a_table_of_its_own_under_a_clipped_header_goes_with_the_row_before(tmp_path):
    """63013 docx (a table per measure, a two-level header repeated and clipped on the next page,
    its cut lines printed over the row's first line): measure 5's rest on p6 (``2565`` under
    ``ธันวาคม 2564- เมษายน``, steps ``๓.`` and ``๔.`` after ``๑.`` ``๒.``, the indicator's
    ``คะแนน)``) was read as a measure of its own, since the header's clipped ``ประเ`` stood in its
    code cell: an extra measure, measure 5's steps and period cut, the indicator score
    unreadable. Two tells of text going on after the break join it to the row before."""
    needs_word()
    _, _, records, expected = render_seed(63013, tmp_path, "docx")
    _same_measures(records, expected)
    assert "row_split_across_pages" in records.planned_measures[4]["flags"]
    assert records.document["status"] == "ok"


def test_row_cut_after_its_first_lines_and_a_period_word_goes_with_its_rest(tmp_path):
    """63024 docx: measure 6 begins at p9's foot (``o1``, ``มาตรการจัดทำ``, ``ตลอด``, step ``1.``)
    and goes on in p10's table (``6`` of its code, ``ปีงบประมาณ 2568``, unnumbered steps): read as
    two measures, the first with codes ``o1`` and no period, the second ``o6 o20``. A period cell
    ending with ``ตลอด`` is cut (a word opening a span), and with the steps' unnumbered rest the
    two parts are one row: ``o16 o20``, flagged ``code_digits_rejoined``."""
    needs_word()
    _, _, records, expected = render_seed(63024, tmp_path, "docx")
    _same_measures(records, expected)
    assert any(f.startswith("code_digits_rejoined:o1") for f in records.planned_measures[5]["flags"])
