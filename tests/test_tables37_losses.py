"""Table structures still misread at 0.36.0 (h/tables37: born-digital and scanned measures tables).

Each test is named after what went wrong and fails on 0.36.0.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered, render_seed


def test_carried_step_in_a_part_with_a_sliver_column_joins_its_row(tmp_path: Path):
    """fresh36c 53510 docx (one zebra table per measure, no cell rules): the extract stage put a
    1 pt column beside the names on pages 9 and 10; page 9's part (its sliver empty) was stitched
    without it, but page 10's part, measure 4's last step alone in 6 columns with 5 of them empty,
    was not (only as many empty columns as too many were dropped): the step was lost. Dropping
    the one choice of empty columns that gives the table's layout joins it."""
    needs_word()
    _, _, records, expected = render_seed(53510, tmp_path, "docx")
    got = {m["seq"]: m for m in records.planned_measures}
    assert len(records.planned_measures) == len(expected["planned_measures"])
    for want in expected["planned_measures"]:
        assert len(got[want["seq"]]["steps"]) == len(want["steps"]), want["seq"]
    assert not any("measure_rest_unread" in m["flags"] for m in records.planned_measures)


def test_cell_lines_naming_roles_under_a_plain_header_do_not_hide_its_table(tmp_path: Path):
    """fresh36j 53610 html and docx (titles from the ``unknown`` bank, one table per measure, no
    rules): on pages 8 and 10 a heading stands over the table's header, and the steps and
    follow-up cells' third to sixth lines (``รายงานผลการดำเนินงานตามแบบ``, ``ไตรมาส`` …) read as
    a header naming roles four lines below it; a role-named header a few lines below goes first,
    so the plain header's table was not read, measures 3 and 5 lost (flagged, ``partial``). A
    role-named header set right under a body line, at a cell's line gap, is the body's."""
    fuzz([53610], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s053610_html.pdf"))
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)


def test_title_rest_drawn_over_a_code_goes_back_to_the_title(tmp_path: Path):
    """fresh36 53503 docx (one borderless table over many pages, the header repeated, the
    question column's title ``ประเด็นการประเมิน`` wrapped a syllable a line): LibreOffice draws
    the repeated title's last line ``มิน`` past the header onto the row under it; on page 16 that
    line was the row's own ``o38``, the glyphs read interleaved ``o3มิ8น``, and the code read
    ``o3`` (flagged). The Thai letters completing the title go back to it; ``o38`` stays."""
    needs_word()
    _, _, records, expected = render_seed(53503, tmp_path, "docx")
    got = {m["seq"]: m for m in records.planned_measures}
    for want in expected["planned_measures"]:
        assert sorted(got[want["seq"]]["question_codes"]) == sorted(want["question_codes"]), want["seq"]


def test_title_over_code_needs_the_title_completed():
    """Thai letters in a code cell's first line go to the title only when they complete it."""
    from normalizers.tables.repeat_head import _title_over_code
    titles = {"ประเด็นการประเมิน"}
    assert _title_over_code("o3มิ8น", "ประเด็นการประเ", titles) == ("มิน", "o38")
    assert _title_over_code("o3มิ8น", "ประเด็นการ", titles) is None
    assert _title_over_code("มิน", "ประเด็นการประเ", titles) is None  # no code left: the other branch's
    assert _title_over_code("o38 กอง", "ประเด็นการประเ", titles) is None
