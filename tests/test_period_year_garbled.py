"""Scans, periods (issue 15, h/scan35f): an OCR'd period side lost to an implausible "year" that is
the day of the range's next date (its month garbled past reading) or a B.E. year with a glyph OCR
made of a digit (``normalizers.fields.ocr_period_year``). The texts are what Tesseract gave on the
dev renders named."""
from __future__ import annotations

import datetime as dt

from normalizers.fields.periods import parse_period


def test_period_day_of_an_unread_date_read_as_the_year():
    """fresh34s 49113 p6 (``1 มี.ค. - 30 ก.ย. 67``) and u48b 48208 (``เม.ย. - 30 ก.ย. 67``): the
    end's month OCR garbled (``ne.``, ``1.8.``), its day 30 read as the start's year 2530, both
    sides null. The start now takes the plan year, flagged; the end stays null, flagged."""
    p = parse_period("1 มี.ค ๓0 ne. ๖7", 2567, ocr=True)
    assert (p.start, p.end) == (dt.date(2024, 3, 1), None)
    assert "period_year_garbled:30" in p.flags and "period_end_unreadable" in p.flags
    p = parse_period("เม.ย. 30 1.8.67", 2567, ocr=True)
    assert (p.start, p.end) == (dt.date(2024, 4, 1), None) and "period_year_garbled:30" in p.flags


def test_period_year_with_a_glyph_for_a_digit():
    """fresh34s 49106 p5: ``มิถุนายน 25d8 - กรกฎาคม 2๕๖8`` (2568, its ๖ read ``d``): the start's
    year read 2525, the start null. It takes the end's year, flagged."""
    p = parse_period("มิถุนายน 25d8 - กรกฎาคม 2๕๖8", 2568, ocr=True)
    assert (p.start, p.end) == (dt.date(2025, 6, 1), dt.date(2025, 7, 31))
    assert p.flags == ["period_year_garbled:25d8"]


def test_an_implausible_year_printed_whole_stays_null():
    """A clean year far from the plan (a typo, or another plan's), a two-digit year with nothing
    after it, and every born-digital period keep the side null as before."""
    for text in ("1 ม.ค. 2530", "ม.ค. 25", "ม.ค. 25 (ต่อเนื่อง)", "1 ม.ค. 2530."):
        p = parse_period(text, 2567, ocr=True)
        assert (p.start, p.end) == (None, None) and not any("garbled" in f for f in p.flags), text
    p = parse_period("ต.ค. 2556 - ก.ย. 2567", 2567, ocr=True)
    assert p.start is None and p.end == dt.date(2024, 9, 30)
    assert parse_period("1 มี.ค 30 ne. 67", 2567).start is None  # not OCR'd: as before
