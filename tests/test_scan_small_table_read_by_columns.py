"""Scans: a score table too small for the table finders (a row or two a page break moved to a
page of its own, a one-row table under its header) is page text, and the page text read its
columns one after the other (codes, then texts, then scores): the rows are joined again by
geometry (``extractors.ocr.rowjoin``; issue 15, shared dev fresh21s / fresh20s, h/scanq22).

fresh21s 21605 (html, 200 dpi, zebra rows, no rules) p6 holds o42 and o43 alone: read as
``๐42`` / ``๐43`` / two texts / ``87.15`` / ``41.38``, both questions were lost. fresh20s 20304
(300 dpi) p5 holds one row under its header: o28 was lost the same way. Page 1 is read too:
it says the assessment year, whose catalog codes the questions."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("small_table_columns")


def test_two_rows_alone_on_a_page_are_read(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(21605, [1, 5, 6], tmp).question_scores}
    assert (q["o42"]["score"], q["o43"]["score"]) == (87.15, 41.38)
    assert q["o42"]["page"] == q["o43"]["page"] == 6
    assert q["o41"]["score"] == 100.0


def test_one_row_under_its_header_is_read(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(20304, [1, 4, 5], tmp).question_scores}
    assert q["o28"]["score"] == 90.97 and q["o28"]["page"] == 5
