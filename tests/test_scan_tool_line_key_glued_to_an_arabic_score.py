"""Scans, tool scores (issue 15, h/scan35f): fresh34u 49212 p1 (200 dpi), page 1 OCR'd: the summary
line ``NT 75.78| 1777.72 | OIT 79.03`` (the key EIT read ``17`` and glued to 77.72). Until 0.34.0 the
three tools were null in an ``ok`` document with no flag."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_tool_line_key_glued_to_an_arabic_score(tmp_path):
    doc = scan_pages_read(49212, [1], tmp_path).document
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (75.78, 77.72, 79.03)
    assert "eit_score_solved:77.72->77.72" in doc["flags"]
