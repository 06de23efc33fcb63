"""``ไตรมาสที่`` OCR'd as one Latin word: the quarter period was unparsed.

Real OCR strings: dev scan 57107 (300 dpi), the measures' period cells printed ``ไตรมาสที่ 1-2`` and
``ไตรมาสที่ 3-4`` read ``‘asian 1-2`` and ``asian 3-4``: both periods null (``period_unparsed``).
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_latin_word_before_a_quarter_range_is_the_quarter_word():
    p = parse_period("‘asian 1-2", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 10, 1), date(2026, 3, 31))
    assert "period_ocr_months_mended" in p.flags
    p = parse_period("asian 3-4", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 4, 1), date(2026, 9, 30))
    p = parse_period("asian 2", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 3, 31))


def test_latin_word_before_other_numbers_is_not_a_quarter():
    # a number above 4, or more after the range, is no quarter: still unparsed, as before
    assert parse_period("asian 5-6", 2569, ocr=True).start is None
    assert parse_period("asian 1-2 2568 x", 2569, ocr=True).start is None
    # a text layer's period is not mended
    assert parse_period("asian 1-2", 2569).start is None
