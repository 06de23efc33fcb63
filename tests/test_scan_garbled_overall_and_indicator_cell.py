"""fresh28s 39113 pages 1 and 4 OCR'd (300 dpi scan): the garbled overall and the garbled
indicator cell score of ``test_garbled_score_cells.py``, on the real page images."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read

pytest.importorskip("weasyprint")


def test_scan_39113_overall_and_indicator_cell(tmp_path):
    rec = scan_pages_read(39113, [1, 4], tmp_path)
    doc = rec.document
    assert doc["overall_score"] == pytest.approx(76.6)
    assert "overall_score_from_tools:v.60->76.6" in doc["flags"]
    assert "indicator_score_unreadable:measures_table:4@p4" in doc["flags"]
    assert doc["status"] == "partial"
    assert not [r for r in rec.indicator_scores if r["indicator_no"] == 4 and r["source"] == "measures_table"]
