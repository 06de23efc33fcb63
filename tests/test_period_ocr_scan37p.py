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
