"""OCR-garbled list numbers at the start of steps-cell lines (normalizers/fields/ocr_lists.py).

The garbled tokens are the ones Tesseract + our numeral recognizer returned for ``๑.``-``๔.``
on the scanned corpus (bench/bench_scanned_corpus.py)."""
from __future__ import annotations

from normalizers.fields.ocr_lists import renumber_lines, strip_leading_number
from normalizers.fields.units import split_steps

STEPS = ["สำนักปลัดดำเนินการจัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน",
         "ผู้บริหารอนุมัติประกาศใช้คู่มือการปฏิบัติงาน",
         "แจกเวียนให้เจ้าหน้าที่ทราบและถือปฏิบัติ",
         "เผยแพร่คู่มือการปฏิบัติงานในช่องทางต่างๆ"]


def test_garbled_numbers_become_a_sequence_and_split():
    ocr = f"๙ {STEPS[0]}\n๒๖{STEPS[1]}\n๓.๗{STEPS[2]}\n๔๖{STEPS[3]}"
    text, n = renumber_lines(ocr)
    assert n == 4
    assert split_steps(text) == STEPS


def test_numbers_read_as_latin_with_their_dot():
    ocr = f"151{STEPS[0]}\non.{STEPS[1]}\n๓ {STEPS[2]}"
    assert split_steps(renumber_lines(ocr)[0]) == STEPS[:3]


def test_wrapped_lines_are_not_items():
    ocr = f"๑. {STEPS[0][:20]}\n{STEPS[0][20:]}\n๒. {STEPS[1]}"
    text, n = renumber_lines(ocr)
    assert n == 2
    assert split_steps(text) == [STEPS[0][:20] + " " + STEPS[0][20:], STEPS[1]]


def test_a_single_number_like_line_start_is_content():
    text = "ใช้งานได้จริง\n๒๔ ชม. ทุกวัน"
    assert renumber_lines(text) == (text, 0)


def test_leading_number_of_a_measure_cell():
    assert strip_leading_number("๙ จัดทำคู่มือ") == "จัดทำคู่มือ"
    assert strip_leading_number("๑.จัดทำคู่มือ") == "จัดทำคู่มือ"
    assert strip_leading_number("5ส ในสำนักงาน") == "5ส ในสำนักงาน"
    assert strip_leading_number("จัดทำคู่มือ") == "จัดทำคู่มือ"


def test_bracketed_list_number_with_a_digit_added_is_dropped_from_a_measure():
    """Regression (fresh11s seed 8102 scanned): the measure's ``(๒)`` OCR'd ``(๒11)`` stayed at
    the start of its name."""
    assert strip_leading_number("(๒11) โครงการสร้างวัฒนธรรมองค์กร") == "โครงการสร้างวัฒนธรรมองค์กร"
    assert strip_leading_number("(2)โครงการ") == "โครงการ"
    # a year in brackets is content
    assert strip_leading_number("(๒๕๖๘) โครงการ") == "(๒๕๖๘) โครงการ"


def test_paren_number_read_as_a_symbol_is_dropped():
    # unbiased fresh26s 36113 (``๔)`` read ``©)``, ``๕)`` read ``&)``) and 36111 (``๔)`` read ``ๆ``)
    from normalizers.fields.ocr_lists import strip_leading_number
    assert strip_leading_number("©) โครงการทบทวนหลักเกณฑ์") == "โครงการทบทวนหลักเกณฑ์"
    assert strip_leading_number("&) แนวทางทบทวน") == "แนวทางทบทวน"
    assert strip_leading_number("ๆ กิจกรรมประเมิน") == "กิจกรรมประเมิน"
    assert strip_leading_number("ๆกิจกรรม") == "ๆกิจกรรม"  # glued: not a number's place
    assert strip_leading_number("(ก) โครงการ") == "(ก) โครงการ"  # a Thai letter is a label, not a misread digit
