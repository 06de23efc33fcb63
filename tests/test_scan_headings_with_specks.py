"""Held-out fresh31u 43213 p3 (200 dpi, zebra question tables one per indicator, each under its heading
``ตัวชี้วัดที่ N … (xx.xx คะแนน)``; scored with 0.30.0 and 0.31.0 before this fix). The shading beside
the headings was read as specks after the score (``… (63.78 คะแนน) ๕๒๕๒๕๒๑`` | ``a ' e๓๕๓๗``) or the
question table's header was read into the heading's row (``… (61.62 คะแนน)⏎รหัส ข้อคำถาม |โภ`` |
``คะแนนที่``): no heading was read, indicators 4, 5 and 6 (source ``text``) lost in an ``ok`` document.
A heading whose line goes on with no Thai letter after its score's bracket, its row holding short
words only, is read up to the bracket."""
from __future__ import annotations

from normalizers.records.scan_headings import heading_lines
from normalizers.records.table_headings import _heading_lines
from extractors.model import RawTable

ROW4 = ["ตัวชีวัดที 4 การใช้ทรัพย์สินของราชการ (63.78 คะแนน) ๕๒๕๒๕๒๑", "a\n' e๓๕๓๗"]
ROW5 = ["ตัวชี้วัดที่5 การแก้ไขปัญหาการทุจริต (61.62 คะแนน)\nรหัส ข้อคำถาม |โภ", "คะแนนที่"]
ROW6 = ["ตัวชีวัดที 6 คุณภาพการดำเนินงาน (74.04 คะแนน) '", "a\n_——————=="]


def test_heading_with_specks_after_its_score_is_read():
    assert _heading_lines(ROW4) == ["ตัวชีวัดที 4 การใช้ทรัพย์สินของราชการ (63.78 คะแนน)"]
    assert _heading_lines(ROW6) == ["ตัวชีวัดที 6 คุณภาพการดำเนินงาน (74.04 คะแนน)"]
    # words after the score are text, no specks: no heading
    assert _heading_lines(["ตัวชี้วัดที่ 4 การใช้ทรัพย์สิน (63.78 คะแนน) ยังต่ำกว่าเป้าหมาย", ""]) == []


def test_heading_over_the_header_read_into_its_row_is_read():
    raw = RawTable(page=3, index=0, bbox=(0, 0, 1, 1), rows=[ROW5, ["i25 เจ้าหน้าที่ในหน่วยงาน", "62.55"]],
                   method="ocr")
    got = heading_lines([raw])[3]
    assert got == ["ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (61.62 คะแนน)"]
    # a measures table's indicator cell, the measure's text beside it, is no heading
    raw = RawTable(page=3, index=0, bbox=(0, 0, 1, 1), method="ocr",
                   rows=[["ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (61.62 คะแนน)",
                          "โครงการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน"]])
    assert heading_lines([raw]) == {}
