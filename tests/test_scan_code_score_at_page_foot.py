"""Scans: a question row a page break cut, its code and score left at the page's foot as text
lines and its text opening the next page's table, is one question again (issue 15; fresh18s
seed 18509, html, 300 dpi, pages 1-2: dev for h/scanf19).

18509 p1 ends with ``i๑๐`` / ``๘๖.๖๙`` below the table; p2's table opens with i10's text and an
empty score cell. i10 was missing (flagged ``questions_missing:i10@p1-2``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(18509, [1, 2], tmp_path_factory.mktemp("code_score_foot"))


def test_code_and_score_at_the_foot_join_the_text_on_the_next_page(records):
    q = {r["question_code"]: r for r in records.question_scores}
    assert q["i10"]["score"] == 86.69 and q["i10"]["page"] == 2
    assert "score_from_page_foot" in q["i10"]["flags"]
    assert (q["i9"]["score"], q["i11"]["score"]) == (42.29, 54.49)
    assert not any(f.startswith("questions_missing") for f in records.document["flags"])
