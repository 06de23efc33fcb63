"""``ต.ค.`` printed dotless (``ตค``) OCR'd as ``AA``: the start was unread, the end's day lost too.

Real OCR string: dev scan 57212 (300 dpi), the period cell printed ``28 ตค 67 – 22 กย 68`` read
``๒๘ AA ๖๗๒๒ กย ๖๘``: ``A.A.`` was mended only with its dots, so the start was null
(``period_start_unreadable:28 AA 6722``) and the end taken as 2025-09-30 for 2025-09-22.
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_dotless_latin_october_is_read():
    p = parse_period("๒๘ AA ๖๗๒๒ กย ๖๘", 2568, ocr=True)
    assert (p.start, p.end) == (date(2024, 10, 28), date(2025, 9, 22))
    assert "period_ocr_months_mended" in p.flags
    assert "period_ocr_digits_mended:6722>67 22" in p.flags


def test_dotted_latin_october_still_read():
    p = parse_period("A.A. 67 - 30 ก.ย. 68", 2568, ocr=True)
    assert (p.start, p.end) == (date(2024, 10, 1), date(2025, 9, 30))
