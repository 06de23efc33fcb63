"""Codes opening a scanned analysis cell, re-read from their pixels where Tesseract dropped a
digit. The images are the cells' first lines cut from real scan renders (``corpus fuzz --seeds
N --renderer html --scan``, 300 dpi), the texts what Tesseract read for them:

- dev seed 18500, page 5, measure 1: ``i๒ i๒๑ผู้รับ…`` for ``i๒๐ i๒๑``: i2 written for i20;
- dev seed 18500, page 5, measure 3: ``i๑ ibยังไม่มีการ…`` for ``i๑ i๖``: i6 lost;
- dev seed 18801, page 6: ``o๑๔ ๐๒ผู้รับบริการ`` for ``o๑๔ o๒๖``: o2 written for o26.
"""
from pathlib import Path

import numpy as np
from PIL import Image

from extractors.ocr.codecells import reread_code_runs, reread_later_codes

_DIR = Path(__file__).parent / "data" / "scan_code_runs"
_CELLS = [("s018500_p5_i20_i21", "i๒ i๒๑ผู้รับ\nบริการบางรายเห็น", "i๒๐ i๒๑ ผู้รับ\nบริการบางรายเห็น"),
          ("s018500_p5_i1_i6", "i๑ ibยังไม่มีการ\nรายงานผลการ", "i๑ i๖ ยังไม่มีการ\nรายงานผลการ"),
          ("s018801_p6_o14_o26", "o๑๔ ๐๒ผู้รับบริการ\nบางรายเห็นว่าการให้", "o๑๔ o๒๖ ผู้รับบริการ\nบางรายเห็นว่าการให้")]


def _crop(name: str) -> np.ndarray:
    return np.array(Image.open(_DIR / f"{name}.png").convert("L"))


def test_dropped_code_digits_read_back_from_pixels():
    rows = [[text] for _, text, _ in _CELLS]
    crops = {(k, 0): _crop(name) for k, (name, _, _) in enumerate(_CELLS)}
    assert reread_code_runs(rows, crops) == [(0, 0), (1, 0), (2, 0)]
    assert [r[0] for r in rows] == [want for _, _, want in _CELLS]


def test_codes_read_as_printed_are_left_alone():
    # the same pixels, Tesseract's codes already whole: nothing changes
    rows = [["i๒๐ i๒๑ ผู้รับ"], ["i๑ i๖ ยังไม่มีการ"], ["o๑๔ o๒๖ ผู้รับบริการ"]]
    crops = {(k, 0): _crop(name) for k, (name, _, _) in enumerate(_CELLS)}
    assert reread_code_runs(rows, crops) == []


def test_a_code_the_pixels_read_otherwise_is_kept():
    # only a digit Tesseract left out is put back; another digit is no evidence either way
    rows = [["i๓ i๒๑ผู้รับ"]]
    assert reread_code_runs(rows, {(0, 0): _crop("s018500_p5_i20_i21")}) == []
    assert rows[0][0] == "i๓ i๒๑ผู้รับ"


def test_garbled_first_code_replaced_when_pixels_agree_on_the_rest():
    # a first code Tesseract read as Thai letters (``อฒ e๘`` for ``e๗ e๘`` on dev seed 18509
    # page 4), on the real pixels of 18500's ``i๒๐ i๒๑``: the pixels read i๒๑ second, as
    # Tesseract did, so their first code replaces the garble
    rows = [["อฒ i๒๑ ผู้รับ\nบริการบางรายเห็น"], ["อฒ i๒๒ ผู้รับ"]]
    crops = {(0, 0): _crop("s018500_p5_i20_i21"), (1, 0): _crop("s018500_p5_i20_i21")}
    assert reread_code_runs(rows, crops) == [(0, 0)]
    assert rows[0][0] == "i๒๐ i๒๑ ผู้รับ\nบริการบางรายเห็น"
    assert rows[1][0] == "อฒ i๒๒ ผู้รับ"  # the pixels' second code is not Tesseract's: kept


