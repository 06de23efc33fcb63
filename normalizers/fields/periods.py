"""Implementation periods of planned measures -> calendar dates (contract period rules).

Handles Thai month abbreviations (with, without or with some dots: ``ต.ค.``, ``ตค.``,
``ตค``) and full names, two/four-digit B.E. years (C.E. years flagged), digits of any
style, ``-``/``–``/``ถึง`` ranges (also with no separator, whose start may print no year:
the start is then the latest such date before the end), day ranges in one month,
``ตลอดปีงบประมาณ [N]``, ``ไตรมาสที่ a[-b]``, open ends (``… เป็นต้นไป``, ``ภายใน …``) and
garbled days and years (null with a flag, never a wrong date without one). Fiscal year
B.E. N = 1 Oct (N-544) .. 30 Sep (N-543).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from normalizers.fields.fiscal import fiscal_year_bounds, quarter_bounds
from normalizers.fields.months import ABBR as _ABBR, FULL as _FULL, mend_full_months, mend_ocr_months
from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.ocr_period_latin import latin_month_checked
from normalizers.fields.ocr_period_rest import day_unread_one_side, short_end_day, untaken_numbers, year_garbled_between
from normalizers.fields.ocr_period_year import IMPLAUSIBLE, without_garbled_year
from normalizers.fields.ocr_periods import mend_ocr_period_digits


@dataclass
class Period:
    """A parsed period; ``flags`` say what was inferred or could not be read."""

    start: date | None
    end: date | None
    flags: list[str] = field(default_factory=list)




_THAI = "\u0e01-\u0e4e"  # Thai letters, vowels and marks
_NOT_THAI_BEFORE = rf"(?<![{_THAI}])"
_NOT_THAI_AFTER = rf"(?![{_THAI}])"
_JOINED = r"(?<=ถึง)|(?<=แต่)"  # a range's joining word glued to the month after it


def _month_alternatives() -> str:
    """One named group per month spelling: ``m<N>f`` full name (letters may be split by a
    space; may follow ``เดือน``), ``m<N>a`` abbreviation with dots (``ต.ค.``, ``ต. ค``,
    ``ตค.``) or without any (``ตค``, only as a word of its own). Either may follow the range's
    joining words ``ถึง``/``ตั้งแต่`` with no space (a text layer that dropped it:
    ``พฤษภาคมถึงกันยายน 2565``, fresh26 36003 html)."""
    alts = []
    for m, name in _FULL.items():
        full = r"[ ]?".join(name)
        alts.append((len(name) + 10, rf"(?:(?<=เดือน)|{_JOINED}|{_NOT_THAI_BEFORE})(?P<m{m}f>{full})"))
    for m, (a, b) in _ABBR.items():
        abbr = rf"{a}(?:[ ]?\.[ ]?{b}(?:[ ]?\.|{_NOT_THAI_AFTER})|{b}(?:[ ]?\.|{_NOT_THAI_AFTER}))"
        alts.append((len(a) + len(b), rf"(?:{_JOINED}|{_NOT_THAI_BEFORE})(?P<m{m}a>{abbr})"))
    alts.sort(key=lambda x: -x[0])
    return "|".join(p for _, p in alts)


_DATE = re.compile(
    rf"(?:(?<![0-9.])(?P<day>[0-9]{{1,2}})(?P<daydot>[ ]?\.)?[ ]?(?:เดือน[ ]?)?)?"
    rf"(?:{_month_alternatives()})"
    rf"(?:[ ]?(?P<era>พ[ ]?\.[ ]?ศ[ ]?\.?|ค[ ]?\.[ ]?ศ[ ]?\.?|ปี)?[ ]?"
    rf"(?P<year>[0-9]{{4}}|[0-9]{{2}})(?![0-9]))?",
    re.ASCII,
)
_QUARTER = re.compile(
    # (the last quarter may have a year right after it: ``ไตรมาสที่ 1-2 2565``, squashed ``1-22565``, was quarter 1 alone)
    r"ไตรมาส(?:ที่|ที)?([1-4])(?:(-|–|—|ถึง|และ|,)?(?:ไตรมาส)?(?:ที่|ที)?([1-4])(?=(?:[0-9]{2}|[0-9]{4})?(?![0-9])))?", re.ASCII
)
_FISCAL_TO = re.compile(r"(?:-|–|—|ถึง)(?:ปีงบประมาณ)?([0-9]{4}|[0-9]{2})(?![0-9])", re.ASCII)
_FISCAL = re.compile(r"ปีงบ(?:ประมาณ)?(?:พ\.?ศ\.?)?([0-9]{4}|[0-9]{2})?(?![0-9])", re.ASCII)


def _be_year(txt: str, flags: list[str], ce: bool = False) -> int | None:
    """B.E. year of a printed year (``68``, ``2568``; a C.E. ``2025`` is converted, flagged)."""
    y = int(txt, 10)
    if len(txt) == 2:
        if ce:
            flags.append(f"period_ce_year:{y}")
            return 2000 + y + 543
        return 2500 + y
    if 2400 <= y <= 2699 and not ce:
        return y
    if 1900 <= y <= 2100:
        flags.append(f"period_ce_year:{y}")
        return y + 543
    flags.append(f"period_bad_year:{y}")
    return None


@dataclass
class _Tok:
    month: int
    day: int | None
    year: int | None  # B.E.
    pos: int
    end: int = 0
    year_txt: str | None = None
    year_pos: int = 0
    ce: bool = False
    day_len: int = 0  # digits the day was printed with


def _clean(text: str) -> str:
    t = to_ascii_digits(text or "")
    t = re.sub(r"[\u200b\u00a0\s]+", " ", t)
    # a B.E. year a narrow cell wrapped inside its digits (``ก.ย.๒๕๖`` / ``๖``): one year
    t = _RX_WRAPPED_YEAR.sub(lambda m: m.group(1).replace(" ", ""), t)
    # ``เม.ย.๒๕ ๖๘``: a year right after a month is split 2+2 (no day follows a month)
    t = _RX_SPLIT_YEAR_AFTER_MONTH.sub(r"\1\2", t)
    return t.strip()


_RX_WRAPPED_YEAR = re.compile(r"(?<![0-9])(25[0-9] [0-9]|2 5[0-9][0-9])(?![0-9])")  # not 2+2: ``25 66`` may be a day and a year
_RX_SPLIT_YEAR_AFTER_MONTH = re.compile(r"(?<=[.\u0e01-\u0e4e])( ?25) ([0-9]{2})(?![0-9])")


def _squash(t: str) -> str:
    """Whitespace removed: keywords survive wrap-broken spellings (``ปีงบประมา ณ``)."""
    return re.sub(r"\s+", "", t)


_RX_NUMERIC_DATE = re.compile(
    r"(?<![0-9./])([0-9]{1,2}) ?/ ?([0-9]{1,2}) ?/ ?([0-9]{4}|[0-9]{2})(?![0-9/])", re.ASCII)
# words a day number may be printed glued to ("วันที่15", "ถึง๓๐")
_RX_DAY_LEAD = re.compile("(?:ที่|ที|ถึง|แต่|วัน|ใน|ก่อน|เกิน)$")


# one Thai letter alone (after a space, a dash or the cell's start) glued before a day
_RX_STRAY_BEFORE_DAY = re.compile(r"(?:^|[\s\-–—])[\u0e01-\u0e2e\u0e40-\u0e44]$")


# a symbol standing alone right before a month: a day OCR could not read as digits (๑ → ©, @)
_RX_SYMBOL_DAY = re.compile(r"(?:^|\s)([©®@])\s*$")


def _tokens(t: str, flags: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _DATE.finditer(t):
        month = next(int(k[1:-1]) for k, v in m.groupdict().items()
                     if v and k.startswith("m") and k[-1] in "af")
        day = None
        if m.group("day") and int(m.group("day"), 10) > 31 and not toks:
            # "A.A. ๖๘ ก.ย. ๖๙": 68 is no day but the year of a first date that was not read
            flags.append(f"period_start_unreadable:{m.group('day')}")
        elif m.group("day"):
            glued = t[max(0, m.start("day") - 6):m.start("day")]
            if m.group("daydot"):
                flags.append(f"period_day_unreadable:{m.group('day')}.")
            elif _RX_STRAY_BEFORE_DAY.search(glued) and len(m.group("day")) == 2 and 1 <= int(m.group("day"), 10) <= 31:
                # "-ใ๒๑ พ ค" (a speck read as a lone letter before a two-digit day, u52b 52214 p7: the
                # month's end taken): no digit is hidden in it (no day has three), the day stands
                day = int(m.group("day"), 10)
                flags.append(f"period_day_stray_letter:{glued[-1]}{m.group('day')}")
            elif re.search(f"[{_THAI}]$", glued) and not _RX_DAY_LEAD.search(glued):
                # "ด๕ ต.ค." (OCR ate a digit into a letter): the day is not the one printed
                flags.append(f"period_day_unreadable:{glued[-1]}{m.group('day')}")
            else:
                day = int(m.group("day"), 10)
        elif (sym := _RX_SYMBOL_DAY.search(t[max(0, m.start() - 4):m.start()])) is not None:
            # "© ธ.ค." (OCR read the day ๑ as a symbol): a day was printed, which is unknown
            flags.append(f"period_day_unreadable:{sym.group(1)}")
        era = (m.group("era") or "").replace(" ", "")
        toks.append(_Tok(month, day, None, m.start(), m.end(), m.group("year"),
                         m.start("year") if m.group("year") else m.end(), era.startswith("ค"),
                         len(m.group("day") or "")))
    # numeric dates "1/10/2567", "๓๑/๓/๖๘" (day/month/year, as Thai documents write them)
    for m in _RX_NUMERIC_DATE.finditer(t):
        if any(tok.pos < m.end() and m.start() < tok.end for tok in toks):
            continue
        month = int(m.group(2), 10)
        if not 1 <= month <= 12:
            flags.append(f"period_bad_numeric_date:{m.group(0)}")
            continue
        toks.append(_Tok(month, int(m.group(1), 10), None, m.start(), m.end(), m.group(3), m.start(3)))
    toks.sort(key=lambda tok: tok.pos)
    # "1 มีนาคม 30 กันยายน 2567": a number of at most 31 between two months is the day of
    # the second one, not a year (2530) of the first
    for a, b in zip(toks, toks[1:]):
        if (a.year_txt and len(a.year_txt) == 2 and int(a.year_txt, 10) <= 31 and not a.ce
                and b.day is None and not t[a.end:b.pos].strip()):
            b.day, b.pos = int(a.year_txt, 10), a.year_pos
            a.year_txt, a.end = None, a.year_pos
    for tok in toks:
        if tok.year_txt:
            tok.year = _be_year(tok.year_txt, flags, tok.ce)
    return toks


def _ce(be: int) -> int:
    return be - 543


def _last_day(ce_year: int, month: int) -> int:
    return calendar.monthrange(ce_year, month)[1]


_DAY_RANGE_BEFORE = re.compile(r"(?<![0-9.])([0-9]{1,2})[ ]?(?:-|–|—|ถึง)[ ]?$", re.ASCII)


def _plausible(year: int | None, plan_year: int | None, flags: list[str]) -> int | None:
    """A year far from the plan year (``ม.ค. 25`` read as 2525, a garbled ``๒๕๒๗``) is not
    trusted: None with a flag. Without a plan year, B.E. 2558-2590 (the ITA years) is plausible."""
    if year is None:
        return None
    ok = abs(year - plan_year) <= 4 if plan_year is not None else 2558 <= year <= 2590
    if not ok:
        flags.append(f"period_year_implausible:{year}")
        return None
    return year


def _resolve_dates(toks: list[_Tok], t: str, plan_year: int | None,
                   flags: list[str]) -> tuple[date | None, date | None]:
    """Dates of the first and last month token, filling missing years and days.

    A side with no year takes the other side's: the start is the latest such date not
    after the end, the end the earliest such date not before the start."""
    a, b = toks[0], toks[-1]
    if len(toks) > 2:
        flags.append(f"period_many_dates:{len(toks)}")
    da, db = a.day, b.day
    if len(toks) == 1 and a.day is not None:  # "1-15 ต.ค. 68": a day range in one month
        m = _DAY_RANGE_BEFORE.search(t[:a.pos])
        if m:
            da = int(m.group(1), 10)
    bad_a = a.year is not None and _plausible(a.year, plan_year, flags) is None
    bad_b = b is not a and b.year is not None and _plausible(b.year, plan_year, flags) is None
    ya = None if bad_a else a.year
    yb = ya if b is a else (None if bad_b else b.year)
    if (bad_a and b is a) or (bad_a and bad_b):
        return None, None
    key_a = (a.month, da or 1)
    key_b = (b.month, db or 31)
    if ya is None and yb is not None:
        ya = yb if key_a <= key_b else yb - 1
    if yb is None and ya is not None:
        yb = ya if key_b >= key_a else ya + 1
    if ya is None:  # neither side printed a year
        if plan_year is None:
            flags.append("period_year_unknown")
            return None, None
        ya = plan_year - 1 if a.month >= 10 else plan_year
        yb = plan_year - 1 if b.month >= 10 else plan_year
        if (yb, key_b) < (ya, key_a):
            yb = ya + 1
        flags.append(f"period_year_from_plan:{plan_year}")
    assert ya is not None and yb is not None
    ca, cb = _ce(ya), _ce(yb)
    if da is not None and not 1 <= da <= _last_day(ca, a.month):
        flags.append(f"period_day_unreadable:{da}")
        da = None
    if db is not None and not 1 <= db <= _last_day(cb, b.month):
        flags.append(f"period_day_unreadable:{db}")
        db = None
    start = None if bad_a else date(ca, a.month, da or 1)
    end = None if bad_b else date(cb, b.month, db or _last_day(cb, b.month))
    return start, end


def _quarters(sq: str, plan_year: int | None, fiscal: int | None,
              flags: list[str]) -> tuple[date | None, date | None] | None:
    m = _QUARTER.search(sq)
    if not m:
        return None
    q1 = int(m.group(1))
    q2 = int(m.group(3)) if m.group(3) else q1
    if m.group(3) and not m.group(2):
        # "ไตรมาสที่ ๑ ๒": two quarter numbers with nothing between (an OCR'd dash lost)
        flags.append(f"period_quarter_separator_missing:q{q1},q{q2}")
    after = re.match(r"(?:/|ปี|พ\.?ศ\.?)*([0-9]{4}|[0-9]{2})(?![0-9])", sq[m.end():])
    if fiscal is None and after:  # "ไตรมาสที่ 1/2568", "ไตรมาส 2 ปี 68"
        fiscal = _plausible(_be_year(after.group(1), flags), plan_year, flags)
    year = fiscal or plan_year
    if year is None:
        flags.append("period_year_unknown")
        return None, None
    if fiscal is None:
        flags.append(f"period_year_from_plan:{plan_year}")
    if q2 < q1:
        flags.append(f"period_inverted:q{q1}>q{q2}")
        return None, None
    if q2 - q1 > 1 and m.group(2) in ("และ", ","):
        # "ไตรมาสที่ 1 และ 3": two quarters apart, not a range; the span covers both
        flags.append(f"period_quarters_apart:q{q1},q{q2}")
    return quarter_bounds(year, q1)[0], quarter_bounds(year, q2)[1]


_RX_OPEN_END = re.compile(r"^(?:\(?)เป็นต้นไป")
_RX_FROM = re.compile(r"ตั้งแต่(?:วันที่|เดือน)?$")
_RX_BY = re.compile(r"(?:(?:ภายใน|ก่อน|ไม่เกิน)(?:วันที่)?|(?:^|จน)ถึง(?:วันที่|เดือน)?)$")  # "(จน)ถึง ก.ย. 65": until then
# "… ๑๐ N.A. ๖๙" after the only date read: a day, something that is no month, a year
# (or "… Ng. ๒๕๗๐", "… 0.8. ว๖๙": no month, Latin garble, a year, and nothing after)
_RX_GARBLED_DATE_AFTER = re.compile(
    r"\s*[0-9]{1,2}\s*[^\s0-9\u0e01-\u0e4e]{1,6}\s*[0-9]{2,4}(?![0-9])"
    r"|\s*[-–—]?\s*(?:[0-9]{1,2}\s+)?[A-Za-z0-9.,'`]{1,6}\s*[\u0e01-\u0e2e]?[0-9]{2,4}\s*$")
_RX_RANGE_OPEN = re.compile(r"\s*(?:-|–|—|ถึง)\s*(?:\S|$)")  # a range whose end is not read (or not printed)
_RX_RANGE_CLOSE = re.compile(r"\S\s*(?:-|–|—|ถึง)\s*$")


def parse_period(text: str | None, plan_year: int | None, ocr: bool = False) -> Period:
    """``parse_period`` for a printed period; with ``ocr``, a period that does not parse
    cleanly is read again with OCR-garbled month abbreviations mended (flagged), and a
    one-digit day closing a range is doubted (see :func:`_ocr_short_end_day`)."""
    if not ocr:
        p = _parse_period(text, plan_year)
        clean = _clean(text or "")
        mended = mend_full_months(clean)
        if mended != clean and len(_tokens(mended, [])) > len(_tokens(clean, [])):
            # a full month name with a mark the text layer swapped (``กุมภาพันธุ``): read
            # with the name mended, flagged
            q = _parse_period(mended, plan_year)
            if q.start is not None or q.end is not None:
                return Period(q.start, q.end, q.flags + ["period_month_mended"])
        return p
    return latin_month_checked(text, plan_year, _ocr_period)  # ``A.A.``: ก.ค., ส.ค. or ต.ค.


def _ocr_period(text: str | None, plan_year: int | None) -> Period:
    p = _read_ocr(text, plan_year)
    if any(f.startswith(IMPLAUSIBLE) for f in p.flags):  # a day or a garbled year read as the year
        used = _parse_ocr(text, plan_year)[1]
        p = without_garbled_year(p, used, _tokens(used, []), lambda t: _read_ocr(t, plan_year))
    return p


def _read_ocr(text: str | None, plan_year: int | None) -> Period:
    p, used = _parse_ocr(text, plan_year)
    return _ocr_untaken(_ocr_short_end_day(p, used), used)


def _ocr_untaken(p: Period, text: str) -> Period:
    """A date of an OCR'd period with a number left before (after) it that nothing took: the
    printed date was not read (normalizers/fields/ocr_period_rest.py); null, flagged."""
    toks = _tokens(text, [])
    if not toks or (p.start is None and p.end is None):
        return p
    first = toks[0]
    day_range = len(toks) == 1 and first.day is not None and bool(_DAY_RANGE_BEFORE.search(text[:first.pos]))
    rest = text[toks[-1].end:]
    if toks[-1].year_txt is None and re.fullmatch(r"\s*(?=\S*[0-9])\S{1,5}\s*", rest):
        # the last date's own year garbled (``ก.ุย b6``, fresh20s 20311; ``๖๙`` read ``6a``, ``6«``,
        # fresh21s 21613): one short token holding a digit; read from the plan, flagged
        rest = ""
    before, after = untaken_numbers(text[:first.pos], rest, day_range)
    if before is None and after is None and len(toks) == 2 and not any("_unreadable" in f for f in p.flags):
        side = day_unread_one_side(toks[0].day is not None, toks[1].day is not None, text[:toks[0].pos],
                                   text[toks[0].end:toks[1].pos])
        before, after = ("day" if side == "start" else None), ("day" if side == "end" else None)
        before = before or year_garbled_between(toks[0], toks[1], text[toks[0].end:toks[1].pos])
    start, end, flags = p.start, p.end, list(p.flags)
    if before is not None and start is not None:
        start = None
        flags.append(f"period_start_unreadable:{before}")
    if after is not None and end is not None:
        end = None
        flags = [f for f in flags if f != "period_single_day"]  # the end printed was not read
        flags.append(f"period_end_unreadable:{after}")
    return p if (start, end) == (p.start, p.end) else Period(start, end, flags)


def _parse_ocr(text: str | None, plan_year: int | None) -> tuple[Period, str]:
    """The better of the OCR'd text as read and with its month names mended, and that text."""
    p = _parse_period(text, plan_year)
    clean = _clean(text or "")
    months = mend_ocr_months(clean)
    # numbers no month mending reads (a quarter 5-9, a year glued to a day): flagged each
    mended, dflags = mend_ocr_period_digits(months, tuple(_FULL.values()))
    if mended == clean:
        return p, clean
    q = _parse_period(mended, plan_year)
    q_mended = Period(q.start, q.end, q.flags + ["period_ocr_months_mended"] * (months != clean) + dflags)
    dates = lambda r: sum(d is not None for d in (r.start, r.end))  # noqa: E731
    if dflags and dates(q) >= max(1, dates(p)):
        return q_mended, mended
    if p.start is not None and p.end is not None and not any(
            f.startswith(("period_day_unreadable", "period_bad_year")) for f in p.flags):
        # a clean parse can still have skipped a garbled month (``ม ค มี.ค ๖๙`` read as
        # March alone): the mended text naming more dates wins
        if q.start is not None and q.end is not None and len(_tokens(mended, [])) > len(_tokens(clean, [])):
            return q_mended, mended
        # … or a mended keyword that prints the year the plain reading had to take from the
        # plan (``ตลอดปีจบประมาณ ๒๕๖๘`` read as quarter 1 of the plan year)
        inferred = lambda r: any(f.startswith("period_year_from_plan") for f in r.flags)  # noqa: E731
        if q.start is not None and q.end is not None and inferred(p) and not inferred(q):
            return q_mended, mended
        return p, clean
    if sum(d is not None for d in (q.start, q.end)) > sum(d is not None for d in (p.start, p.end)) or (
            len(q.flags) < len(p.flags) and q.start is not None and q.end is not None):
        return q_mended, mended
    return p, clean


