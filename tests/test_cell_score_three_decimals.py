"""An OCR'd indicator cell's score of three decimals is no score (h/scan40i's unseen 62210 p5:
``(๙๐.๖๓๒ คะแนน)`` kept as 90.632, unflagged); a text layer's number is kept as printed."""
from __future__ import annotations

from normalizers.fields.indicators import cell_score


def test_ocr_cell_score_of_three_decimals_is_unreadable():
    cell = "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๙๐.๖๓๒ คะแนน)"
    assert cell_score(cell, ocr=True) is None
    assert cell_score(cell) == 90.632
    assert cell_score("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๙๐.๖๓ คะแนน)", ocr=True) == 90.63
    assert cell_score("(๙๐.๖ คะแนน)", ocr=True) == 90.6
