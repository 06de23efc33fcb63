"""Indicator scores OCR made no score of (h/scan38p). Each text is the cell or heading as the extractor read
it from the scan (dev scans 56506 and 56508, 300 dpi). Before: the score was named unreadable and the
indicator's row of that source lost (56506 ``partial``)."""
from __future__ import annotations

from normalizers.records.heading_scores import unread_measure_cells, unreadable_heading_scores
from normalizers.records.digits_misread import decimals_doubled, digits_misread

_RESULTS = [{"indicator_no": 3, "source": "text", "score": 95.32},
            {"indicator_no": 2, "source": "results_table", "score": 99.92}]


def test_measures_cell_nine_read_as_one_five():
    # 56508 p6: ``(๙๕.๓๒ คะแนน)`` read ``(๑๕๕.๓๒ คะแนน)``; the heading prints 95.32 for indicator 3
    measures = [{"flags": ["indicator_score_unreadable:measures_table:3@p6"]}]
    cells = [(6, "ตัวชี้วัดที่๓ การ\nใช้อำนาจ\n(๑๕๕.๓๒ คะแนน)"), (6, "คะแนนตำกว่าค่า\nเป้าหมายเนื่องจากข้อมูล")]
    rows, flags = unread_measure_cells(measures, cells, _RESULTS, ["x"])
    assert rows == [(3, 95.32, 6, ["score_digits_misread:155.32", "value_from_ocr_text"])]
    assert flags == ["x"] and measures[0]["flags"] == []


def test_measures_cell_nines_read_as_three_five_and_five():
    # 56506 p5: ``(๙๙.๙๒ คะแนน)`` read ``(๓๕๕.๓๕๒ คะแนน)``; the results table prints 99.92 for indicator 2
    measures = [{"flags": ["indicator_score_unreadable:measures_table:2@p5"]}]
    cells = [(5, "ตัวชี้วัดที่๒ การใช้\nงบประมาณ\n(๓๕๕.๓๕๒ คะแนน)")]
    rows, flags = unread_measure_cells(measures, cells, _RESULTS, [])
    assert rows == [(2, 99.92, 5, ["score_digits_misread:355.352", "value_from_ocr_text"])] and flags == []


def test_digits_misread_needs_one_reading_of_another_sources_score():
    assert digits_misread("155.32", 3, _RESULTS, "measures_table") == 95.32
    assert digits_misread("155.32", 3, _RESULTS, "text") is None  # only its own source prints it
    assert digits_misread("155.32", 4, _RESULTS, "measures_table") is None  # nothing printed for 4
    assert digits_misread("155.33", 3, _RESULTS, "measures_table") is None  # no reading gives 95.32
    assert digits_misread("95.32", 3, _RESULTS, "measures_table") is None  # a score as read is no misread
    # no other source: the cell stays unreadable, named
    measures = [{"flags": ["indicator_score_unreadable:measures_table:3@p6"]}]
    rows, flags = unread_measure_cells(measures, [(6, "ตัวชี้วัดที่๓ การใช้อำนาจ (๑๕๕.๓๒ คะแนน)")], [], [])
    assert rows == [] and flags == ["indicator_score_unreadable:measures_table:3@p6"]


def test_heading_score_decimals_read_twice():
    # 56506 p2: ``ตัวชี้วัดที่๕การแก้ไขปัญหาการทุจริต(๘๔.๙๐๙๐ คะแนน)``, indicator 5's text row lost
    assert decimals_doubled("84.9090") == 84.9 and decimals_doubled("84.9091") is None
    rows, flags = unreadable_heading_scores([(2, "ตัวชี้วัดที่๕การแก้ไขปัญหาการทุจริต(๘๔.๙๐๙๐ คะแนน)")], [])
    assert rows == [(5, 84.9, 2, ["score_decimals_doubled:84.9090", "value_from_ocr_text"])] and flags == []


def test_heading_score_digits_misread_against_a_table():
    rows, flags = unreadable_heading_scores([(3, "ตัวชี้วัดที่๓ การใช้อำนาจ (๑๕๕.๓๒ คะแนน)")],
                                            [{"indicator_no": 3, "source": "results_table", "score": 95.32}])
    assert rows == [(3, 95.32, 3, ["score_digits_misread:155.32", "value_from_ocr_text"])] and flags == []


def test_heading_score_sevens_eights_and_six_misread():
    # 56512 p1 (300 dpi): ``ตัวชี้วัดที่๒ การใช้งบประมาณ (๗๘.๘๖ คะแนน)`` read ``(๓๕.๕๒๐ คะแนน)``; the results
    # table prints 78.86 for indicator 2: its text row had been lost, the document ``partial``
    text = "ตัวชี้วัดที่๒ การใช้งบประมาณ (๓๕.๕๒๐ คะแนน)"
    rows, flags = unreadable_heading_scores([(1, text)], [{"indicator_no": 2, "source": "results_table", "score": 78.86}])
    assert rows == [(2, 78.86, 1, ["score_digits_misread:35.520", "value_from_ocr_text"])] and flags == []
    # another score printed for it that no reading gives: unreadable, named
    rows, flags = unreadable_heading_scores([(1, text)], [{"indicator_no": 2, "source": "results_table", "score": 78.87}])
    assert rows == [] and flags == ["indicator_score_unreadable:text:2@p1"]
