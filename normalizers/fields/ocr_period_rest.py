"""Numbers of an OCR'd period that no date took: the date on that side is not the one printed.

The period parser reads the dates it recognises and ignores the rest. On a scan a date whose
month OCR garbled past mending leaves its numbers outside every date, and a neighbouring
number may then be read in its place: ``๑7 ตคว 5-๑1 พย ๖5`` (``๑๗ ต.ค. ๖๕ - ๑๑ พ.ย. ๖๕``,
fresh20s seed 20302 scanned: the ``๖`` of the start year read as ``ว``) was read as the day
range 5-11 November, a start a month late without a flag. A number left before the first
date read (or after the last) that is no quarter, fiscal year, day range or count of days
or months means that side's date was printed but not read: the parser makes it null with
``period_start_unreadable:<rest>`` (``period_end_unreadable:<rest>``).
Used only on OCR'd cells (``parse_period(..., ocr=True)``).
"""
from __future__ import annotations

import re

# what a period prints besides its dates, numbers included: a quarter (``ไตรมาสที่ 1-2``), a
# fiscal year (``ปีงบประมาณ พ.ศ. 2568``), a count (``12 เดือน``, ``30 วัน``), a day range's
# start (``1 - 15 ต.ค.``, taken by the parser), ``วันที่``
_RX_TAKEN = re.compile(
    r"ไตรมาส(?:ที่|ที)?\s?[0-9](?:\s?(?:-|–|—|ถึง|และ|,)\s?[0-9])?"
    r"|ปีงบ(?:ประมาณ)?\s?(?:พ\s?\.?\s?ศ\s?\.?)?\s?(?:[0-9]{4}|[0-9]{2})?"
    r"|(?:พ\s?\.?\s?ศ\s?\.?|ปี)\s?(?:[0-9]{4}|[0-9]{2})"
    r"|[0-9]+\s?(?:เดือน|วัน|ครั้ง|ปี|สัปดาห์|ชั่วโมง)"
    r"|\([^()]*\)")
_RX_DAY_RANGE_START = re.compile(r"[0-9]{1,2}\s?(?:-|–|—|ถึง)\s?$")
_RX_DIGITS = re.compile(r"[0-9]+")


def untaken_numbers(before: str, after: str, day_range: bool) -> tuple[str | None, str | None]:
    """The rests before the first date and after the last date of a period (ASCII digits)
    that hold a number no date, quarter, fiscal year or count took; None for a side that
    holds none. ``day_range``: the first date's day range start (``5-`` of ``5-11 พ.ย.``)
    was taken by the parser."""
    if day_range:
        before = _RX_DAY_RANGE_START.sub("", before)
    rests = []
    for side in (before, after):
        rest = _RX_TAKEN.sub(" ", side)
        rests.append(re.sub(r"\s+", " ", side).strip() if _RX_DIGITS.search(rest) else None)
    return rests[0], rests[1]


_RX_LETTER_DAY = re.compile(r"(?:^|\s)[\u0e01-\u0e2e]{1,2}\s*$")  # ``ญ ก.ย.``: ๗ OCR'd as a letter
_RX_LATIN_DAY = re.compile(r"(?:^|\s)[A-Za-z|]{1,3}\s*$")  # ``lo``: the Arabic digits ``10`` OCR'd as Latin letters
# a day alone between the dates, a stray point OCR set before or after it at most (``๒มิย 6๖.๒8- กค ๖6``
# for ``๒ มิย 6๖-๒8 กค ๖6``: fresh41s 63101 p2, 200 dpi, the 28th read as the month's last day, unflagged)
_RX_LONE_DAY = re.compile(r"\s*[.,]?\s*[0-9]{1,2}\s*[.,]?\s*(?:-|–|—|ถึง)?\s*")
# a lone stand-in word right before the day-less month, after the range's dash: a day OCR'd as glyphs
# (``๒๑ มกราคม ๒๕๖๙ - oa) กรกฎาคม ๒๕๖๙`` for ``… - ๑๗ กรกฎาคม ๒๕๖๙``, dev scan 61200 p5, 300 dpi: the end
# given as 31 July without a flag; ``-d เมย`` for ``- 6 เมย``, 59103 p6, the dash and the day glued). One to
# four characters, no Thai letter, not only specks (dots, commas, quotes), nothing else between it and the month
_RX_GLYPH_DAY = re.compile(r"(?:^|[\s\-–—])(?=[^\s\-–—]*[^\s.,'`‘’:;\-–—])[^\s\u0e00-\u0e7f\-–—]{1,4}\s*$")


