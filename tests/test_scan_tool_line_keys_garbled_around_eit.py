"""Dev scan 53201 p1 (200 dpi, Sarabun IT9, h/scan37p): the tool line ``IIT ๗๗.๙๗ | EIT ๗๔.๘๕ | OIT ๖๙.๑๗``
read ``[|โฆ๗๗.๙๗ | EIT ie.cé | 0|โ๖๙.๑๗``: the line was refused whole and all three tool scores lost."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_tool_line_keys_garbled_around_eit(tmp_path):
    doc = scan_pages_read(53201, [1], tmp_path).document
    assert (doc["iit_score"], doc["oit_score"]) == (77.97, 69.17)
    # EIT's print garbled: solved from the overall and the other two, flagged
    assert doc["eit_score"] == 74.85 and "eit_score_from_sum_and_mean:74.85" in doc["flags"]
