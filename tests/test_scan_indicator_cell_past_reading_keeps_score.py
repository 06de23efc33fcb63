"""A scanned measures row whose indicator cell prints a score while its number, its name and its
``คะแนน`` are past reading (scan31b's unseen 44207, 300 dpi, zebra one table, Noto Sans Thai; dev
since session 32). Regression of a silent loss: the score was gone from an ``ok`` document."""
from __future__ import annotations

from corpus_seeds import scan_pages_read
from normalizers.records.heading_scores import garbled_keyword_score, late_cell_score


def test_indicator_cell_past_reading_keeps_its_score_for_the_rows_indicator(tmp_path):
    """44207 p2, measure 4: ``ตัวชี้วัดที่ว คุณภาพ / การดำเหป็นงาน / (๗๘.๔2 คะแนบ)``. The number
    read ``ว``, the name garbled, ``คะแนน`` read ``คะแนบ``: no indicator from the cell, so no score
    row; the row's indicator came from its question e3 (6), and indicator 6's printed 78.42 was lost
    with no flag. The score is kept for the row's indicator, flagged and at confidence 0.5."""
    records = scan_pages_read(44207, [2], tmp_path)
    rows = [r for r in records.indicator_scores if r["source"] == "measures_table" and r["indicator_no"] == 6]
    assert [r["score"] for r in rows] == [78.42]
    assert {"indicator_from_questions", "indicator_cell_name_unread", "score_keyword_garbled"} <= set(rows[0]["flags"])
    assert rows[0]["confidence"] == 0.5


def test_cell_score_with_no_indicator_names_the_loss():
    """Without an indicator for the row the score cannot be kept: the row says so (the document goes
    ``partial``), and a misspelt ``คะแนน`` beyond one letter is no score."""
    assert garbled_keyword_score("(78.42 คะแนบ)") == 78.42
    assert garbled_keyword_score("(78.42 บาท)") is None
    got, flags = late_cell_score("ตัวชี้วัดที่ว (๗๘.๔2 คะแนบ)", None, [], 2)
    assert got is None and flags == ["indicator_score_unreadable:measures_table:?@p2"]
