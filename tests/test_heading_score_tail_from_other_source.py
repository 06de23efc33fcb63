"""Scans, indicator scores (issue 15, h/scan35f): fresh34u 49200 p3, the heading ``ตัวชี้วัดที่๖ คุณภาพการดำเนินงาน
(«๕๙๕.๐๔ คะแนน)`` for 95.04 (a speck and a stroke read before it): the ``text`` row of indicator 6 named
unreadable, lost (the document ``partial``), while the results table prints 95.04 for indicator 6."""
from __future__ import annotations

from normalizers.records.heading_scores import unreadable_heading_scores

PAGE = [(3, "ตัวชี้วัดที่๖ คุณภาพการดำเนินงาน («๕๙๕.๐๔ คะแนน)")]


def test_heading_score_tail_from_other_source():
    rows, flags = unreadable_heading_scores(PAGE, [{"indicator_no": 6, "score": 95.04, "source": "results_table"}])
    assert rows == [(6, 95.04, 3, ["score_tail_from_other_source:«595.04", "value_from_ocr_text"])] and flags == []


def test_heading_score_tail_no_table_bears_out_stays_unread():
    rows, flags = unreadable_heading_scores(PAGE, [{"indicator_no": 6, "score": 96.04, "source": "results_table"}])
    assert rows == [] and flags == ["indicator_score_unreadable:text:6@p3"]
    rows, _ = unreadable_heading_scores([(3, PAGE[0][1].replace("«๕", "««"))], [])  # no digit before: _stray_mark's
    assert rows == [(6, 95.04, 3, ["score_stray_mark_dropped:««95.04", "value_from_ocr_text"])]


# dev scan 60106 p4 (200 dpi, h/scan40i): ``ตัวชี้วัดที่๑0 การป้องกันการทุจริต («6.3๑ คะแนน)`` for ๙๖.๓๑, the ๙ read
# as a mark: indicator 10's ``text`` row named unreadable and lost; the results table prints 96.31
PAGE_LEAD = [(4, "ตัวชี้วัดที่๑0 การป้องกันการทุจริต («6.3๑ คะแนน)")]


def test_heading_score_lead_digit_lost_under_mark():
    rows, flags = unreadable_heading_scores(PAGE_LEAD, [{"indicator_no": 10, "score": 96.31, "source": "results_table"}])
    assert rows == [(10, 96.31, 4, ["score_tail_from_other_source:«6.31", "value_from_ocr_text"])] and flags == []


def test_heading_score_lead_digit_lost_no_table_bears_out_stays_unread():
    for other in ([], [{"indicator_no": 10, "score": 96.32, "source": "results_table"}],
                  [{"indicator_no": 9, "score": 96.31, "source": "results_table"}],
                  [{"indicator_no": 10, "score": 96.31, "source": "results_table"},  # two tables disagree
                   {"indicator_no": 10, "score": 86.31, "source": "analysis_table"}]):
        rows, flags = unreadable_heading_scores(PAGE_LEAD, other)
        assert rows == [] and flags == ["indicator_score_unreadable:text:10@p4"]
