"""``ธ.ค.`` OCR'd as ``5.A.`` with the day glued before it: the start was unread.

Real OCR strings: dev scan 57209 p5-p6 (200 dpi), period cells printed ``๑ ธ.ค. ๓1 ก.ค.๗0`` and
``๑ ธ.ค. ๓1 มี.ค. 2๕๗๐`` read ``๑5.A. ๓1 กค ๗0`` and ``๑5.A. ๓1 มี.ค 2๕๗๐``: ``5A`` (ธ read as 5, ค as
A) was mended only standing alone, so the start was null (``period_start_unreadable:15.A.``) twice.
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_day_glued_before_a_latin_december_is_the_day():
    p = parse_period("๑5.A. ๓1 กค ๗0", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 12, 1), date(2027, 7, 31))
    assert "period_ocr_months_mended" in p.flags
    p = parse_period("๑5.A. ๓1 มี.ค 2๕๗๐", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 12, 1), date(2027, 3, 31))


def test_latin_december_alone_still_read():
    # the earlier spellings (fresh35s 51110): unchanged
    p = parse_period("1 พย 31 5A 2569", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 11, 1), date(2026, 12, 31))
    p = parse_period("5A 69-พค 70", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 12, 1), date(2027, 5, 31))
