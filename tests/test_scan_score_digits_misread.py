"""Dev scan 56512 p1 (300 dpi, h/scan38p): indicator 2's heading ``(๗๘.๘๖ คะแนน)`` is OCR'd ``(๓๕.๕๒๐
คะแนน)`` (Tesseract prints no ๗, ๘ or ๖). The heading's ``text`` row was lost and the document named it
unreadable; the results table on the same page prints 78.86 for indicator 2, which one reading of the
printed digits gives back: the row is kept, flagged ``score_digits_misread``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_heading_score_digits_misread(tmp_path):
    records = scan_pages_read(56512, [1], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 2 and r["source"] == "text"]
    assert [r["score"] for r in rows] == [78.86]
    assert "score_digits_misread:35.520" in rows[0]["flags"]
    assert not any(f.startswith("indicator_score_unreadable:text:2") for f in records.document["flags"])
