"""Period words of scanned cells mended before parsing (issue 15 item 3), as Tesseract read
them on fresh dev scans: two full month names run together (seed 2200: the period ended a
month early) and ``ปี`` of ``ปีงบประมาณ`` read as ``U`` (seed 2213: period unparsed)."""
from __future__ import annotations

from datetime import date

from normalizers.fields.periods import parse_period


def test_glued_full_month_names_in_ocr_cell_are_a_range():
    p = parse_period("มีนาคมเมษายน ๒๕๖๕", 2565, ocr=True)
    assert (p.start, p.end) == (date(2022, 3, 1), date(2022, 4, 30))
    assert "period_ocr_months_mended" in p.flags
    # a text layer keeps its own reading (no OCR mending there)
    assert parse_period("มีนาคม ๒๕๖๕", 2565).end == date(2022, 3, 31)


def test_fiscal_year_keyword_with_latin_u_in_ocr_cell_is_read():
    p = parse_period("U งบประมาณพ ศ ๒๕๗๐", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 10, 1), date(2027, 9, 30))
    assert "period_ocr_months_mended" in p.flags


def test_ocr_junk_glued_between_dotless_month_and_year_is_dropped():
    """Regression (fresh dev seed 2700 scanned at 300 dpi): ``1 ตค 31 มค 66`` OCR'd
    ``๑ ตค ๓๑ มคิจ๖๖``: the end month was not read (no period, or a wrong one)."""
    p = parse_period("๑ ตค ๓๑ มคิจ๖๖", 2566, ocr=True)
    assert (p.start, p.end) == (date(2022, 10, 1), date(2023, 1, 31))
    assert "period_ocr_months_mended" in p.flags
    # a month abbreviation inside a longer word is left alone
    assert parse_period("มีคิ ๖๖", 2566, ocr=True).start is None


def test_fiscal_year_keyword_with_pi_read_as_another_consonant_is_read():
    """Regression (fresh seed 8108 scanned at 200 dpi): ``ปีงบประมาณ พ.ศ. 2๕๖4`` OCR'd
    ``ขึงบประมาณพ.ศ. 2๕๖4`` (and ``ขีงบประมาณพ ศ …``): the period was unparsed."""
    for text in ("ขึงบประมาณพ.ศ. 2๕๖4", "ขีงบประมาณพ ศ 2๕6๔"):
        p = parse_period(text, 2564, ocr=True)
        assert (p.start, p.end) == (date(2020, 10, 1), date(2021, 9, 30)), text
        assert "period_ocr_months_mended" in p.flags
    # a word ending before งบประมาณ is not touched (no period read from ``ใช้งบประมาณ``)
    assert parse_period("ใช้งบประมาณ", 2564, ocr=True).start is None


def test_fiscal_year_keyword_with_stray_letter_before_its_vowel_is_read():
    """Regression (fresh dev seed 2909 scanned): ``ปีงบประมาณ พ.ศ. ๒๕๖๕`` OCR'd
    ``ปขีงบประมาณพ ศ ๒๕๖๕``: the period was unparsed. ``มีงบประมาณ`` (a word) is no period."""
    p = parse_period("ปขีงบประมาณพ ศ ๒๕๖๕", 2565, ocr=True)
    assert (p.start, p.end) == (date(2021, 10, 1), date(2022, 9, 30))
    assert parse_period("มีงบประมาณ", 2565, ocr=True).start is None


def test_fiscal_year_keyword_with_pi_read_as_latin_a_is_read():
    """Regression (fresh13s seed 9204 scanned): ``ปีงบประมาณ พ.ศ. ๒๕๗๐`` OCR'd
    ``a งบประมาณพ ศ ๒๕๗๐``: the period was unparsed (null, flagged)."""
    p = parse_period("a งบประมาณพ ศ ๒๕๗๐", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 10, 1), date(2027, 9, 30))
    assert "period_ocr_months_mended" in p.flags
    # a Latin word ending in a is no fiscal-year keyword
    assert parse_period("data งบประมาณ ๒๕๗๐", 2570, ocr=True).start is None


def test_abbreviation_dot_read_as_sara_i_and_day_read_as_a_symbol():
    # fresh13s 9208 p4: "๑ ธ.ค. - ๓๐ ก.ย. ๖๙" read "© ธิค ๓0 กย ๖9": the start month was
    # lost and the period read as the single day 30 Sep 2026 (flagged period_single_day)
    p = parse_period("© ธิค ๓0 กย ๖9", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 12, 1), date(2026, 9, 30))
    assert "period_ocr_months_mended" in p.flags
    # the day behind the symbol is not known: the month's first day, flagged
    assert "period_day_unreadable:©" in p.flags
    # มี.ค. and มิ.ย. spell their vowel: never read as ม.ค. / a dotless abbreviation
    assert parse_period("มีค ๖๙", 2569, ocr=True).end == date(2026, 3, 31)
    assert parse_period("มิย ๖๙", 2569, ocr=True).end == date(2026, 6, 30)


def test_quarter_word_with_a_stray_letter_inside_is_read():
    # fresh23s 24114 (scanned, Noto Sans Thai): ``ไตรมาสที่ 1-4`` read ``ไตรมาลีสที่ 1-4``, the
    # period unparsed
    p = parse_period("ไตรมาลีสที่ 1-4", 2570, ocr=True)
    assert (p.start, p.end) == (date(2026, 10, 1), date(2027, 9, 30))
    assert "period_ocr_months_mended" in p.flags
