"""Dev scan 60514 (200 dpi, h/scan40i): the analysis table's indicator rows between its question rows read
their scores with the decimal point lost (``๘๗๗3`` for ๘๗.๗3 on p1, ``84๗2`` and ``63๗๐`` on p2): four digits
are no score, the cells were named unreadable (``unreadable_indicator_score``) and indicators 1, 4 and 7's
``analysis_table`` rows lost. Four digits in an OCR'd indicator score cell read as ``dd.dd``, flagged
``score_point_lost:<printed>`` (check)."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_indicator_score_point_lost(tmp_path):
    records = scan_pages_read(60514, [1, 2], tmp_path)
    rows = {r["indicator_no"]: r for r in records.indicator_scores if r["source"] == "analysis_table"}
    assert {no: rows[no]["score"] for no in (1, 4, 7) if no in rows} == {1: 87.73, 4: 84.72, 7: 63.7}
    for no in (1, 4, 7):
        assert any(f.startswith("score_point_lost:") for f in rows[no]["flags"])
    assert not any(f.startswith("unreadable_indicator_score") for f in records.document["flags"])


def test_scan_measures_cell_score_point_lost(tmp_path):
    # dev scan 60505 p6 (300 dpi): the measures table's cell ``ตัวชี้วัดที่«⏎การเปิดเผย⏎ข้อมูล⏎(6๖๑๑⏎คะแนน)`` for 66.11,
    # indicator 9's ``measures_table`` row named unreadable and lost; the results table (p1) prints 66.11
    records = scan_pages_read(60505, [1, 6], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 9 and r["source"] == "measures_table"]
    assert [r["score"] for r in rows] == [66.11]
    assert any(f.startswith("score_point_lost:") for f in rows[0]["flags"])
