"""Unbiased scan 36105 (fresh26s, 300 dpi, a borderless measures table with long rows): the
last three steps of measure 4 ran onto page 9, where the extract stage found no table (one
column of text); they were read as page text only, and the row had no flag. Now a page right
after a measure's last page that prints steps only, outside any table, with no measure read on
it, flags that page's last row ``measure_rest_unread``. Page texts are the extractor's real
reading of pages 8 and 9."""
from __future__ import annotations

from normalizers.records.text_measures import rest_unread_rows

P8 = ("รายงานผลการดำเนินงานตามแบบที่\nกำหนดพร้อมเอกสารหลักฐาน\nประกอบและเสนอผู้บริหารพิจารณา\n"
      "- แต่งตั้งคณะทำงานรับผิดชอบการ\nดำเนินงาน โดยให้ทกส่วนราชการ")
P9 = ("รายงานผลการดำเนินงานตามแบบที่\nกำหนดพร้อมเอกสารหลักฐาน\nประกอบและเสนอผู้บริหารพิจารณา\n"
      "ให้ความเห็นชอบก่อนเผยแพร่ต่อ\nสาธารณะผ่านช่องทางต่าง ๆ ของ\nหน่วยงาน\n- ประเมินผลและนำข้อเสนอแนะมา\n"
      "ปรับปรุง โดยให้ทุกส่วนราชการ\n- รวบรวมข้อมลและตรวจสอบความ\nถูกต้อง โดยให้ทกส่วนราชการ\n"
      "- จัดกิจกรรมอบรมให้ความรู้แก่\nเจ้า")
MEASURES = [{"page_first": 5, "page_last": 6}, {"page_first": 6, "page_last": 7}, {"page_first": 7, "page_last": 8},
            {"page_first": 8, "page_last": 8}]


def test_steps_on_the_page_after_the_last_row_flag_that_row():
    assert rest_unread_rows([(8, P8), (9, P9)], MEASURES) == [3]


def test_a_page_read_as_a_measure_or_far_from_the_measures_flags_nothing():
    assert rest_unread_rows([(9, P9)], MEASURES[:3] + [{"page_first": 8, "page_last": 9}]) == []
    assert rest_unread_rows([(10, P9)], MEASURES) == []  # not right after a measure's page
    assert rest_unread_rows([(9, "ภาคผนวก\nรายชื่อคณะทำงาน")], MEASURES) == []  # no steps
    assert rest_unread_rows([(9, "(5) แนวทางสำรวจความพึงพอใจ\n- ประชุม\n- สรุปผล")], MEASURES) == []  # a measure of its own
