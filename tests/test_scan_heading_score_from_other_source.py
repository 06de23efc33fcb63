"""Dev scans 60106 (200 dpi) and 60111 (300 dpi), h/scan40i: an indicator heading's score OCR'd as no score,
``(«6.3๑ คะแนน)`` for ๙๖.๓๑ (60106 p4: the leading ๙ read as a mark) and ``(๙๖.๑๓๑ คะแนน)`` for ๙๖.๑๓ (60111 p4:
a digit too many): the ``text`` rows of indicator 10 and 9 named unreadable and lost, while the results
table on p1 prints 96.31 and 96.13. The one score a table prints for the indicator that reads so is taken,
flagged (check)."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def _text_row(records, no):
    return [r for r in records.indicator_scores if r["indicator_no"] == no and r["source"] == "text"]


def test_scan_heading_score_lead_digit_lost_under_mark(tmp_path):
    records = scan_pages_read(60106, [1, 4], tmp_path)
    rows = _text_row(records, 10)
    assert [r["score"] for r in rows] == [96.31]
    assert any(f.startswith("score_tail_from_other_source:") for f in rows[0]["flags"])
    assert not any(f.startswith("indicator_score_unreadable:text:10") for f in records.document["flags"])


def test_scan_heading_score_extra_digit_from_other_source(tmp_path):
    records = scan_pages_read(60111, [1, 4], tmp_path)
    rows = _text_row(records, 9)
    assert [r["score"] for r in rows] == [96.13]
    assert any(f.startswith("score_extra_digit_from_other_source:") for f in rows[0]["flags"])
    assert not any(f.startswith("indicator_score_unreadable:text:9") for f in records.document["flags"])


def test_scan_measures_cell_score_extra_digit_from_other_source(tmp_path):
    # 60111 p7: the measures table's cell ``ตัวชีวัดที ๓ การใช้⏎อำนาจ⏎(๖๖๓.๙๒ คะแนน)`` for 63.92 (the 6 read twice)
    records = scan_pages_read(60111, [1, 7], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 3 and r["source"] == "measures_table"]
    assert [r["score"] for r in rows] == [63.92]
    assert any(f.startswith("score_extra_digit_from_other_source:") for f in rows[0]["flags"])
    assert not any(f.startswith("indicator_score_unreadable:measures_table:3") for f in records.document["flags"])
