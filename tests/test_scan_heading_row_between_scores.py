"""Scans: an indicator heading between two borderless score tables is a row of its own, not
the second line of the question row above (issue 15; fresh19s seed 19505, html, 200 dpi, no
rules, one table per indicator, codes joined to the text: shared dev).

The rows of a borderless score table are cut halfway between two scores; when the row above
a heading was one line, the heading ``ตัวชี้วัดที่ ๓ การใช้อำนาจ (๙๓.๖๘ คะแนน)`` fell into it and
the pair was read as one question row: its score went with the heading line and the
indicator's ``text`` score (93.68) was lost, as was indicator 5's (73.88) on page 2. A line
starting where the row's code does (or left of it) with a heading's margin above it now
starts a row; a wrapped line of the row above (``มากน้อย`` / ``เพียงใด``) touches its row and
stays in it."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(19505, [1, 2], tmp_path_factory.mktemp("heading_row"))


def test_headings_between_tables_keep_their_scores(records):
    ind = {(r["indicator_no"], r["source"]): r["score"] for r in records.indicator_scores}
    assert ind[(2, "text")] == 74.14
    assert ind[(3, "text")] == 93.68
    assert ind[(5, "text")] == 73.88


def test_rows_around_the_headings_keep_their_scores(records):
    q = {r["question_code"]: r["score"] for r in records.question_scores}
    assert (q["i6"], q["i12"], q["i24"], q["e5"], q["e10"]) == (56.35, 92.71, 100.0, 91.36, 73.54)
    # wrapped cells stayed in their rows
    assert (q["i1"], q["i2"], q["i17"], q["i25"]) == (81.44, 59.79, 91.54, 85.63)
