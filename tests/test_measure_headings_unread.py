"""A measure lost under its issue heading must make the document ``partial`` (issue 15, lost rows
must say so): a report that prints one measure under each ``ประเด็นที่ <n>`` heading (the corpus'
per-measure and per-page arrangements) and whose scanned table under one heading was not read
lost that measure with no flag when the measures were not numbered (``measure_numbers_gap`` needs
list numbers). The headings over the measures, counted from the first measure's page, say how
many measures at least were printed."""
from __future__ import annotations

from normalizers.records.measure_gaps import headings_unread


def _m(page: int) -> dict:
    return {"page_first": page, "page_last": page}


PAGES = [(1, "ผลการประเมิน\nประเด็นที่ 1 ค่าเฉลี่ย"),  # before the measures: not counted
         (3, "ประเด็นที่ ๑ การปฏิบัติหน้าที่\nมาตรการ ...\nประเด็นที ๒ การใช้งบประมาณ\n..."),
         (4, "ประเด็นที่ 3 การใช้อำนาจ\n...\nประเด็นที่ 4 การเปิดเผยข้อมูล\n...")]


def test_a_heading_without_its_measure_makes_the_loss_visible():
    assert headings_unread(PAGES, [_m(3), _m(3), _m(4)]) == ["measure_headings_unread:3/4"]


def test_as_many_measures_as_headings_say_nothing():
    assert headings_unread(PAGES, [_m(3), _m(3), _m(4), _m(4)]) == []
    assert headings_unread(PAGES, [_m(3), _m(3), _m(3), _m(4), _m(4)]) == []  # several under one heading


def test_headings_that_are_another_numbering_say_nothing():
    # indicator numbers over the measures (2, 5, 9): not a running list from 1
    pages = [(3, "ประเด็นที่ 2 การใช้งบประมาณ\nประเด็นที่ 5 การแก้ไขปัญหา\nประเด็นที่ 9 การเปิดเผยข้อมูล")]
    assert headings_unread(pages, [_m(3), _m(3)]) == []
    # numbers that go down (a second list): not one running list
    pages = [(3, "ประเด็นที่ 1 ก\nประเด็นที่ 2 ข\nประเด็นที่ 3 ค\nประเด็นที่ 1 ง")]
    assert headings_unread(pages, [_m(3), _m(3)]) == []
