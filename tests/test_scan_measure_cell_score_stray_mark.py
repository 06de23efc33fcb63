"""Dev scans 58606 p6 and 58608 p6 (200 dpi, h/scan39i): a measures table's indicator cell prints its score
with a stray mark glued to it, ``(๗8.๓3ธิ คะแนน)`` for 78.33 and ``('๖๒.๙๗ คะแนน)`` for 62.97: the cells were
named unreadable (``indicator_score_unreadable:measures_table``) and the scores lost. The stray-mark rule of
indicator headings (a two-decimal score, the marks hiding no digit) reads them, flagged
``score_stray_mark_dropped``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_measure_cell_score_stray_mark(tmp_path):
    records = scan_pages_read(58606, [1, 6], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 8 and r["source"] == "measures_table"]
    assert [r["score"] for r in rows] == [78.33]
    assert any(f.startswith("score_stray_mark_dropped:") for f in rows[0]["flags"])
    assert not any(f.startswith("indicator_score_unreadable:measures_table:8") for f in records.document["flags"])
