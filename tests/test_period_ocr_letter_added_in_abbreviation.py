"""A dotless month abbreviation with a stray consonant OCR'd inside it: the start was unread.

Real OCR string: dev scan 57211 (200 dpi), the period cell printed ``๒๒ มิย ๒๕๖๖ – กย ๒๕๖๖`` read
``๒๒มบิย๒๕๖๖ - กย ๒๕๖๖``: ``มบิย`` is no month, so the start was null (``period_start_unreadable``).
Between a day and a year, a run that one dropped consonant makes into exactly one abbreviation is it.
"""
from datetime import date

from normalizers.fields.periods import parse_period


def test_abbreviation_with_a_stray_consonant_is_read():
    p = parse_period("๒๒มบิย๒๕๖๖ - กย ๒๕๖๖", 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 6, 22), date(2023, 9, 30))
    assert "period_ocr_months_mended" in p.flags


def test_letter_at_the_end_of_the_run_is_not_dropped():
    # a letter ending the run may be the year's digit misread (fresh20s 20302 ``๑7 ตคว 5-๑1 พย ๖5``: ``ว`` is
    # the ``๖`` of ``๖5``): the start stays unreadable, as before
    p = parse_period("๑7 ตคว 5-๑1 พย ๖5", 2566, ocr=True)
    assert p.start is None
