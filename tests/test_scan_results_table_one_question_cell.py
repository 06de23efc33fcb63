"""Scans: a results table that a scan's grid joined to the national-average table below it is
still read as a results table (issue 15; scanq18's unseen seed 19109, html, 200 dpi, page 1: dev
for h/scanf19).

The joined table's last row (``ค่าเฉลี่ย…ระดับประเทศ | เท ๗๔.๘๒ | | e1 ๗๖.๗๑ | …``: ``EIT`` OCR'd
as ``e1``) put a question code in one cell, which made that column a question column and the
whole table a per-question table with no question rows: 1 of the 11 indicator scores was read
(the measures table's). Now its ten indicator rows are the results table's."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(19109, [1], tmp_path_factory.mktemp("results_one_question_cell"))


def test_ten_results_rows_are_read(records):
    got = {r["indicator_no"]: r["score"] for r in records.indicator_scores if r["source"] == "results_table"}
    assert got == {1: 76.73, 2: 73.8, 3: 63.85, 4: 70.28, 5: 91.86, 6: 65.83, 7: 87.28, 8: 74.27, 9: 65.87,
                   10: 70.41}
    # (read as a per-question table's run at first, ``kind_from_rows``; since 0.31.0 the column of
    # ``เท⏎๗๔.๘๒``, ``e1⏎๗๖.๗๑`` is a tool column, tool names OCR garbled over their scores, and the
    # national average's row is skipped in it: nobody's tool score, nothing flagged about it)
    assert not [f for f in records.document["flags"] if f.startswith("tool_score_without_tool")]


def test_the_national_average_row_gives_nothing(records):
    d = records.document
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (None, None, None)
    assert not records.question_scores