def test_lone_cell_with_a_latin_code_in_its_run():
    # dev seed 18509 (300 dpi), measure 8: ``e๑ elo หน่วย…`` for ``e๑ e๒``, the only cell of its
    # table part opening with codes (no code column to tell): e2 lost, flagged code_unreadable
    rows = [["e๑ elo หน่วย\nงานยังขาดการ"]]
    assert reread_code_runs(rows, {(0, 0): _crop("s018509_m8_e1_e2")}) == [(0, 0)]
    assert rows[0][0] == "e๑ e๒ หน่วย\nงานยังขาดการ"


def test_codes_alone_on_a_short_first_line_are_read():
    # fresh dev seed 18509 (scanned, 300 dpi), page 4, measure 1: the analysis cell prints
    # ``e๗ e๘`` alone on its first line, above ``บุคลากร…``; Tesseract read ``อฒ e๘``. That line
    # (30 px, no tall Thai letters) is shorter than 0.6 of the text lines and was skipped as
    # the row above's marks, and the regex wanted text after e๘ on the same line: e7 was lost
    rows = [["อฒ e๘\nบูุคลากร\nภายในบาง"]]
    crops = {(0, 0): _crop("s018509_p4_e7_e8_own_line")}
    assert reread_code_runs(rows, crops) == [(0, 0)]
    assert rows[0][0] == "e๗ e๘\nบูุคลากร\nภายในบาง"


def test_code_cell_line_left_out_read_from_pixels():
    # dev seed 21000 (scanned, 200 dpi), page 4, measure 1: the code column's cell prints
    # ``i๒`` over ``i๓``; Tesseract read only ``i๒``: i3 lost with no flag
    rows = [["i๒"]]
    assert reread_later_codes(rows, {(0, 0): _crop("s021000_p4_i2_i3_line_lost")}) == [(0, 0)]
    assert rows[0][0] == "i๒\ni๓"
    # a first line the pixels read otherwise is no evidence: kept
    rows = [["i๗"]]
    assert reread_later_codes(rows, {(0, 0): _crop("s021000_p4_i2_i3_line_lost")}) == []


def test_code_read_as_accented_latin_read_from_pixels():
    # dev seed 21000 page 8, measure 5: ``i๔`` over ``i๕`` read ``i๔\nié``: i5 lost, no flag
    rows = [["i๔\nié"]]
    assert reread_later_codes(rows, {(0, 0): _crop("s021000_p8_i4_i5_accented")}) == [(0, 0)]
    assert rows[0][0] == "i๔\ni๕"


def test_code_letter_read_as_a_bar_read_from_pixels():
    # fresh dev seed 19506 (scanned, 300 dpi), page 9, measure 3: ``i2๑ |๒2ยังไม่มีการ…`` for
    # ``i๒๑ i๒๒``: the second code's letter read as ``|``, i22 lost (flagged code_unreadable);
    # the pixels read i๒2 with the digits Tesseract read: its letter is put back
    rows = [["i2๑ |๒2ยังไม่มีการ\nรายงานผลการ"]]
    assert reread_code_runs(rows, {(0, 0): _crop("s019506_p9_i21_i22_bar")}) == [(0, 0)]
    assert rows[0][0] == "i2๑ i๒2 ยังไม่มีการ\nรายงานผลการ"


def test_later_code_read_as_letter_and_bracket_read_from_pixels():
    # fresh dev seed 19509 (scanned), page 7, measure 2: the code cell ``i๑๗`` over ``i๑๘`` read
    # ``i๑๗\nโ[๑๘``: i18 lost with no flag
    rows = [["i๑๗\nโ[๑๘"]]
    assert reread_later_codes(rows, {(0, 0): _crop("s019509_p7_i17_i18_bracket")}) == [(0, 0)]
    assert rows[0][0] == "i๑๗\ni๑๘"


def test_code_letter_read_as_a_digit_read_from_pixels():
    # dev seed 21006 (scanned, 300 dpi), page 6, measure 1: ``e7 ๕8 ยังไม่มีการรายงาน…`` for
    # ``e7 e8``: the letter e read as ๕, e8 lost (flagged code_unreadable:๕8)
    rows = [["e7 ๕8 ยังไม่มีการรายงาน\nผลการดำเนินงานตามแผน"]]
    assert reread_code_runs(rows, {(0, 0): _crop("s021006_p6_e7_e8_letter_as_digit")}) == [(0, 0)]
    assert rows[0][0] == "e7 e8 ยังไม่มีการรายงาน\nผลการดำเนินงานตามแผน"