def day_unread_one_side(day_a: bool, day_b: bool, before: str, between: str) -> str | None:
    """``"start"``/``"end"``: the side of a two-date range whose day was printed but not read.
    One date prints a day and the other none (``๑ ต.ค. ๖๘ ถึง มี.ค. ๖๙`` is a real shape), but a
    number left between them (``๒๗ เมย ๖๙ ๓ - กค ๖๙``) or a lone letter right before the day-less
    month (``๑๕ เม.ย.๖๙ - ญ ก.ย. ๖๙``: ``tha`` cannot write ๗) is its day (fresh24s 30100, 30105):
    the first or last of the month would be a guess. ``before``: the text before the first date;
    ``between``: the text between the two (ASCII digits)."""
    if day_a == day_b:
        if day_a:
            return None
        # neither date has a day read: letters standing right before a month are its day OCR'd as
        # letters (``lo ธันวาคม 2๕6๘ - มกราคม ๒๕6๙``, ``1๐`` read ``lo``: scan26's unseen 35007, the start
        # given as 1 December without a flag)
        if _RX_LETTER_DAY.search(before) or _RX_LATIN_DAY.search(before):
            return "start"
        if _RX_LETTER_DAY.search(between) or _RX_LATIN_DAY.search(between):
            return "end"
        return None
    lead = between if day_a else before
    if _RX_LONE_DAY.fullmatch(between) or _RX_LETTER_DAY.search(lead) or (day_a and _RX_GLYPH_DAY.search(between)):
        return "end" if day_a else "start"
    return None


_RX_LONG_NUMBER = re.compile(r"[0-9]{5,}|(?<![0-9])[0-9]{3}(?![0-9])")


def year_garbled_between(first, last, between: str) -> str | None:
    """The text between the two dates of a range (``_Tok``s ``first`` and ``last``) when the first
    date reads neither a day nor a year, the last one reads a day, and a number no date took
    stands between them: the start's year was garbled and its day likely lost with it, so the
    start, dated from the end's year on the month's first day, would be a guess (dev scan 58215
    p12, 200 dpi: ``พฤศจิกายน ๒569569-๑1 มิถุนายน`` for ``๙ พฤศจิกายน ๒569-๑1 มิถุนายน``, the start
    given as 1 November with info flags only). A number of three digits or five and more is no
    day and no year. A first date with its day read keeps it (``๒8 มิย ๖88-๒5 กค ๖8``, dev scan
    57207 p5: a doubled year digit, the dates right). ``between``: ASCII digits."""
    if first.year_txt is not None or first.day is not None or last.day is None:
        return None
    m = _RX_LONG_NUMBER.search(between)
    return re.sub(r"\s+", " ", between).strip() if m else None


def short_end_day(end, toks, last_day):
    """An OCR'd range (its end date ``end``, its dates ``toks``: the period parser's ``_Tok``s) ending on
    a one-digit day 1-3 may have lost a digit or a dot (OCR drops them far more often than it adds
    them). A ``๓`` was ``๓๐``/``๓๑`` (or ``๓.``): the month's last day (``last_day(year, month)``),
    flagged ``period_day_unreadable:3?``. A ``๑``/``๒`` (a day 10-29 if so) stands, flagged
    ``period_day_unsure:<d>`` (fresh20s 20303: ``๒ กันยายน`` read right, month end taken before).
    The end and the flag to add (None: nothing doubted)."""
    if end is None or len(toks) < 2:
        return end, None
    last = toks[-1]
    if last.day_len == 1 and last.day in (1, 2, 3) and (end.month, end.day) == (last.month, last.day):
        if last.day != 3:
            return end, f"period_day_unsure:{last.day}"
        return end.replace(day=last_day(end.year, end.month)), f"period_day_unreadable:{last.day}?"
    return end, None
