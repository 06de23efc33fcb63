"""Measures tables whose columns were read but whose meaning was lost (issue 13, items 3, 5,
6): one test per bug, each on a report the corpus renderers draw (``corpus.fuzz``, dev seeds
600-699, HTML via weasyprint or Word via LibreOffice) and read by the real extract +
normalize stages. The expected rows are the ones the corpus writes for that draw
(``*.expected.json``), not values copied here.
"""
from __future__ import annotations

import pytest

from normalizers.fields.codes import rejoin_wrapped_code
from normalizers.fields.period_units import split_period_units
from corpus_seeds import measure_pairs, needs_soffice, read_rendered, render_sample, wrong_fields

pytest.importorskip("weasyprint")

HTML_SEEDS = [54, 611, 689, 690, 697]
DOCX_SEEDS = [678]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("mcols")
    return render_sample(out, HTML_SEEDS, DOCX_SEEDS)


def test_code_column_beside_the_analysis_is_not_joined_to_it(sample):
    # seed 611 (m8, two-level header): the bare-code column was joined to the findings column
    # on its right as if they were question texts, so every finding was lost (analysis None)
    pairs = measure_pairs(sample, "s000611_html")
    assert not wrong_fields(pairs, "analysis")
    assert not wrong_fields(pairs, "question_codes")


def test_code_column_beside_the_units_is_not_joined_to_them(sample):
    # seed 697 (m8, columns shuffled): the code column sat left of the responsible column and
    # was joined to it: the codes became a responsible unit (``o29``, ``i7i12``) and were lost
    pairs = measure_pairs(sample, "s000697_html")
    assert not wrong_fields(pairs, "responsible")
    assert not wrong_fields(pairs, "question_codes")


def test_two_level_header_whose_group_title_is_cut_into_pieces(sample):
    # seed 690 (columns found by alignment): the group title over five sub-columns was cut
    # into ``กา | รนำผลการวิเคร | าะห์ไปสู่…``, so the top row did not read as a header and
    # the sub-column titles became the first body row: the measures' analysis was the
    # sub-column title, their codes lost
    pairs = measure_pairs(sample, "s000690_html")
    assert not wrong_fields(pairs, "analysis")
    assert not wrong_fields(pairs, "question_codes")
    assert all(not any("วิธีการดำเนินการ" == s for s in g["steps"]) for _, g in pairs if g)


def test_headerless_table_on_the_column_lines_of_a_measures_table_is_mapped_with_it(sample):
    # seed 689 (long rows, pages between not read): the last measure's table was read without
    # its header; mapped alone on one row it was no measures table and the measure was lost
    pairs = measure_pairs(sample, "s000689_html")
    assert all(g is not None for _, g in pairs)


def test_headerless_table_of_tails_only_is_not_taken_for_a_measures_table(sample):
    # seed 54 (one table per measure, long rows): tables of a measure's tail only, printed on
    # the column lines of the measures tables, were mapped as measures tables and each tail
    # became a measure of its own (no name, ``measure_name_missing``): an extra row
    rec, exp = read_rendered(str(sample / "s000054_html.pdf"))
    assert len(rec["planned_measures"]) == len(exp["planned_measures"])
    assert not any("measure_name_missing" in m["flags"] for m in rec["planned_measures"])


@needs_soffice
def test_period_wrapped_before_its_number_in_a_period_and_units_cell(sample):
    # seed 678 (Word, period and units in one column): ``ไตรมาสที่`` / ``2`` / ``สำนักปลัด`` read
    # as one period line ``ไตรมาสที่ 2 สำนักปลัด`` (its unit lost, the period unparsed)
    pairs = measure_pairs(sample, "s000678_docx")
    assert not wrong_fields(pairs, "responsible")
    assert not wrong_fields(pairs, "period_start") and not wrong_fields(pairs, "period_end")


@needs_soffice
def test_measures_tables_under_a_header_cut_short_are_mapped_together(sample):
    # seed 678 (Word, one measure per table): one table's header ended ``ประเด็นการประเ`` (its
    # last line ``มิน`` read as a body row), so it was mapped alone, its code column left
    # unmapped and the measure's codes lost; a code wrapped ``o2`` / ``3`` read as o2
    pairs = measure_pairs(sample, "s000678_docx")
    assert not wrong_fields(pairs, "question_codes")


def test_period_wrapped_before_its_number_splits_from_units():
    # printed lines of seed 678's cell: the period's word and number on two lines
    assert split_period_units("ไตรมาสที่\n2\nสำนักปลัด") == ("ไตรมาสที่\n2", "สำนักปลัด")


def test_code_wrapped_in_a_codes_only_cell_is_rejoined():
    text, flags = rejoin_wrapped_code("o2\n3")
    assert text == "o23" and flags == ["code_digits_rejoined:o2 3->o23"]
    assert rejoin_wrapped_code("i1 i2") == ("i1 i2", [])
