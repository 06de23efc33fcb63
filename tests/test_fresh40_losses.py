"""Losses of session 40's unbiased born-digital sets (fresh40j 61400–61419, unknown column titles,
both renderers; scored with 0.39.0 before any change): each read end to end from the corpus' own
render."""
from __future__ import annotations

from corpus.fuzz import fuzz
from corpus_seeds import needs_word, read_rendered


def test_header_of_three_levels_told_by_its_covered_cells(tmp_path):
    """fresh40j 61410 docx (one table per measure, unknown titles): the header is three rows, an
    empty top cell over a group title over three sub-titles, the first five titles running down
    through all three. Two rows were taken for the header, the sub-titles read as each table's
    first body row, and the codes column under them (``e13 e15``) left unmapped: every measure's
    question codes lost (flagged only ``column_unmapped_text``). The rows the top titles still run
    down through are header rows too (``header_rows._covered_below``)."""
    needs_word()
    fuzz([61410], tmp_path, "docx", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s061410_docx.pdf"))
    got = records["planned_measures"]
    assert len(got) == len(expected["planned_measures"])
    assert [sorted(m["question_codes"]) for m in got] == \
        [sorted(m["question_codes"]) for m in expected["planned_measures"]]
    assert [m["analysis"] for m in got] == [m["analysis"] for m in expected["planned_measures"]]


def test_two_titles_read_as_one_piece_under_a_plain_header_are_split(tmp_path):
    """fresh40j 61413 html (one borderless table, unknown titles): the codes column's title and the
    period column's (``… กำหนดการ``) were set 6 pt apart, one header piece, so the two columns were
    read as one (``i7 ปี⏎i9 งบประมาณ⏎พ.ศ.⏎2570``): every period lost (flagged only as an unmapped
    column) and two measures' codes misread (``i6``, ``i1`` from a tool prefix). The body's channel
    under the header's gap splits them, as it did under a header that names roles
    (``spaced_split.split_merged``)."""
    fuzz([61413], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s061413_html.pdf"))
    got, want = records["planned_measures"], expected["planned_measures"]
    assert len(got) == len(want)
    assert [(str(m["period_start"])[:10], str(m["period_end"])[:10]) for m in got] == \
        [(m["period_start"], m["period_end"]) for m in want]
    assert [sorted(m["question_codes"]) for m in got] == [sorted(m["question_codes"]) for m in want]


def test_remark_column_first_anchors_no_rows(tmp_path):
    """fresh40 61001 docx (one borderless table, remark column first, header repeated): the rows were
    anchored on the remark column (the first whose title does not name the steps alone), empty on
    most rows, so the rest of a row the page broke, atop the next page, was read into the next row:
    measure 2 lost its last steps and measures 3-5 began with the step tails of the measures before,
    none flagged. The anchor is the first column a row may not leave empty (a remark, budget or
    follow-up column is skipped)."""
    needs_word()
    fuzz([61001], tmp_path, "docx", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s061001_docx.pdf"))
    assert [m["steps"] for m in records["planned_measures"]] == [m["steps"] for m in expected["planned_measures"]]