def _ocr_short_end_day(p: Period, text: str) -> Period:
    """An OCR'd range ending on a one-digit day 1-3 doubted (normalizers/fields/ocr_period_rest.py)."""
    end, flag = short_end_day(p.end, _tokens(text, []), _last_day)
    return p if flag is None else Period(p.start, end, p.flags + [flag])


# a year alone, after ``ปี``/``พ.ศ.`` or nothing, a remark in parentheses after it at most
_YEAR_ONLY = re.compile(r"^(?:ปี)?(?:พ\.?ศ\.?)?(25[0-9]{2})(?:\([^()0-9]{0,30}\))?$")


def _parse_period(text: str | None, plan_year: int | None) -> Period:
    """Parse a printed period into first/last calendar day, following the contract rules.

    ``plan_year`` (B.E.) supplies the year for ``ไตรมาสที่ …`` and a bare ``ตลอดปีงบประมาณ``.
    Text that is not a period gives ``Period(None, None, ['period_unparsed'])``; start is
    never after end (such input gives None/None with ``period_inverted``).
    """
    flags: list[str] = []
    t = _clean(text or "")
    if not t:
        return Period(None, None, ["period_unparsed:empty"])
    sq = _squash(t)
    fm = _FISCAL.search(sq)
    fiscal = None
    if fm and fm.group(1):
        # a garbled year (๒๕๖๙ OCR'd ๕๖) is not trusted: the plan year stands in, flagged
        fiscal = _plausible(_be_year(fm.group(1), flags), plan_year, flags)
    whole_year = fm is not None and ("ตลอด" in sq[:fm.start() + 1] or sq.startswith(fm.group(0)))
    start = end = None
    toks = _tokens(t, flags)
    if whole_year or (fm and not toks and not _QUARTER.search(sq)):
        year = fiscal or plan_year
        if year is None:
            return Period(None, None, flags + ["period_year_unknown"])
        if fiscal is None:
            flags.append(f"period_year_from_plan:{plan_year}")
        start, end = fiscal_year_bounds(year)
        m2 = _FISCAL_TO.match(sq, fm.end()) if fm is not None else None
        if fiscal is not None and m2:  # "ปีงบประมาณ 2569-2570": a span of fiscal years
            last = _be_year(m2.group(1), flags)
            if last is not None:
                end = fiscal_year_bounds(last)[1]
    elif toks:
        start, end = _resolve_dates(toks, t, plan_year, flags)
        before, after = _squash(t[:toks[0].pos]), _squash(t[toks[-1].end:])
        if len(toks) == 1 and (_RX_OPEN_END.search(after) or _RX_FROM.search(before)):
            # "ต.ค. 66 เป็นต้นไป": from then on; the plan year's end when it is later
            end = None
            if start is not None and plan_year is not None and fiscal_year_bounds(plan_year)[1] >= start:
                end = fiscal_year_bounds(plan_year)[1]
                flags.append(f"period_end_from_plan:{plan_year}")
            else:
                flags.append("period_end_open")
        elif len(toks) == 1 and _RX_BY.search(before):
            # "ภายใน 30 ก.ย. 67": a deadline, the start is not printed
            flags.append("period_start_open")
            start = None
        elif len(toks) == 1 and (_RX_RANGE_OPEN.match(t[toks[0].end:])
                                 or _RX_GARBLED_DATE_AFTER.match(t[toks[0].end:])):
            # "1 ต.ค. 68 ถึง <unreadable>": a range whose second date was not read
            flags.append("period_end_unreadable")
            end = None
        elif len(toks) == 1 and any(f.startswith("period_start_unreadable") for f in flags):
            start = None
        elif len(toks) == 1 and _RX_RANGE_CLOSE.search(t[:toks[0].pos]) and not (
                toks[0].day is not None and _DAY_RANGE_BEFORE.search(t[:toks[0].pos])):
            # "<unreadable> - มี.ค. 69": a range whose first date was not read
            flags.append("period_start_unreadable")
            start = None
        elif len(toks) == 1 and toks[0].day is not None and start is not None and start == end:
            # one day printed as the whole period (``30 ก.ย. 67``): a one-day activity, a deadline
            # or the tail of a range whose start went elsewhere (a row cut by a page break). Kept
            # on every one-day period: a cut row is not known by its position (docs/flags.yaml)
            flags.append("period_single_day")
    else:
        q = _quarters(sq, plan_year, fiscal, flags)
        if q is not None:
            start, end = q
        elif (ym := _YEAR_ONLY.match(sq)) and (year := _plausible(_be_year(ym.group(1), flags), plan_year, flags)):
            # a year alone (``๒๕๖๔ (ต่อเนื่อง)``, ``ปี พ.ศ. ๒๕๖๔``): that fiscal year, as ``ปีงบประมาณ ๒๕๖๔``
            # (unseen scan fresh34s 49101 p5: null, ``period_unparsed``)
            flags.append(f"period_fiscal_year_alone:{year}")
            start, end = fiscal_year_bounds(year)
        elif re.search("ตลอดปี|ตลอดทั้งปี|ทุกเดือน|ทุกไตรมาส", sq):
            # "ตลอดปี", "ดำเนินการตลอดปี", "ทุกเดือน": the plan year, flagged
            if plan_year is None:
                return Period(None, None, flags + ["period_year_unknown"])
            flags.append(f"period_year_from_plan:{plan_year}")
            start, end = fiscal_year_bounds(plan_year)
        else:
            return Period(None, None, flags + ["period_unparsed"])
    if start is not None and end is not None:
        if start > end:
            return Period(None, None, flags + [f"period_inverted:{start}>{end}"])
        if plan_year is not None:
            py0, py1 = fiscal_year_bounds(plan_year)
            if end < py0 or start > py1:
                flags.append(f"period_outside_plan_year:{plan_year}")
    return Period(start, end, list(dict.fromkeys(flags)))
