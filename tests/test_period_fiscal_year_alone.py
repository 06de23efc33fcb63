"""Unseen scan fresh34s 49101 (200 dpi): measure 1's period cell prints a year alone,
``๒๕๖๔ (ต่อเนื่อง)``; every other row prints ``ตลอดปีงบประมาณ ๒๕๖๔``. It was ``period_unparsed``
(start and end null). A Buddhist Era year alone (after ``ปี``/``พ.ศ.`` or nothing, a remark in
parentheses after it at most) is that fiscal year, as ``ปีงบประมาณ ๒๕๖๔`` is, flagged
``period_fiscal_year_alone`` (info)."""
from __future__ import annotations

import datetime as dt

import pytest

from normalizers.fields.periods import parse_period

FY2564 = (dt.date(2020, 10, 1), dt.date(2021, 9, 30))


@pytest.mark.parametrize("text", ["๒๕๖๔ (ต่อเนื่อง)", "2564 (ต่อเนื่อง)", "ปี ๒๕๖๔", "๒๕๖๔", "ปี พ.ศ. ๒๕๖๔"])
def test_period_fiscal_year_alone(text):
    p = parse_period(text, 2564)
    assert (p.start, p.end) == FY2564 and "period_fiscal_year_alone:2564" in p.flags


@pytest.mark.parametrize("text", ["๒๕๓๐", "2564 2565", "๕๐,๐๐๐", "๒๕๖๔ บาท", "100 (ร้อยละ)"])
def test_numbers_that_are_no_year_alone_stay_unparsed(text):
    # an implausible year, two years, an amount, a year with a word after it: not read so
    p = parse_period(text, 2564)
    assert (p.start, p.end) == (None, None) and not any(f.startswith("period_fiscal_year_alone") for f in p.flags)
