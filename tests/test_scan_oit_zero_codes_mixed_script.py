"""Scans: a separate code column of one-digit OIT codes whose ``o`` OCR read as a Thai zero
before Arabic digits (``๐1`` … ``๐6``) is the code column, not row numbers (a zero-padded row
number keeps one script); issue 15, h/scanq22. fresh20s 20304 (html, 300 dpi, no rules) p3:
o1-o6 were read as a seq column, o1-o5 then coded by their texts and o6 lost."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_thai_zero_before_arabic_digits_is_an_oit_code(tmp_path_factory):
    rec = scan_pages_read(20304, [3], tmp_path_factory.mktemp("oit_zero_mixed"))
    q = {r["question_code"]: r for r in rec.question_scores}
    assert [q[f"o{n}"]["score"] for n in range(1, 7)] == [100.0, 85.76, 50.05, 86.48, 77.08, 48.69]
    assert "code_repaired:๐6->o6" in q["o6"]["flags"]
