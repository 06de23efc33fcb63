"""An OCR'd indicator score cell of four digits, its point lost (``๘๗๗3`` for ๘๗.๗3: dev scan 60514, 200 dpi,
h/scan40i; the whole-page regression is tests/test_scan_indicator_score_point_lost.py): read as ``dd.dd``."""
from __future__ import annotations

from normalizers.records.point_lost import point_lost


def test_point_lost_cell_reading():
    assert point_lost("๘๗๗3") == (87.73, ["score_point_lost:8773"])
    assert point_lost(" 63๗๐ ") == (63.7, ["score_point_lost:6370"])
    for other in ("๘๗.๗3", "877", "87731", "8a73", "(8773 คะแนน)", "", None):
        assert point_lost(other) is None
