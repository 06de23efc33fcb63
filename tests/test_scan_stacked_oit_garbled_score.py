"""Scans: OIT questions stacked into one row whose later codes OCR read with a Thai zero and
one of whose scores OCR garbled (issue 15, h/scan31b).

fresh30s 41108 (html, 200 dpi, zebra rules, code column merged) p5: one row held
``o๒5 แผนปฏิบัติการ… ๐๒6 รายงานผล… ๐2๗ มาตรการ…`` beside ``๖5.ุ 67.๑๘ 55.4๙``: the ``๐`` codes
were no codes to cut at and the garbled ``๖5.ุ`` no score, so the row stayed whole and o25-o27
were lost. Now the row is cut at its OIT codes (``row_unstacked``, ``code_repaired``); o26 and
o27 keep their scores and o25's unreadable score is reported, not guessed."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    return scan_pages_read(41108, [1, 5], tmp_path_factory.mktemp("stacked_oit"))


def test_stacked_oit_rows_with_zero_codes_and_a_garbled_score_are_cut(rec):
    q = {r["question_code"]: r for r in rec.question_scores}
    assert (q["o26"]["score"], q["o27"]["score"]) == (67.18, 55.49)
    assert "row_unstacked" in q["o26"]["flags"] and any(f.startswith("code_repaired") for f in q["o27"]["flags"])
    assert q["o24"]["score"] == 57.74 and q["o28"]["score"] == 42.34  # the rows around it unchanged


def test_the_garbled_score_is_reported_not_guessed(rec):
    q = {r["question_code"]: r for r in rec.question_scores}
    assert "o25" not in q or q["o25"]["score"] is None
    assert "questions_missing:o25@p5" in rec.document["flags"]
