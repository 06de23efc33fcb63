"""Scans: tool scores a shaded results table prints in pieces are read back, and the district
after an OCR'd ``อำเภอ`` lookalike is read (issue 15; fresh18s seeds 18507, 18508, 18511, html,
page 1 of each: dev for h/scanf19).

- 18507 p1 (200 dpi, zebra): ``IIT`` / ``๘๐.๙0`` cut from the table into the page text, ``EIT`` /
  ``๘7.30`` and ``o1`` / ``๘6.2๐`` in two cells each of a column with no tool-score role; the
  title line ``เทศบาลตำบลแม่รีม อำเกอแม่รีม จังหวัดเชียงใหม่`` (district was null, org name
  ``แม่รีม``).
- 18508 p1 (300 dpi, zebra): bare tool scores ``๗๙.๓๘``, ``๖๘.๕๘``, ``๘๑.๕๕`` in the third column.
- 18511 p1 (300 dpi, grid): ``EIT ๗๓.๔๘ด`` (a stray letter after the score).
Before: IIT/EIT/OIT null on 18507 and 18508, EIT null on 18511."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    out = tmp_path_factory.mktemp("tool_pieces_scan")
    return {s: scan_pages_read(s, [1], out) for s in (18507, 18508, 18511)}


@pytest.fixture(scope="module")
def docs(records):
    return {s: r.document for s, r in records.items()}


def test_tool_scores_from_a_text_line_pair_and_split_cells(docs):
    d = docs[18507]
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (80.9, 87.3, 86.2)
    for tool in ("iit", "eit", "oit"):
        assert f"{tool}_score_from_pieces:p1" in d["flags"]
        assert not any(f.startswith(f"{tool}_score_unread") for f in d["flags"])


def test_district_after_a_misread_amphoe_word(docs):
    d = docs[18507]
    assert d["district"] == "แม่ริม" and d["province"] == "เชียงใหม่"
    assert d["org_name"] == "เทศบาลตำบลแม่ริม"
    assert "district_word_misread:อำเกอ" in d["flags"]


def test_bare_tool_scores_beside_the_indicator_rows(docs):
    d = docs[18508]
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (79.38, 68.58, 81.55)


def test_tool_score_with_a_stray_letter(docs):
    # since 0.27.0 the tool cell itself reads it (``score_trailing_noise``, fresh26s 36100) before the
    # pieces do; either way the score is read and its doubt told
    d = docs[18511]
    assert d["eit_score"] == 73.48
    assert "eit_score:score_trailing_noise:ด" in d["flags"] or "eit_score_from_pieces:p1" in d["flags"]


def test_overall_score_last_decimal_from_the_tool_scores(docs):
    # 18507 p1 prints ``84.9๘``; OCR read ``84.9¢`` (the text's number ``84.9``)
    d = docs[18507]
    assert d["overall_score"] == 84.94
    assert "overall_score_from_tools:84.9->84.94" in d["flags"] and "overall_score_from_ocr_text" in d["flags"]


def test_results_row_cut_into_the_page_text(records):
    # 18508 p1: ``๑.การปฏิบัติหน้าที่`` / ``๗๖.๒๖`` left the zebra table as two text lines
    rows = [r for r in records[18508].indicator_scores if r["indicator_no"] == 1 and r["source"] == "results_table"]
    assert [r["score"] for r in rows] == [76.26] and "results_row_from_text" in rows[0]["flags"]
    assert not any(f.startswith("indicators_missing") for f in records[18508].document["flags"])


def test_last_years_score_after_the_cut_row_is_no_indicator_score(records):
    # ``ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๙๕.๖๗ คะแนน`` right after it
    assert not any(r["score"] == 95.67 for r in records[18508].indicator_scores)
    assert "earlier_year_score_skipped:95.67@p1" in records[18508].document["flags"]


def test_a_year_the_recognizer_read_surely_is_not_doubted(records):
    # 18507 p1 prints the year twice (``๒๕๖6``, ``2๕๖6``), read at 0.998 and 1.0: no doubt. (No
    # scan at hand prints a year the recognizer doubted; assessment_year_from_ocr_text is unmet.)
    d = records[18507].document
    assert d["assessment_year"] == 2566
    assert not any(f.endswith("year_from_ocr_text") for f in d["flags"])
