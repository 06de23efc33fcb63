"""Unseen scan fresh34s 49105 (300 dpi, one measures table a page, zebra rows, two-level header
printed again on each page): measure 3's last steps went on to page 10 under the repeated
header, which was read as a table of its header alone; the steps were page text. Their numbers
came without the dot OCR lost (``6 สรุปผลการดำเนินงาน``), so ``rest_unread_rows`` saw no step line
and the row lost two steps with no flag, in an ``ok`` document. A step's number followed by its
text is a step line too: the row is flagged ``measure_rest_unread``. The text is page 10's OCR."""
from __future__ import annotations

from normalizers.records.text_measures import rest_unread_rows

P10 = """โครงการ/กิจกรรม ประเด็
ปรับปรุ
ราชการรายงานผลการ
ดำเนินงานตามแบบที่
กำหนดพร้อมเอกสาร
ของหน่วยงาน
6 สรุปผลการดำเนินงาน
รายงานผู้บริหาร โดยให้ทุก
ส่วนราชการรายงานผลการ
ของหน่วยงาน"""


def _measures() -> list[dict]:
    return [{"page_first": 7, "page_last": 8}, {"page_first": 9, "page_last": 9}]


def test_scan_row_rest_step_number_without_its_dot():
    assert rest_unread_rows([(10, P10)], _measures()) == [1]


def test_a_number_before_a_non_thai_word_is_no_step():
    # a year or an amount opening a line of prose (``2568 …``, ``50 %``) numbers no step
    text = "ทั้งนี้ หน่วยงานจะติดตามผลการดำเนินงาน\n2568 ปีงบประมาณ\n50 % ของกลุ่มเป้าหมาย"
    assert rest_unread_rows([(10, text)], _measures()) == []
