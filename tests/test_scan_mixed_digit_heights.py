"""Scans: a score printing Thai and Arabic digits mixed (``๔๘.9๔``, ``1๐๐.๐๐``) in a font whose
Arabic digits stand taller than its Thai ones is a number (issue 15; fresh19s seed 19504,
html, 300 dpi, Waree, digits mixed, no rules: shared dev).

``cells.looks_numeric`` took a number whose digits differ in height by more than half for
text; in a borderless score table the line then had no score, so its row was not cut and two
questions ran together (p4: o32 with o33, o39 with o40; p2: e8 lost with e9 garbled). Digits
sitting on one baseline, the tallest within 1.75 times the shortest, are now a number."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(19504, [2, 3, 4], tmp_path_factory.mktemp("mixed_digits"))


def test_mixed_digit_scores_keep_their_rows(records):
    q = {r["question_code"]: r["score"] for r in records.question_scores}
    assert (q.get("o32"), q.get("o33")) == (48.94, 61.86)
    assert (q.get("o39"), q.get("o40")) == (100.0, 61.04)
    assert (q.get("e8"), q.get("e9"), q.get("e10")) == (100.0, 89.99, 79.49)
