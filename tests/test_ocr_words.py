"""Marks Tesseract dropped or confused in Thai words, put back by the dictionary
(normalizers/thai/ocr_words.py). The misreadings are the scanned corpus's own."""
from __future__ import annotations

import pytest

from extractors.model import RawTable
from normalizers.tables.grid import build_table
from normalizers.thai.ocr_words import mend_ocr_text


@pytest.mark.parametrize("ocr, fixed", [
    ("จัดทำค่มือสำหรับประชาชน", "จัดทำคู่มือสำหรับประชาชน"),  # lower vowel lost
    ("อย่างเป็นรปธรรม", "อย่างเป็นรูปธรรม"),
    ("สาเหตจากองค์ประกอบ", "สาเหตุจากองค์ประกอบ"),
    ("ผ้รับผิดชอบ", "ผู้รับผิดชอบ"),
    ("ติดต่อสือสาร", "ติดต่อสื่อสาร"),  # tone over an upper vowel lost
    ("ตามตัวชีวัดที่", "ตามตัวชี้วัดที่"),  # ... leaving three short known words (ตัว|ชี|วัด)
    ("อาจจะต้องย้าเตือน", "อาจจะต้องย้ำเตือน"),  # ำ read as า: ranked before ย่า, same cost
    ("ค่าน้ามันรถ", "ค่าน้ำมันรถ"),  # ... leaving known words (น้า|มัน)
    ("ดาเนินการ", "ดำเนินการ"),
])
def test_dropped_marks_are_put_back(ocr, fixed):
    assert mend_ocr_text(ocr) == fixed


@pytest.mark.parametrize("text", [
    "เทศบาลตำบลหนองบัว",  # a proper noun among known words
    "ต.ค. ๖๘ - ก.ย. ๖๙",  # month abbreviations: runs too short to judge
    "กองคลัง งานนิติการ",
    "ทางราชการ นำมาใช้",
    "ผู้รับบริการหรือผู้มาติดต่อราชการ",
])
def test_text_the_dictionary_covers_is_left_alone(text):
    assert mend_ocr_text(text) == text


def test_only_ocr_tables_are_mended():
    rows = [["มาตรการ", "ขั้นตอน"], ["จัดทำค่มือ", "เผยแพร่ค่มือ"]]
    kw = dict(page=1, index=0, bbox=(0.0, 0.0, 100.0, 100.0), rows=rows)
    assert build_table(RawTable(method="ocr", **kw)).rows[0].cells == ["จัดทำคู่มือ", "เผยแพร่คู่มือ"]
    # a text layer's words are what the author typed
    assert build_table(RawTable(method="text", **kw)).rows[0].cells == ["จัดทำค่มือ", "เผยแพร่ค่มือ"]


def test_wrapped_lines_glue_and_and_or_but_space_phrase_starts():
    """A cell wrapped right before และ / หรือ most likely wrapped inside a phrase (the seeds
    glue these words to the one before 228 / 158 times, space them 113 / 90); before โดย,
    เช่น a wrap is at a phrase space."""
    from normalizers.tables.grid import join_lines

    assert join_lines(["จัดทำคู่มือการให้บริการ", "และเผยแพร่ให้ประชาชน"]) == "จัดทำคู่มือการให้บริการและเผยแพร่ให้ประชาชน"
    assert join_lines(["ผู้รับบริการ", "หรือผู้มาติดต่อ"]) == "ผู้รับบริการหรือผู้มาติดต่อ"
    assert join_lines(["ประชาสัมพันธ์ช่องทาง", "เช่น เว็บไซต์"]) == "ประชาสัมพันธ์ช่องทาง เช่น เว็บไซต์"
