"""Dev scan 58215 p12 (200 dpi, h/scan39i): measure 6's period ``๙ พฤศจิกายน ๒569 - ๑1 มิถุนายน ๒๕7๐`` is
OCR'd ``พฤศจิกายน ๒569569-๑1 มิถุนายน ๒๕7๐``: the start's day is lost and its year doubled into a number
no date takes. The start came out as 1 November (the end's year, the month's first day) with only info
flags (``corpus score``: wrong with no check/problem flag). A number between the two dates that is no
day and no year, the first date reading no year, makes the start unreadable: null, flagged."""
from __future__ import annotations

import datetime as dt

from corpus_seeds import scan_pages_read
from normalizers.fields.periods import parse_period


def test_period_start_year_garbled_between_dates_is_unreadable():
    p = parse_period("พฤศจิกายน ๒569569-๑1 มิถุนายน ๒๕7๐", 2570, ocr=True)
    assert p.start is None and p.end == dt.date(2027, 6, 11)
    assert "period_start_unreadable:2569569-" in p.flags
    # a day and a year read between two dates stay dates (``1 มีนาคม 30 กันยายน 2567``; a range)
    assert parse_period("1 มีนาคม 30 กันยายน 2567", 2567, ocr=True).start == dt.date(2024, 3, 1)
    assert parse_period("พฤศจิกายน 2569 - 11 มิถุนายน 2570", 2570, ocr=True).start == dt.date(2026, 11, 1)
    assert parse_period("1 ต.ค. 2569 - 30 ก.ย. 2570", 2570, ocr=True).start == dt.date(2026, 10, 1)
    # a year with a doubled digit after a start that reads its day, or with no day on either side,
    # is just a garbled year (dev scan 57207 p5: both dates right)
    assert parse_period("๒8 มิย ๖88-๒5 กค ๖8", 2568, ocr=True).start == dt.date(2025, 6, 28)
    assert parse_period("4 พย ๖77-กค ๖8", 2568, ocr=True).start == dt.date(2024, 11, 4)
    assert parse_period("พย ๖77-กค ๖8", 2568, ocr=True).start == dt.date(2024, 11, 1)


def test_scan_period_start_year_garbled_between(tmp_path):
    records = scan_pages_read(58215, [1, 12], tmp_path)
    rows = [m for m in records.planned_measures if m.get("period_end") == dt.date(2027, 6, 11)]
    assert len(rows) == 1, [(m.get("period_text"), m.get("period_start")) for m in records.planned_measures]
    assert rows[0]["period_start"] is None
    assert any(f.startswith("period_start_unreadable:") for f in rows[0]["flags"])
