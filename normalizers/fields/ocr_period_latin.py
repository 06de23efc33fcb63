"""An OCR'd month read as the Latin letters ``A.A.`` / ``AA``: which month it is, or none.

Tesseract's Thai model reads ต, ค, ก and ส all as ``A``, so ``A.A.`` (``AA``) is ก.ค., ส.ค. or ต.ค.
alike (dev scans 59110 p3 ``เม.ย. - A.A. lag ow`` for ``เม.ย. - ก.ค. ๖๙``, 62301: read as October, two or
three months late, flagged only ``period_ocr_months_mended``). Where the word survives to the period
parser the OCR re-read of month words (extractors/ocr/monthwords.py) did not confirm it, so the parser
reads the period once per month it can be, and keeps a date only where every reading that can be the
printed period agrees on it: a range runs forwards and spans at most twelve months, and inside the plan's
fiscal year when some reading does (``A.A. 68 - มี.ค. 69`` of plan 2569 is October). A date the readings
disagree on is null, flagged ``period_start_unreadable:A.A.`` (``period_end_unreadable:A.A.``).
Used only on OCR'd cells (``parse_period(..., ocr=True)``).
"""
from __future__ import annotations

import re
from datetime import date
from itertools import product

RX_LATIN_AA = re.compile(r"(?<![A-Za-z])A ?\.? ?A ?\.?(?![A-Za-z])")
# the two-letter months spelled only with letters read ``A``, October last (the parser's reading before)
_CANDIDATES = ("ก.ค.", "ส.ค.", "ต.ค.")


def _months(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _fits(p) -> bool:
    if p.start is None and p.end is None:
        return False
    if p.start is not None and p.end is not None:
        return p.start <= p.end and _months(p.start, p.end) <= 11
    return True


def _in_plan(p, plan_year: int | None) -> bool:
    if plan_year is None:
        return False
    lo, hi = date(plan_year - 544, 10, 1), date(plan_year - 543, 9, 30)
    return all(lo <= d <= hi for d in (p.start, p.end) if d is not None)


def latin_month_checked(text: str | None, plan_year: int | None, read):
    """``read(text, plan_year)`` (the OCR'd period parser, a ``Period``) of ``text``, its ``A.A.``
    months (at most two) read as each month they can be, the dates all fitting readings agree on
    kept and the others null, flagged (see the module's doc)."""
    hits = list(RX_LATIN_AA.finditer(text or ""))[:2]
    if not hits:
        return read(text, plan_year)
    readings = []
    for combo in product(_CANDIDATES, repeat=len(hits)):
        t, last = [], 0
        for m, abbr in zip(hits, combo):
            t += [text[last:m.start()], f" {abbr} "]
            last = m.end()
        readings.append(read("".join(t) + text[last:], plan_year))
    october = readings[-1]  # every A.A. read ต.ค.
    fit = [p for p in readings if _fits(p)]
    fit = [p for p in fit if _in_plan(p, plan_year)] or fit
    if not fit:
        return october
    start = fit[0].start if all(p.start == fit[0].start for p in fit) else None
    end = fit[0].end if all(p.end == fit[0].end for p in fit) else None
    base = next((p for p in fit if (p.start, p.end) == (start, end)), None)
    if base is not None:
        flags = list(base.flags)
    else:
        base = next(p for p in fit if start is None or p.start == start)
        flags = [f for f in base.flags if f != "period_single_day"]
        flags += ["period_start_unreadable:A.A."] * (start is None and any(p.start for p in fit))
        flags += ["period_end_unreadable:A.A."] * (end is None and any(p.end for p in fit))
    if "period_ocr_months_mended" not in flags:
        flags.append("period_ocr_months_mended")
    return type(base)(start, end, flags)
