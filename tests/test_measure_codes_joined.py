"""Question codes of measure rows printed where no code column is mapped, and measures tables
whose header rows were not told (issue 13, codes): one test per bug, on reports the corpus
draws (dev seeds of fresh10, Word via LibreOffice) read by the real extract + normalize
stages. Expected values are the rows the corpus wrote for that draw, not values copied here.
"""
from __future__ import annotations

import pytest

from corpus_seeds import measure_pairs, render_sample, wrong_fields

pytest.importorskip("weasyprint")

DOCX_SEEDS = [7000, 7016, 7034]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("mcodes11")
    return render_sample(out, [], DOCX_SEEDS)


def _docx(sample, name):
    if not (sample / f"{name}.pdf").exists():
        pytest.skip("LibreOffice not installed")
    return measure_pairs(sample, name)


def test_narrow_code_column_read_into_the_steps_gives_its_codes(sample):
    # seed 7016 (docx, Waree, Thai digits, m8 + budget, horizontal rules): the narrow code
    # column (``i`` / ``๑๑``, ``o๒`` / ``o`` / ``๑๘`` wrapped) was read into the steps column
    # (its header joined: ``ข้อ ขั้นตอน/วิธีการ คำา ดำาเนินการ``): no codes, and the pieces in
    # the steps (``i`` as a step). i30's number is printed after a page break.
    pairs = _docx(sample, "s007016_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "question_codes")
    for e, g in pairs:
        assert "codes_from_joined_column" in g["flags"]
        assert g["steps"][0] == e["steps"][0]
        assert len(g["steps"]) == len(e["steps"])


def test_group_title_row_between_two_header_rows_keeps_the_first_measure(sample):
    # seed 7034 (docx, zebra, m5f, one measure per page): on the first page the group title
    # over the sub-columns (``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) was read as a row of its
    # own between ``ที่ | มาตรการ/โครงการ/กิจกรรม`` and the sub-column titles: no header was
    # told, the table stayed unmapped and its measure was lost.
    pairs = _docx(sample, "s007034_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "measure")
    assert not wrong_fields(pairs, "period_start")


def test_next_indicator_label_under_an_indicator_cell_starts_a_row_of_a_word_table(sample):
    # seed 7000 (docx, Sarabun IT9, m6, no rules, no cell padding): the second measure's
    # indicator cell wraps down to the line above the third's (``… การ / ทำางาน`` then
    # ``ตัวชี้วัดที่ / 6 …``), no empty line and no numbered entry between them: the two
    # measures were read as one row (one measure lost, the other's codes e8 + e3).
    pairs = _docx(sample, "s007000_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "question_codes")
    assert not wrong_fields(pairs, "indicator_no")
