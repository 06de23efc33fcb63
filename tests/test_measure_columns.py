"""Measures tables whose columns were read but whose meaning was lost (issue 13, items 3, 5,
6): one test per bug, each on a report the corpus renderers draw (``corpus.fuzz``, dev seeds
600-699, HTML via weasyprint or Word via LibreOffice) and read by the real extract +
normalize stages. The expected rows are the ones the corpus writes for that draw
(``*.expected.json``), not values copied here.
"""
from __future__ import annotations

import json
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

from corpus.fuzz import fuzz, run_one
from corpus.score import _match_measures
from normalizers.fields.codes import rejoin_wrapped_code
from normalizers.fields.period_units import split_period_units

pytest.importorskip("weasyprint")
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")

HTML_SEEDS = [54, 611, 689, 690, 697]
DOCX_SEEDS = [678]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("mcols")
    fuzz(HTML_SEEDS, out, "html", log=lambda *_: None)
    if shutil.which("soffice"):
        fuzz(DOCX_SEEDS, out, "docx", log=lambda *_: None)
    return out


@lru_cache(maxsize=None)
def _read(pdf: str) -> tuple[dict, dict]:
    _, rec, err = run_one(pdf)
    assert err is None, err
    exp = json.loads(Path(pdf).with_name(Path(pdf).stem + ".expected.json").read_text(encoding="utf-8"))
    return rec, exp


def _pairs(sample: Path, name: str) -> list[tuple[dict, dict | None]]:
    rec, exp = _read(str(sample / f"{name}.pdf"))
    assert exp["planned_measures"]
    return _match_measures(exp["planned_measures"], rec["planned_measures"])


def _value(v):
    return v.isoformat() if hasattr(v, "isoformat") else (v or None)


def _wrong(pairs, field: str) -> list:
    """(expected, output) of the measures whose ``field`` differs (or that were not output)."""
    return [(e.get(field), g.get(field) if g else None) for e, g in pairs
            if g is None or _value(e.get(field)) != _value(g.get(field))]


def test_code_column_beside_the_analysis_is_not_joined_to_it(sample):
    # seed 611 (m8, two-level header): the bare-code column was joined to the findings column
    # on its right as if they were question texts, so every finding was lost (analysis None)
    pairs = _pairs(sample, "s000611_html")
    assert not _wrong(pairs, "analysis")
    assert not _wrong(pairs, "question_codes")


def test_code_column_beside_the_units_is_not_joined_to_them(sample):
    # seed 697 (m8, columns shuffled): the code column sat left of the responsible column and
    # was joined to it: the codes became a responsible unit (``o29``, ``i7i12``) and were lost
    pairs = _pairs(sample, "s000697_html")
    assert not _wrong(pairs, "responsible")
    assert not _wrong(pairs, "question_codes")


def test_two_level_header_whose_group_title_is_cut_into_pieces(sample):
    # seed 690 (columns found by alignment): the group title over five sub-columns was cut
    # into ``กา | รนำผลการวิเคร | าะห์ไปสู่…``, so the top row did not read as a header and
    # the sub-column titles became the first body row: the measures' analysis was the
    # sub-column title, their codes lost
    pairs = _pairs(sample, "s000690_html")
    assert not _wrong(pairs, "analysis")
    assert not _wrong(pairs, "question_codes")
    assert all(not any("วิธีการดำเนินการ" == s for s in g["steps"]) for _, g in pairs if g)


def test_headerless_table_on_the_column_lines_of_a_measures_table_is_mapped_with_it(sample):
    # seed 689 (long rows, pages between not read): the last measure's table was read without
    # its header; mapped alone on one row it was no measures table and the measure was lost
    pairs = _pairs(sample, "s000689_html")
    assert all(g is not None for _, g in pairs)


def test_headerless_table_of_tails_only_is_not_taken_for_a_measures_table(sample):
    # seed 54 (one table per measure, long rows): tables of a measure's tail only, printed on
    # the column lines of the measures tables, were mapped as measures tables and each tail
    # became a measure of its own (no name, ``measure_name_missing``): an extra row
    rec, exp = _read(str(sample / "s000054_html.pdf"))
    assert len(rec["planned_measures"]) == len(exp["planned_measures"])
    assert not any("measure_name_missing" in m["flags"] for m in rec["planned_measures"])


@needs_soffice
def test_period_wrapped_before_its_number_in_a_period_and_units_cell(sample):
    # seed 678 (Word, period and units in one column): ``ไตรมาสที่`` / ``2`` / ``สำนักปลัด`` read
    # as one period line ``ไตรมาสที่ 2 สำนักปลัด`` (its unit lost, the period unparsed)
    pairs = _pairs(sample, "s000678_docx")
    assert not _wrong(pairs, "responsible")
    assert not _wrong(pairs, "period_start") and not _wrong(pairs, "period_end")


@needs_soffice
def test_measures_tables_under_a_header_cut_short_are_mapped_together(sample):
    # seed 678 (Word, one measure per table): one table's header ended ``ประเด็นการประเ`` (its
    # last line ``มิน`` read as a body row), so it was mapped alone, its code column left
    # unmapped and the measure's codes lost; a code wrapped ``o2`` / ``3`` read as o2
    pairs = _pairs(sample, "s000678_docx")
    assert not _wrong(pairs, "question_codes")


def test_period_wrapped_before_its_number_splits_from_units():
    # printed lines of seed 678's cell: the period's word and number on two lines
    assert split_period_units("ไตรมาสที่\n2\nสำนักปลัด") == ("ไตรมาสที่\n2", "สำนักปลัด")


def test_code_wrapped_in_a_codes_only_cell_is_rejoined():
    text, flags = rejoin_wrapped_code("o2\n3")
    assert text == "o23" and flags == ["code_digits_rejoined:o2 3->o23"]
    assert rejoin_wrapped_code("i1 i2") == ("i1 i2", [])
