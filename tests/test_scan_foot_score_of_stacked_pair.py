"""Unbiased fresh28s 39100 (300 dpi scan, per-indicator question tables without rules): the
page break cut question i8's row, its score ``46.96`` left alone at page 1's foot (page text),
its text at page 2's top. Nothing cut i8 from i9 below it (i8's lines print no score), so the
row held both questions and i9's ``62.22``: i8 got i9's score (flagged only
``low_confidence_ocr``), i9 was missing. A page's first question row holding two stacked
questions and one score, under a page that ends with a bare score, takes that foot for its
first question and keeps its score for the second (``score_from_page_foot``, ``row_unstacked``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read

pytest.importorskip("weasyprint")


def test_foot_score_goes_to_first_of_stacked_pair(tmp_path):
    rec = scan_pages_read(39100, [1, 2], tmp_path)
    q = {r["question_code"]: r for r in rec.question_scores}
    assert q["i8"]["score"] == pytest.approx(46.96)
    assert q["i9"]["score"] == pytest.approx(62.22)
    for code in ("i8", "i9"):
        assert {"score_from_page_foot", "row_unstacked"} <= set(q[code]["flags"])
    assert q["i7"]["score"] == pytest.approx(52.31) and q["i10"]["score"] == pytest.approx(61.12)
