"""Scans: the one row of a horizontally ruled score table that a page break leaves at the top
of a page is a table (issue 15; fresh19s seed 19509, html, 300 dpi, rules between rows, one
table per indicator: shared dev).

Tables ruled with horizontal lines only are stacks of two or more rules
(``rules.rule_grids``), but a stack of two (one row) made no table, so 19509 p2's first row,
i18 between its two rules, was read as page text: its score apart from its question, after
the heading below, and i18 was lost. Two rules with no text above them (the page's top) or
none below (its foot) now make a one-row table; its score column is borrowed from the table
below (``page.borrowed_columns``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(19509, [1, 2], tmp_path_factory.mktemp("ruled_row_top"))


def test_row_alone_at_page_top_keeps_its_score(records):
    q = {r["question_code"]: r for r in records.question_scores}
    assert q["i18"]["score"] == 77.54 and q["i18"]["page"] == 2
    assert (q["i17"]["score"], q["i19"]["score"]) == (94.07, 71.09)
