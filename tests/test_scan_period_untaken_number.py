"""A number of an OCR'd period that no date took: that side's date was printed but not read.

Real OCR string: fresh20s seed 20302 scanned at 300 dpi (``/tmp/fresh20s/scan/s020302_html_scan.pdf``,
period cell of the measure printed ``๑7 ตค ๖5 - ๑1 พย ๖5``) read ``๑7 ตคว 5-๑1 พย ๖5``: the ``๖`` of
the start year read as ``ว``, the start month not recognised, and ``5-๑1 พย ๖5`` taken as the day
range 5-11 November: period_start 2022-11-05 for 2022-10-17 with no flag naming it.
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_start_with_untaken_number_before_it_is_null_and_flagged():
    p = parse_period("๑7 ตคว 5-๑1 พย ๖5", 2566, ocr=True)
    assert p.start is None
    assert p.end == date(2022, 11, 11)
    assert "period_start_unreadable:17 ตคว" in p.flags


def test_numbers_a_period_prints_besides_its_dates_are_taken():
    # a day range, a quarter, a fiscal year, a count in parentheses: nothing untaken
    assert parse_period("1-15 ต.ค. 68", 2569, ocr=True).start == date(2025, 10, 1)
    p = parse_period("ไตรมาสที่ 1 (ต.ค.-ธ.ค. 67)", 2568, ocr=True)
    assert (p.start, p.end) == (date(2024, 10, 1), date(2024, 12, 31))
    p = parse_period("ต.ค. 67 - ก.ย. 68 (12 เดือน)", 2568, ocr=True)
    assert (p.start, p.end) == (date(2024, 10, 1), date(2025, 9, 30))
    # a text layer's period is read as before (no OCR doubt)
    assert parse_period("๑7 ตคว 5-๑1 พย ๖5", 2566).start == date(2022, 11, 5)


def test_end_with_untaken_number_after_it_is_null_and_flagged():
    """fresh20s seed 20311 scanned: ``๑ ก.พ. ๓1 ส.ค.25๖๖`` read ``๑ ก.ุพ ol a.a.25d5b``: taken as the
    one day 2023-02-01 (flagged period_single_day, the end wrong)."""
    p = parse_period("๑ ก.ุพ ol a.a.25d5b", 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 2, 1), None)
    assert "period_end_unreadable:ol a.a.25d5b" in p.flags
    assert "period_single_day" not in p.flags


def test_garbled_year_of_the_last_date_is_no_untaken_date():
    """fresh20s seed 20311 scanned: ``๑ ม.ค. ๓0 ก.ย. ๖6`` read ``๑ ม ค ๓0 ก.ุย b6``: the end's
    year garbled, taken from the plan (flagged) and right; not an unread date."""
    p = parse_period("๑ ม ค ๓0 ก.ุย b6", 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 1, 1), date(2023, 9, 30))
    assert "period_year_from_plan:2566" in p.flags


def test_end_year_garbled_after_its_digit_is_no_untaken_number():
    # fresh21s 21613 scanned (Noto Sans Thai, mixed digits, abbreviations without dots): the end
    # year ``๖๙`` read ``6a`` / ``6«``; 0.21.0's first build took the digit for an unread end date
    # and nulled three right ends (read from the plan year, flagged, as 0.20.0 did)
    p = parse_period("2๘ กค 6K - กย 6a", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 7, 28), date(2026, 9, 30))
    assert "period_year_from_plan:2569" in p.flags
    p = parse_period("ธคว8-สค 6«", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 12, 1), date(2026, 8, 31))
    assert "period_year_from_plan:2569" in p.flags
    # two tokens after the last date are more than its year: that end was not read
    p = parse_period("1 ก.ย. - 30 ก.ย. 6a 7", 2569, ocr=True)
    assert p.end is None and "period_end_unreadable:6a 7" in p.flags
