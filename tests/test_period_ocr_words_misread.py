"""Period cells of dev scans whose words or a day OCR misread, left unparsed or read on the month's
end (h/scan36p). Each text is the cell as the extractor read it from the scan; ``ocr=True`` is the
scan path's parse (``normalizers.fields.periods.parse_period``)."""
from __future__ import annotations

from datetime import date

from normalizers.fields.periods import parse_period


def test_period_fiscal_year_word_read_as_two_latin_letters():
    # u52a 52114 p5-p6 (200 dpi): ``ตลอดปีงบประมาณ พ.ศ. ๒๕๖๕`` read ``Tl`` / ``tl งบประมาณ…``, both periods unparsed
    for text in ("Tl งบประมาณพ ศ ๒๕๖๕", "tl งบประมาณพ.ศ. ๒๕๖๕"):
        p = parse_period(text, 2565, ocr=True)
        assert (p.start, p.end) == (date(2021, 10, 1), date(2022, 9, 30))
        assert "period_ocr_months_mended" in p.flags


def test_period_until_word_with_a_tone_mark_added():
    # u52a 52115 p3 (300 dpi): ``ถึง`` read ``ถึ่ง`` glued to the month after it, the end unread
    p = parse_period("ตุลาคม 2563 ถึ่งมีนาคม 2564", 2564, ocr=True)
    assert (p.start, p.end) == (date(2020, 10, 1), date(2021, 3, 31))


def test_period_december_read_as_5a():
    # fresh35s 51110 p7-p8 (200 dpi): ธ.ค. read ``5A`` (ธ as 5, ค as A), the end / the start unread
    p = parse_period("1 พย 31 5A 2569", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 11, 1), date(2026, 12, 31))
    p = parse_period("5A 69-พค 70", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 12, 1), date(2027, 5, 31))


def test_period_june_vowel_read_as_sara_ii():
    # fresh35s 51101 p9 (200 dpi): ``มิ.ย.`` read ``มีย`` (no dots, ี for ิ), the start unread
    p = parse_period("14 มีย 66-25 ก ค 66", 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 6, 14), date(2023, 7, 25))
    # มี.ค. still reads March
    p = parse_period("1 มี ค 66-25 ก ค 66", 2566, ocr=True)
    assert p.start == date(2023, 3, 1)


def test_period_stray_letter_before_a_two_digit_day():
    # u52b 52214 p7 (200 dpi): ``-ใ๒๑ พ ค`` (a speck read as ใ) took the month's end, 31 for 21
    p = parse_period("๕ ธ ค ๒๕๖๙ -ใ๒๑ พ ค ๒๕๗๐", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 12, 5), date(2027, 5, 21))
    assert "period_day_stray_letter:ใ21" in p.flags
    # a letter glued to ONE digit may hide the other: still unreadable (the month's first day)
    p = parse_period("ด๕ ต.ค. 65 - ๒๑ พ.ย. 65", 2566, ocr=True)
    assert p.start == date(2022, 10, 1) and "period_day_unreadable:ด5" in p.flags
