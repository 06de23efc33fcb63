"""Scans, periods (issue 15, h/scan35f): fresh34u 49206 p2 printed ``เม.ย. - ก.ย. ๒๕๖๕``; Tesseract gave
``เม.ยก.ุย. ๒๕๖๕`` (the dash lost, ``ก.ย.`` glued to ``เม.ย`` with a stray mark). The months' mending
read ``เม.ย`` (the month after it allowed to follow glued) but not the glued ``ก.ุย.`` (a Thai letter
before it): the end null, ``period_end_unreadable``. Rewriting the abbreviations a second time reads
the one glued to a rewritten one."""
from __future__ import annotations

import datetime as dt

from normalizers.fields.months import mend_ocr_months
from normalizers.fields.periods import parse_period


def test_period_month_glued_to_the_month_before():
    assert mend_ocr_months("เม.ยก.ุย. 2565") == "เม.ย. ก.ย. 2565"
    p = parse_period("เม.ยก.ุย. ๒๕๖๕", 2565, ocr=True)
    assert (p.start, p.end) == (dt.date(2022, 4, 1), dt.date(2022, 9, 30))
    assert "period_ocr_months_mended" in p.flags


def test_a_month_inside_a_word_is_still_no_month():
    """A word holding a month's letters (``มีคิ``, no month before it) is not rewritten."""
    assert mend_ocr_months("มีคิว 2565") == "มีคิว 2565"
