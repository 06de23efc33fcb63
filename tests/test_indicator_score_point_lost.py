"""An OCR'd indicator score cell of four digits, its point lost (``๘๗๗3`` for ๘๗.๗3: dev scan 60514, 200 dpi,
h/scan40i; the whole-page regression is tests/test_scan_indicator_score_point_lost.py): read as ``dd.dd``."""
from __future__ import annotations

from normalizers.records.point_lost import point_lost


def test_point_lost_cell_reading():
    assert point_lost("๘๗๗3") == (87.73, ["score_point_lost:8773"])
    assert point_lost(" 63๗๐ ") == (63.7, ["score_point_lost:6370"])
    for other in ("๘๗.๗3", "877", "87731", "8a73", "(8773 คะแนน)", "", None):
        assert point_lost(other) is None


def test_heading_score_point_lost_only_where_another_source_prints_it():
    # a heading (or a measures-table cell: dev scan 60505 p6 ``(6๖๑๑ คะแนน)`` for 66.11) is running words:
    # its four digits are read as ``dd.dd`` only where a table prints that score for the indicator
    from normalizers.records.heading_scores import unreadable_heading_scores

    page = [(3, "ตัวชี้วัดที่๙ การเปิดเผยข้อมูล (6๖๑๑ คะแนน)")]
    rows, flags = unreadable_heading_scores(page, [{"indicator_no": 9, "score": 66.11, "source": "results_table"}])
    assert rows == [(9, 66.11, 3, ["score_point_lost:6611", "value_from_ocr_text"])] and flags == []
    rows, flags = unreadable_heading_scores(page, [{"indicator_no": 9, "score": 66.12, "source": "results_table"}])
    assert rows == [] and flags == ["indicator_score_unreadable:text:9@p3"]
