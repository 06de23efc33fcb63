"""A dotless month abbreviation read with a mark from a speck or a dot: still the month.

Real OCR string: fresh20s seed 20312 scanned at 200 dpi (``/tmp/fresh20s/scan/s020312_html_scan.pdf``,
period printed ``เมย ถึง มิย 67``) read ``เมียถึงมิย๖๗``: ``เมีย`` was no month, the start was null
(``period_start_unreadable``).
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_april_read_with_sara_ii_is_april():
    p = parse_period("เมียถึงมิย๖๗", 2567, ocr=True)
    assert (p.start, p.end) == (date(2024, 4, 1), date(2024, 6, 30))
    assert "period_ocr_months_mended" in p.flags


def test_marks_after_mo_ma_still_tell_march_and_june_from_january():
    assert parse_period("มีค ๖๗ - มิย ๖๗", 2567, ocr=True).start == date(2024, 3, 1)
    assert parse_period("มค ๖๗ - เมย ๖๗", 2567, ocr=True).end == date(2024, 4, 30)
