"""Period cells of dev scans OCR misread, left unparsed (h/scan37p). Each text is the cell as the
extractor read it from the scan; ``ocr=True`` is the scan path's parse
(``normalizers.fields.periods.parse_period``)."""
from __future__ import annotations

from datetime import date

from normalizers.fields.periods import parse_period


def test_period_quarter_number_read_as_a_symbol_glyph():
    # dev scan 53203 p3 (200 dpi): ``ไตรมาสที่ ๔`` read ``ไตรมาสที <``, the period unparsed
    p = parse_period("ไตรมาสที <", 2564, ocr=True)
    assert (p.start, p.end) == (date(2021, 7, 1), date(2021, 9, 30))
    assert "period_ocr_digits_mended:q<>q4" in p.flags
    p = parse_period("ไตรมาสที่ ๒ - <", 2564, ocr=True)
    assert (p.start, p.end) == (date(2021, 1, 1), date(2021, 9, 30))
    # a bracket is no quarter glyph
    assert parse_period("ไตรมาสที่ (๒)", 2564, ocr=True).start is None


def test_period_dash_read_before_the_year_of_two_dates():
    # dev scan 53207 p5-p6 (300 dpi): ``๑ ส.ค. ๓๐ ก.ย. ๒๕๖๔`` (no dash between the dates) read with a dash
    # before the year: the year taken for an end date garbled, the end null
    for text, start in (("๑ สค ๓0 กย - 25๖๔", date(2021, 8, 1)), ("๑ กค 3๐ กย - ๖4", date(2021, 7, 1))):
        p = parse_period(text, 2564, ocr=True)
        assert (p.start, p.end) == (start, date(2021, 9, 30)), text
        assert any(f.startswith("period_ocr_digits_mended:-") for f in p.flags)
    # one date before the dash: the end's month was lost, it stays unreadable
    p = parse_period("๑ ต.ค. - ๒๕๖๔", 2564, ocr=True)
    assert p.end is None and "period_end_unreadable" in p.flags


def test_period_may_read_as_latin_wa():
    # dev scan 53215 (300 dpi): ``เมย – พค ๖๘`` read ``เมย- WA ๖๘`` (พ as W, ค as A), the end unread
    p = parse_period("เมย- WA ๖๘", 2568, ocr=True)
    assert (p.start, p.end) == (date(2025, 4, 1), date(2025, 5, 31))
    assert "period_ocr_months_mended" in p.flags
