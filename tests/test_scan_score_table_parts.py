"""Scans: the part of a borderless question-score table that a page break leaves at a page's
top or foot (issue 15; dev seed 15015, html, scanned at 200 dpi, one table per indicator, no
rules, codes in a column of their own).

A borderless score table is found by its lines ending in a number (``aligned.score_grids``),
three of them at least. A table of three questions cut by a page break leaves one or two
rows on a page, which went to page text, their scores lost (seed 15015: e5, e6 at the top of
page 3, o19, o20 at the top of page 4; 10 of 52 questions missing). Two rows are now a table
at the top or the foot of a page, or under a header row. Checked on the corpus' own render of
the seed, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("score_parts_scan")
    scanned([15015], out)
    return out / "scan" / "s015015_html_scan.pdf"


@pytest.mark.parametrize("page, codes, scores", [(3, ("e๕", "e๖"), ("๘๐.๔๓", "๖๖.๒๒")),
                                                 (4, ("o๑๙", "o๒๐"), ("๔๘.๗๕", "๘๗.๕๓"))])
def test_two_rows_of_a_score_table_at_a_page_top_are_a_table(scan, page, codes, scores):
    _, tables = ocr_page(scan, page)
    first = min(tables, key=lambda t: t.bbox[1])
    body = [[squash(c or "") for c in r] for r in first.rows if any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in r[-1] or "")]
    assert [r[-1] for r in body] == list(scores)
    assert [r[0][:len(c)] for r, c in zip(body, codes)] == list(codes)
