"""An OCR'd range ending on a one-digit day 1 or 2 keeps the day as read (flagged
``period_day_unsure``); only a ``๓`` (``๓๐``/``๓๑`` that lost a digit) falls back to the
month's last day. Before, every day 1-3 became the month's end: fresh20s seed 20303 (200 dpi,
IT9 digits) page 10 read ``๒๒ สิงหาคม ๒๕๖๕ - ๒ กันยายน ๒๕๖๕`` right (printed ``22 สิงหาคม 2565 -
2 กันยายน 2565``) and got 2022-09-30, flagged ``period_day_unreadable:2?``. A ``๒`` that lost a
digit was a day 20-29: the month's end is no reading of it either."""
from datetime import date

from normalizers.fields.periods import parse_period


def test_one_digit_end_day_two_is_kept_and_doubted():
    p = parse_period("๒๒ สิงหาคม ๒๕๖๕ - ๒ กันยายน ๒๕๖๕", 2565, ocr=True)
    assert (p.start, p.end) == (date(2022, 8, 22), date(2022, 9, 2))
    assert "period_day_unsure:2" in p.flags
    assert not any(f.startswith("period_day_unreadable") for f in p.flags)


def test_one_digit_end_day_three_is_still_the_month_end():
    p = parse_period("๑ ต ค ๖๘ ถึง ๓ ก.ุย ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 10, 1), date(2026, 9, 30))
    assert "period_day_unreadable:3?" in p.flags


def test_born_digital_end_day_is_not_doubted():
    p = parse_period("22 สิงหาคม 2565 - 2 กันยายน 2565", 2565)
    assert p.end == date(2022, 9, 2) and not any(f.startswith("period_day") for f in p.flags)
