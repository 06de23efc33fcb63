"""Scans, indicator scores (issue 15, h/scan40i): dev scan 60111 p4 (300 dpi), the heading ``ตัวชี้วัดที่๙
การเปิดเผยข้อมูล (๙๖.๑๓๑ คะแนน)`` for ๙๖.๑๓ (a digit too many: three decimals, no score): indicator 9's ``text``
row named unreadable and lost, while the results table prints 96.13 for indicator 9. The one score a table
prints for the indicator that is the reading with one digit left out is taken, flagged
``score_extra_digit_from_other_source`` (check)."""
from __future__ import annotations

from normalizers.records.heading_scores import unreadable_heading_scores

PAGE = [(4, "ตัวชี้วัดที่๙ การเปิดเผยข้อมูล (๙๖.๑๓๑ คะแนน)")]


def test_heading_score_extra_digit_from_other_source():
    rows, flags = unreadable_heading_scores(PAGE, [{"indicator_no": 9, "score": 96.13, "source": "results_table"}])
    assert rows == [(9, 96.13, 4, ["score_extra_digit_from_other_source:96.131", "value_from_ocr_text"])]
    assert flags == []


def test_heading_score_extra_digit_no_table_bears_out_stays_unread():
    for other in ([], [{"indicator_no": 9, "score": 96.14, "source": "results_table"}],
                  [{"indicator_no": 8, "score": 96.13, "source": "results_table"}],
                  [{"indicator_no": 9, "score": 96.13, "source": "results_table"},  # two readings, two tables
                   {"indicator_no": 9, "score": 96.31, "source": "analysis_table"}]):
        rows, flags = unreadable_heading_scores(PAGE, other)
        assert rows == [] and flags == ["indicator_score_unreadable:text:9@p4"]


def test_heading_score_two_decimals_under_100_is_no_extra_digit():
    rows, flags = unreadable_heading_scores([(4, "ตัวชี้วัดที่๙ การเปิดเผยข้อมูล (๙๖.๑๓ คะแนน)")],
                                            [{"indicator_no": 9, "score": 6.13, "source": "results_table"}])
    assert rows == [] and flags == ["indicator_score_unreadable:text:9@p4"]  # a readable score no row took
