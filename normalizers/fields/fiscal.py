"""The Thai fiscal year: B.E. year ``Y`` runs from 1 October of C.E. ``Y - 544`` to 30 September
of C.E. ``Y - 543``; its quarters start in October, January, April and July. Periods are read
against it (``periods``) and a document's plan year is checked by it (``document``)."""
from __future__ import annotations

import calendar
from datetime import date


def fiscal_year_bounds(be_year: int) -> tuple[date, date]:
    """First and last day of Thai fiscal year B.E. ``be_year``."""
    return date(be_year - 544, 10, 1), date(be_year - 543, 9, 30)


def quarter_bounds(be_year: int, q: int) -> tuple[date, date]:
    """First and last day of quarter ``q`` (1 = Oct-Dec) of fiscal year B.E. ``be_year``."""
    first_month = (10, 1, 4, 7)[q - 1]
    ce = be_year - 544 if q == 1 else be_year - 543
    last_month = first_month + 2
    return date(ce, first_month, 1), date(ce, last_month, calendar.monthrange(ce, last_month)[1])


def fiscal_year_of(d: date) -> int:
    """B.E. fiscal year a calendar date falls in."""
    return d.year + 543 + (1 if d.month >= 10 else 0)
