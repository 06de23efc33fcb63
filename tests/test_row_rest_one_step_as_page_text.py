"""Unbiased fresh28s 39107 (300 dpi scan, landscape measures table with rules across only): the
steps of measures 2 and 4 go on at the top of pages 8 and 12, one column of text the extract
stage found no table for, read as page text. Those pages print one step line (``- เผยแพร่…``)
after the rest of the step the page break cut; ``rest_unread_rows`` wanted two step lines, so
the rows lost their last step and a half with no flag (measure 3's rest on page 10, two step
lines, was flagged). A page whose text starts inside a step (its first line neither a step, a
number nor a heading) and prints one step line holds the rest too: ``measure_rest_unread``."""
from __future__ import annotations

from normalizers.records.text_measures import rest_unread_rows

P8 = """รายงานผลการดำเนินงานตามแบบ
ที่กำหนดพร้อมเอกสารหลักฐาน
ประกอบและเสนอผับริหาร
- เผยแพร่ข้อมูลบนเว็บไซต์ของ
หน่วยงาน โดยให้ทกส่วนราชการ
ต่างๆ ของหน่วยงาน"""


def _measures() -> list[dict]:
    return [{"page_first": 6, "page_last": 6}, {"page_first": 7, "page_last": 7}]


def test_one_step_line_under_a_cut_step_is_a_row_rest():
    assert rest_unread_rows([(8, P8)], _measures()) == [1]


def test_a_page_starting_with_its_own_heading_or_signature_is_not():
    for first in ("ประเด็นที่ ๓ การปรับปรุงการทำงาน", "ลงชื่อ ผู้รายงาน", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"):
        assert rest_unread_rows([(8, first + "\n" + P8)], _measures()) == []
    # no step line at all: prose after the table, nothing of a row
    assert rest_unread_rows([(8, "ทั้งนี้ หน่วยงานจะติดตามผลการดำเนินงาน\nและรายงานต่อผู้บริหาร")], _measures()) == []
