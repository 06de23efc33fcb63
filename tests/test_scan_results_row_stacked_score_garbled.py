"""Dev scan 53201 p1 (200 dpi, Sarabun IT9, h/scan37p): a zebra band over indicators 1 and 2 read as one row,
indicator 2's score garbled (``๗๖.่``): both indicators were lost; indicator 1 is read, 2 named missing."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_results_row_stacked_score_garbled(tmp_path):
    rec = scan_pages_read(53201, [1], tmp_path)
    got = {r["indicator_no"]: r["score"] for r in rec.indicator_scores if r["source"] == "results_table"}
    assert got.get(1) == 60.21 and 2 not in got
    assert "indicators_missing:results_table:2@p1" in rec.document["flags"]
