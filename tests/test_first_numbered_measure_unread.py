"""Scan28's unseen 38212 (200 dpi, landscape, one bare table per measure, measures numbered
``๑)``, ``๒)``, ``๓)``): the first measure's table was not found (its rows read as page text), the
other two were read. With two numbers read, starting at 2, ``numbers_gap`` (three numbers or more,
from 1) said nothing: measure ๑) and its indicator's score lost in an ``ok`` document. The page text
printing ``๑) แนวทาง…`` before a measure's name is the evidence (``numbers_before_unread``)."""
from __future__ import annotations

from normalizers.records.measure_gaps import numbers_before_unread

# 38212's page 2 text as OCR read it (the part of the table not found)
P2 = """มาตรการส่งเสริมคุ ณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570
ประเด็นที่ 1 การแก้ไขปัญหาการทุจริต
ระยะเวลา
2569 - 21
แนวท างก ารดำเนินการ
1 จัดกิจกรรมอบรมให้ความรู้แก่เจ้าหน้าที่ 1
2 สรุปผลการดำเนินงานรายงานผับริหาร
ที่
มาตรการ / แนวทาง
๑) แนวทางทบทวนหลักเกณฑ์
การบริหารและพัฒนา"""


def test_measure_one_printed_in_the_text_and_not_read():
    assert numbers_before_unread([2, 3], [(2, P2)], n_read=2) == ["measure_numbers_gap:1"]
    assert numbers_before_unread([2, 3], [(2, P2)], n_read=3) == []  # three read: ๑) was read from text


def test_no_flag_without_the_printed_name_or_from_one():
    assert numbers_before_unread([2, 3], [(2, P2.replace("๑) แนวทาง", "แนวทาง"))]) == []  # nothing printed
    assert numbers_before_unread([1, 2, 3], [(2, P2)]) == []  # nothing missing below
    assert numbers_before_unread([3, 2], [(2, P2)]) == []  # not a running list
    assert numbers_before_unread([5, 6], [(2, P2)]) == []  # too far from 1: another numbering
    # a step list's ``1 จัดกิจกรรม…`` is no measure's name
    assert numbers_before_unread([2], [(2, "1 จัดกิจกรรมอบรมให้ความรู้แก่เจ้าหน้าที่")]) == []
