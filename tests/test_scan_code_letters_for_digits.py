"""Scans: a question code in the page text (outside tables) whose digit Tesseract read as a Latin
letter (``ic`` for ``i๘``, ``im`` for ``i๓``) is re-read from its pixels by the numeral recognizer,
as codes in table cells and on leader lines are (issue 15, h/scanq22). fresh21s 21613 (html,
300 dpi) p2 opens with ``ic ท่านเคย…`` (i8, its score at p1's foot): i8 was lost; fresh20s 20300
(300 dpi) p1 ends with ``im`` / ``๔๖.๙๘`` (i3's code and score, its text on p2): i3 was lost."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("code_letters")


def test_code_opening_a_text_line_is_reread(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(21613, [1, 2], tmp).question_scores}
    # the score at p1's foot joined to its code and text on p2: read from the page foot's text, or (since
    # 0.28.0, p1's zebra question table read as one grid) as a row stitched across the break; either way flagged
    assert q["i8"]["score"] == 73.94 and {"score_from_page_foot", "row_split_across_pages"} & set(q["i8"]["flags"])


def test_bare_code_at_the_page_foot_is_reread(tmp):
    q = {r["question_code"]: r for r in scan_pages_read(20300, [1, 2], tmp).question_scores}
    # as i8 above: read from the page foot's text, or (found failing at 0.38.0, the grid now reading p1's foot
    # row) as a row stitched across the break; either way flagged
    assert q["i3"]["score"] == 46.98 and {"score_from_page_foot", "row_split_across_pages"} & set(q["i3"]["flags"])
