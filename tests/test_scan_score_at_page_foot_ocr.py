"""Scans: a question row a page break cut, its score cell left at the page's foot (a bare number
below the table) and its code and text on the next page, is one question again: the page-foot
score (``scores_carry.page_feet``) is read on scanned pages too (issue 15, h/scanq22).

fresh21s 21607 (html, 200 dpi, no rules) p3 ends with ``๙๘.๔๑``; p4 holds only o28's text
(``๐๒๘ รายงานผล…``, its o read as a zero). fresh21s 21600 p3 ends with ``๖๐.๒๑``; p4's table
opens with o23 and an empty score cell. Both questions were missing."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("score_foot_ocr")


def test_foot_score_joins_a_text_line_question(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(21607, [3, 4], tmp).question_scores}
    assert q["o28"]["score"] == 98.41 and q["o28"]["page"] == 4
    assert "score_from_page_foot" in q["o28"]["flags"]
    assert q["o27"]["score"] == 63.34


def test_foot_score_joins_the_next_tables_first_row(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(21600, [3, 4], tmp).question_scores}
    assert q["o23"]["score"] == 60.21 and "score_from_page_foot" in q["o23"]["flags"]
    assert q["o24"]["score"] == 71.02
