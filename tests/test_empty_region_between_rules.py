"""A Word report (landscape, per-indicator question tables ruled by horizontal lines only) lost
every question of page 2: the rule-across reader fitted a carried table's columns to a region
between two rules that held no text, and ``moved_off_runs`` read the size of the first of no
lines (IndexError). The page failed as a whole; 11 question scores (i4-i14) and indicator 2's
score were lost (flagged as a page error, found on the unbiased born-digital set fresh22, 22611
docx, after it was measured at 0.21.0). A region with no text has nothing to move its column
boundaries off: they stay where they are."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed
from extractors.unruled import moved_off_runs


def test_no_lines_leave_the_boundaries_where_they_are():
    assert moved_off_runs([], [10.0, 200.0, 400.0, 600.0], 0.5) == [200.0, 400.0]


def test_word_report_page_with_an_empty_ruled_region(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, ex, rec, exp = render_seed(22611, tmp_path, "docx")
    assert ex.errors == []
    want = {q["question_code"]: q["score"] for q in exp["question_scores"] if q["question_code"] in {f"i{n}" for n in range(4, 15)}}
    got = {q["question_code"]: q["score"] for q in rec.question_scores if q["question_code"] in want}
    assert len(want) == 11
    assert got == want
