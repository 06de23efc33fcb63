"""``A.A.`` / ``AA`` on a scan is ก.ค., ส.ค. or ต.ค. alike (Tesseract reads ต, ค, ก and ส all as ``A``): it was
taken as ต.ค. always, flagged only ``period_ocr_months_mended`` (info).

Real OCR strings of the dev scans (html, 300 dpi):
- 59110 p3: ``เม.ย. - ก.ค.๒๕๖๙`` read ``เม . ย . - A.A. lag ow`` (before the month re-read took it): the end
  2026-10-31 for 2026-07-31, no doubt flagged.
- 57212 p8: ``๒๘ ตค ๖๗ – ๒๒ กย ๖๘`` read ``๒๘ AA ๖๗๒๒ กย ๖๘``: October, and only October ends a range
  before September inside plan 2568's fiscal year.

The period is read once per month ``A.A.`` can be; a date is kept only where every reading that can be
the printed period (forwards, twelve months at most, inside the plan's fiscal year when some reading
is) agrees, else null with ``period_start_unreadable:A.A.`` / ``period_end_unreadable:A.A.``."""
from datetime import date

from normalizers.fields.periods import parse_period


def test_latin_aa_end_month_not_taken_as_october():
    p = parse_period("เม . ย . - A.A. lag ow", 2569, ocr=True)  # 59110 p3
    assert p.start == date(2026, 4, 1)
    assert p.end is None
    assert "period_end_unreadable:A.A." in p.flags


def test_latin_aa_confirmed_by_month_order():
    p = parse_period("๒๘ AA ๖๗๒๒ กย ๖๘", 2568, ocr=True)  # 57212 p8
    assert (p.start, p.end) == (date(2024, 10, 28), date(2025, 9, 22))
    # after September in the same year only October can follow
    p = parse_period("1 ก.ย. 69 - 5 A.A. 69", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 9, 1), date(2026, 10, 5))


def test_latin_aa_start_ambiguous_null_end_kept():
    p = parse_period("A.A.-ส.ค. 69", 2569, ocr=True)  # July or August: no telling
    assert p.start is None and p.end == date(2026, 8, 31)
    assert "period_start_unreadable:A.A." in p.flags
