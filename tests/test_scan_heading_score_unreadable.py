"""Scans: an indicator heading whose printed score OCR could not read is named, and the document
is ``partial``, or read once when its digits were read twice and a table bears it out (issue 15; fresh18s seed 18507, html, 200 dpi, page 3: dev for h/scanf19).

18507 p3 prints ``ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (๗๒.๓๑ คะแนน)``; OCR read the score as
``7๒7๒.๓๑``. No ``text`` row can be written for indicator 5, and before this it was lost in an
``ok`` document with no flag."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    return scan_pages_read(18507, [3], tmp_path_factory.mktemp("heading_unreadable_scan"))


def test_unreadable_heading_score_is_named_and_the_document_partial(records):
    d = records.document
    assert "indicator_score_unreadable:text:5@p3" in d["flags"]
    assert d["status"] == "partial" and "printed but unreadable: 5 on p3 (text)" in d["error"]
    assert not any(r["indicator_no"] == 5 and r["source"] == "text" for r in records.indicator_scores)


def test_readable_heading_scores_are_not_named(records):
    # indicator 4's heading score (``ส๙3.๔๐``) was read: a text row, no flag
    assert any(r["indicator_no"] == 4 and r["source"] == "text" for r in records.indicator_scores)
    assert not any(f.startswith("indicator_score_unreadable:text:4") for f in records.document["flags"])


@pytest.fixture(scope="module")
def with_results(tmp_path_factory):
    # the same heading with the document's results table (p1), which prints 72.31 for indicator 5
    return scan_pages_read(18507, [1, 3], tmp_path_factory.mktemp("heading_doubled_scan"))


def test_doubled_integer_digits_a_table_bears_out_are_read_once(with_results):
    rows = [r for r in with_results.indicator_scores if r["indicator_no"] == 5 and r["source"] == "text"]
    assert [r["score"] for r in rows] == [72.31]
    assert "score_digits_doubled:7272.31" in rows[0]["flags"]
    assert not any(f.startswith("indicator_score_unreadable:text:5") for f in with_results.document["flags"])
