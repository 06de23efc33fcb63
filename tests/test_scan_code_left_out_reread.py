"""A code Tesseract left out of an analysis cell's run of codes (or read with a digit too many)
is read back from the cell's pixels. The images are the cells' first lines cut from the
shared dev scans in /tmp/fresh21s/scan; the texts are what Tesseract read for them. Before,
the second code was lost with no flag (fresh21s 0.21.0: codes of found measures 87.3 %).

- 21605 (200 dpi, Arabic digits) page 9: ``i14 ผู้รับบริการ`` for ``i14 i18 ผู้รับบริการ``;
- 21606 (300 dpi, Thai digits) page 5: ``i๙ การประชาสัมพันธ์`` for ``i๙ i๑๒ …``;
- 21606 page 8: ``e๑๒๕ e๑๕ คะแนน…`` for ``e๑๒ e๑๕``: no code has three digits;
- 21612 (300 dpi, IT9 digits) page 5: ``i๑๔ การ`` for ``i๑๔ i๑๗ การ``.
"""
from pathlib import Path

import numpy as np
from PIL import Image

from extractors.ocr.codecells import _codes_left_out, reread_code_runs
from normalizers.records.measure_codes import ocr_code_doubts

_DIR = Path(__file__).parent / "data" / "scan_code_runs"
_CELLS = [("s021605_p9_i14_i18_left_out", "i14 ผู้รับบริการ\nบางรายเห็นว่าการให้", "i14 i18 ผู้รับบริการ\nบางรายเห็นว่าการให้"),
          ("s021606_p5_i9_i12_left_out", "i๙ การประชาสัมพันธ์\nข้อมูล", "i๙ i๑๒ การประชาสัมพันธ์\nข้อมูล"),
          ("s021606_p8_e12_e15_three_digits", "e๑๒๕ e๑๕ คะแนนตำกว่า\nค่า", "e๑๒ e๑๕ คะแนนตำกว่า\nค่า"),
          ("s021612_p5_i14_i17_left_out", "i๑๔ การ\nเผยแพร่ข้อมูลการ", "i๑๔ i๑๗ การ\nเผยแพร่ข้อมูลการ")]


def _crop(name: str) -> np.ndarray:
    return np.array(Image.open(_DIR / f"{name}.png").convert("L"))


def test_codes_left_out_are_read_back_from_pixels():
    rows = [[text] for _, text, _ in _CELLS]
    crops = {(k, 0): _crop(name) for k, (name, _, _) in enumerate(_CELLS)}
    assert reread_code_runs(rows, crops) == [(k, 0) for k in range(len(_CELLS))]
    assert [r[0] for r in rows] == [want for _, _, want in _CELLS]


def test_whole_runs_are_left_alone():
    rows = [[want] for _, _, want in _CELLS]
    crops = {(k, 0): _crop(name) for k, (name, _, _) in enumerate(_CELLS)}
    assert reread_code_runs(rows, crops) == []


def test_pixels_that_disagree_with_tesseract_add_nothing():
    # the pixels read i14 i18: Tesseract's first code must be theirs, and a code added must
    # follow the one before it (a cell lists its codes in order, of one tool)
    assert _codes_left_out(["i13"], [("i14", [0.9, 1.0, 1.0]), ("i18", [0.9, 1.0, 1.0])]) == []
    assert _codes_left_out(["i14"], [("i14", [0.9, 1.0, 1.0]), ("e18", [0.9, 1.0, 1.0])]) == []
    assert _codes_left_out(["i14"], [("i14", [0.9, 1.0, 1.0]), ("i๑๒", [0.9, 1.0, 1.0])]) == []
    assert _codes_left_out(["i14"], [("i14", [0.9, 1.0, 1.0]), ("i18", [0.9, 0.6, 1.0])]) == []
    assert _codes_left_out(["e14"], [("e14", [0.9, 1.0, 1.0]), ("e18", [0.9, 1.0, 1.0])]) == []  # no e18
    assert _codes_left_out(["i14"], [("i14", [0.9, 1.0, 1.0]), ("i18", [0.9, 1.0, 1.0])]) == ["i18"]


def test_three_digit_code_left_unread_is_flagged():
    # where the pixels do not read it, the normalizer flags it instead of dropping it silently
    assert ocr_code_doubts("e๑๒๕ e๑๕ คะแนนตำกว่า") == ["code_unreadable:e๑๒๕"]
