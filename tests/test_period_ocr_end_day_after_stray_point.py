"""fresh41s 63101 p2 (200 dpi): ``๒ มิย 6๖-๒8 กค ๖6`` was OCR'd ``๒มิย 6๖.๒8- กค ๖6``: the
dash moved after the end's day and a point set before it. The day between the dates was not
taken for the end's, and the end came out as the month's last day (31 July for the 28th) with no
flag about the period: a wrong date, unflagged."""
from __future__ import annotations

from datetime import date

from normalizers.fields.periods import parse_period


def test_end_day_after_a_stray_point_is_named_unreadable_not_the_month_end():
    p = parse_period("๒มิย\n6๖.๒8- กค\n๖6", 2566, ocr=True)
    assert p.start == date(2023, 6, 2)
    assert p.end is None and "period_end_unreadable:day" in p.flags


def test_a_point_after_the_start_year_is_no_day():
    p = parse_period("๑ ต.ค. ๖๘. - มี.ค. ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 10, 1), date(2026, 3, 31))
    assert not [f for f in p.flags if "unreadable" in f]


def test_the_range_read_right_keeps_its_end_day():
    p = parse_period("๒ มิย 6๖-๒8 กค ๖6", 2566, ocr=True)
    assert (p.start, p.end, p.flags) == (date(2023, 6, 2), date(2023, 7, 28), [])
