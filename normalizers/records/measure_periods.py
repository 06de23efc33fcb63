"""A period a page break cut in two: the head row (on one page) prints the range's start
(``1 พฤศจิกายน 30``), the next page's first row the rest (``มิถุนายน 2565``), each read as a
row of its own when the rows were not joined. The tail alone reads as a whole month (June),
whose first day is no date the row prints: the tail keeps the range's end only (its start
null) and is flagged ``period_cut_at_page_break``; the head's period is read again with the
tail's text after it (flagged ``period_joined_across_pages``). A first row on the page whose
period starts with a range's separator (``– 30 มิ.ย. 65``) is such a tail too. A first row whose
period is a whole range of its own, from a day to another date (``๑ มีนาคม ๓๑ สิงหาคม ๒๕๖๔``), is
no tail, whatever the row before prints (fresh23s 24112 scanned: the head's tail went to a
table of its own, and the next measure lost its start as the tail of ``๑ ตุลาคม ๓๑``).
"""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.period_shape import opens_with_day_date
from normalizers.fields.periods import parse_period

_MONTH_WORD = re.compile(r"[\u0e01-\u0e4e.]\s*$")
# a head cut after a day number, or after a range's separator
_CUT_END = re.compile(r"(?:[\u0e01-\u0e4e.]\s*(?P<day>[0-9]{1,2})|[-–—]|ถึง)\s*$")
_STARTS_AS_END = re.compile(r"^\s*(?:[–—]|ถึง)")  # not ``-``: a bullet


def looks_cut_at_end(text: str | None, plan_year: int | None = None) -> bool:
    """``1 พฤศจิกายน 30`` / ``1 ต.ค. 66 –``: a period whose text stops inside a range (after
    a day number or a separator) and does not read as a whole period."""
    m = _CUT_END.search(to_ascii_digits(text or ""))
    if not m or m.group("day") and int(m.group("day")) > 31:
        return False
    p = parse_period(text, plan_year)
    return p.start is None or p.end is None


def starts_as_range_end(text: str | None) -> bool:
    """``– 30 มิ.ย. 65``: a period text that starts with a range's separator (a dash or ``ถึง``)."""
    return bool(text) and bool(_STARTS_AS_END.match(text))


def _tail_period(record: dict, flag: str) -> None:
    """The tail of a cut range: its end is the range's end, its start is not printed here."""
    record["period_start"] = None
    record["flags"] = sorted(set(record["flags"]) | {flag})
    record["confidence"] = min(record["confidence"], 0.6)


_SNAPPED = re.compile(r"^responsible_ocr_snapped:(.+)->(.+)$")
_DASH_FIRST = re.compile(r"^\s*[-–—]")
_DIGIT = re.compile("[0-9๐-๙]")


def month_from_units(record: dict, plan_year: int | None, ocr: bool = False) -> None:
    """A period that opens with a range's dash (``-กย 67``) in a row whose unit was snapped by
    cutting a month's name off its end (``กองการศึกษาฯสค`` → ``กองการศึกษาฯ``): OCR read the
    range's start into the units cell beside it. The period is read again with that month before
    it, flagged ``period_start_from_units_cell`` (held-out scan fresh34u 49201, dev since: ``สค -
    กย 67`` read as September alone, the start a month late with no flag about the period)."""
    text = record.get("period_text") or ""
    if not _DASH_FIRST.match(text):
        return
    for f in record.get("flags", []):
        m = _SNAPPED.match(f)
        if not m or not m.group(1).startswith(m.group(2)):
            continue
        tail = m.group(1)[len(m.group(2)):].strip()
        if not tail or _DIGIT.search(tail) or len(tail) > 12:
            continue
        alone = parse_period(tail, plan_year, ocr=ocr)
        joined = parse_period(f"{tail} {text}", plan_year, ocr=ocr)
        if alone.start is None or joined.start is None or joined.end is None \
                or record.get("period_end") is not None and joined.end != record["period_end"]:
            continue
        record["period_start"], record["period_end"] = joined.start, joined.end
        record["flags"] = sorted(set(record["flags"]) | {f"period_start_from_units_cell:{tail}"})
        record["confidence"] = min(record["confidence"], 0.8)
        return


def mend_cut_period(record: dict, prev: dict | None, plan_year: int | None, ocr: bool = False) -> None:
    """Check one record's period against the record before it, when the record is the first
    on its page (see the module's doc); and a range's start OCR read into the units cell
    (``month_from_units``)."""
    text = record.get("period_text")
    if not text:
        return
    month_from_units(record, plan_year, ocr)
    if prev is None or prev.get("page_last") is None \
            or record.get("page_first") is None or prev["page_last"] >= record["page_first"]:
        return
    head = prev.get("period_text")
    if opens_with_day_date(text):
        return
    if not looks_cut_at_end(head, plan_year):
        if starts_as_range_end(text):
            _tail_period(record, "period_cut_at_page_break")
        return
    _tail_period(record, "period_cut_at_page_break")
    joined = parse_period(f"{head} {text}", plan_year, ocr=ocr)
    if joined.start is not None and joined.end is not None:
        prev["period_start"], prev["period_end"] = joined.start, joined.end
        prev["flags"] = sorted((set(prev["flags"]) | set(joined.flags) | {"period_joined_across_pages"})
                               - {f for f in prev["flags"] if f.startswith("period_year_implausible")})
        prev["confidence"] = min(prev["confidence"], 0.8)
