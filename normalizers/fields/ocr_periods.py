"""Period words of OCR'd cells that the month dictionary alone does not mend.

- Two full month names run together (``มีนาคมเมษายน``, fresh dev seed 2200 scanned: the
  dash of ``มีนาคม - เมษายน`` was lost): read as the month alone, the period ended a month
  early. They are split back into a range (``มีนาคม - เมษายน``).
- ``ปี`` of ``ปีงบประมาณ`` read as a Latin ``U`` (``U งบประมาณพ ศ ๒๕๗๐``, fresh dev seed
  2213 scanned), ``a`` (``a งบประมาณพ ศ ๒๕๗๐``, fresh dev seed 9204 scanned) or ``il``
  (``il งบประมาณ พ ศ ๒๕๖๔``, dev seed 18500 scanned page 5, measure 1): the
  fiscal-year period was unparsed; so was it with ``ป`` read as another
  consonant (``ขึงบประมาณ``, fresh seed 8108 scanned).

- A dotless abbreviation with OCR junk glued between it and its year (``๓๑ มคิจ๖๖`` for
  ``๓๑ มค ๖๖``, scanned fresh dev seed 2700): the month was not read, the period came out
  wrong. The junk (one or two Thai letters or marks before a digit) is dropped.
- A dotless abbreviation whose dot was read as ``ิ`` (``ธิค ๓0 กย ๖9``, fresh dev seed 9208
  scanned: the start month lost, the period one day) is the abbreviation.

Used by ``normalizers.fields.months.mend_ocr_months`` (OCR'd cells only; the period parser
flags a period read from mended text ``period_ocr_months_mended``).

:func:`mend_ocr_period_digits` mends the numbers of a period once its months are mended
(Tesseract ``tha`` cannot output ``๔ ๖ ๗ ๘ ๙``; what it reads for them is another digit or an
Arabic one), each mend flagged ``period_ocr_digits_mended:<what>``:

- a quarter number 5-9 (``ไตรมาสที๒ ๕`` for ``ไตรมาสที่ ๒ - ๔``, fresh dev seed 7103 scanned:
  the period ended a quarter early) is ``๔``, the only quarter above 3; so is one read as a lone
  symbol glyph (``ไตรมาสที <``, dev scan 53203: the period unparsed);
- a stray Thai letter between a quarter number and its range's dash (``ไตรมาสที่ 1ไ-๒``, seed
  2902) is dropped;
- a quarter range whose dash was read as a dot (``ไตรมาสที่ 1.3``, seed 7110: read as the
  first quarter alone) is a range;
- a two-digit year and the next date's day glued (``เม.ย.๖7๑8 พ.ค.`` for ``เม.ย. ๖๗ ๑๘
  พ.ค.``, seed 7103: year 6718, the end day lost) are split; so are a four-digit year and the
  day (``ก.พ. ๒๕๖๔๒ มิ.ย.``, mirror seed 14007: the end day lost, the month's last day taken
  without a flag) and a year and day the dash between read as a dot (``มิ.ย. ๖๔.๑๕ ก.ย.``);
- a dash read before the year that ends two dates printed without one between them (``๑ สค ๓0 กย - 25๖๔``
  for ``๑ ส.ค. ๓๐ ก.ย. ๒๕๖๔``, dev scan 53207 p5-p6, 300 dpi: the year read as an end date garbled, the
  end null) is dropped;
- a date whose month lost its first letter (``๑ พย ๓๑ ค ๖๙`` for ``… ๓๑ มี.ค. ๖๙``, seed 7102:
  ``๓๑`` read as the year 2531, both dates lost) is an unreadable end: the text keeps the
  start and a dash (``๑ พ.ย. - ?``), the parser flags the end unreadable.
"""
from __future__ import annotations

import re

from functools import lru_cache

# (or ``v``: fresh35s 51111 p5, 200 dpi, ``v งบประมาณพ ศ ๒๕๗๐``: one or two Latin letters no Thai word has)
# (``Tl`` / ``tl``: ``ตลอดปี`` of ``ตลอดปีงบประมาณ`` read as two Latin letters, u52a 52114 p5-p6, 200 dpi: both
# fiscal-year periods unparsed; any two Latin letters alone before the word, none is a Thai word)
_RX_U_FISCAL = re.compile(r"(?<![A-Za-z\u0e01-\u0e4e])(?:[A-Za-z][A-Za-z1]?)[ ]?(?=งบประมาณ)")
# ``ป`` of ``ปีงบประมาณ`` read as another consonant (``ขึงบประมาณพ.ศ.``, fresh seed 8108 scanned
# at 200 dpi: the fiscal-year period was unparsed): a lone consonant and vowel before งบประมาณ
# (``ปขีงบประมาณ``, fresh dev seed 2909: a stray letter before the vowel); ``มีงบประมาณ`` is a word
# (its vowel read as a lower one too: ``ปูงบประมาณพ ศ ๒๕๗๐``, fresh35s 51111 p5)
_RX_THAI_FISCAL = re.compile(r"(?<![\u0e01-\u0e4e])(?!ปี|มี)[\u0e01-\u0e2e]{1,2}[\u0e34-\u0e39][ ]?(?=งบประมาณ)")


@lru_cache(maxsize=2)
def _rx_glued(names: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"({alt})[ ]?(?=(?:{alt}))")


@lru_cache(maxsize=2)
def _rx_junk(abbrs: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(sorted(abbrs, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e4e])({alt})[\u0e01-\u0e4e]{{1,2}}(?=[0-9\u0e50-\u0e59])")


# an abbreviation's dot read as the vowel ิ/ี above the line (``ธิค ๓0 กย ๖9`` for ``ธ.ค. ๓๐ ก.ย.
# ๖๙``, fresh dev seed 9208 scanned: the start month lost, the period read as one day), a
# number after it
_RX_DOT_VOWEL = re.compile(r"(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e])[\u0e34\u0e35]([\u0e01-\u0e2e])(?=[ ]?[0-9\u0e50-\u0e59])")


def _dot_vowel(abbrs: tuple[str, ...]):
    def sub(m: re.Match) -> str:
        plain = m.group(1) + m.group(2)
        return plain if plain in abbrs and m.group(0) not in abbrs else m.group(0)  # มีค is มี.ค.
    return sub


# a dotless abbreviation with a stray consonant read inside it, between a day and a year (``๒๒มบิย๒๕๖๖``
# for ``๒๒ มิย ๒๕๖๖``, dev scan 57211, 200 dpi: the start unread): the one abbreviation that dropping one
# consonant inside the run gives, if only one does
_RX_BETWEEN_NUMBERS = re.compile(r"(?<=[0-9])([ ]?)([\u0e01-\u0e4e]{3,5})([ ]?)(?=[0-9])")


def _letter_added(abbrs: tuple[str, ...]):
    def sub(m: re.Match) -> str:
        run = m.group(2)
        if run in abbrs:
            return m.group(0)
        # inside the run only: a letter at its end may be a digit misread (``ตคว 5`` for ``ตค ๖5``, fresh20s 20302)
        got = {run[:i] + run[i + 1:] for i in range(1, len(run) - 1) if "\u0e01" <= run[i] <= "\u0e2e"} & set(abbrs)
        return f"{m.group(1)}{got.pop()}{m.group(3)}" if len(got) == 1 else m.group(0)
    return sub


def mend_ocr_period_words(t: str, month_names: tuple[str, ...], abbrs: tuple[str, ...] = ()) -> str:
    """Glued full month names (``month_names``: the months module's) split into a range,
    ``U งบประมาณ`` read as ``ปีงบประมาณ``, junk between a dotless abbreviation (``abbrs``,
    letters without dots: ``มค``) and its year dropped, an abbreviation's dot read as ิ
    (``ธิค``) dropped."""
    t = _rx_glued(month_names).sub(r"\1 - ", t)
    if abbrs:
        t = _rx_junk(abbrs).sub(r"\1 ", t)
        t = _RX_DOT_VOWEL.sub(_dot_vowel(abbrs), t)
        t = _RX_BETWEEN_NUMBERS.sub(_letter_added(abbrs), t)
    t = _RX_LATIN_QUARTER.sub("ไตรมาสที่ ", t)
    return _RX_THAI_FISCAL.sub("ปี", _RX_U_FISCAL.sub("ปี", t))


# ``ไตรมาสที่`` read as one Latin word (``‘asian 1-2`` for ``ไตรมาสที่ 1-2``, dev scan 57107, 300 dpi: both
# quarter periods unparsed): a Latin word (no Thai period word is Latin) opening the cell, and after it
# nothing but a number 1-4 or a range of two, is the quarter word: months are named, only quarters are
# numbered 1-4 alone
_RX_LATIN_QUARTER = re.compile(r"^[^\w\s]?[A-Za-z]{3,9}[ ]?(?=[1-4](?:[ ]?[-–—,][ ]?[1-4])?[ ]*$)")


_RX_QUARTER_DIGIT = re.compile(
    r"(ไตรมาส(?:ที่|ที)?[ ]?(?:[1-4][ ]?(?:-|–|—|ถึง|และ|,)?[ ]?(?:ไตรมาส(?:ที่|ที)?)?[ ]?)?)([5-9])(?![0-9])")
# ``ไตรมาสที่ 1.3``: the dash of a quarter range read as a dot (fresh dev seed 7110 scanned)
# ``ไตรมาสที่ 1ไ-๒``: a stray Thai letter between a quarter number and its range's dash (fresh
# dev seed 2902 scanned: read as the first quarter alone) is dropped
_RX_QUARTER_JUNK = re.compile(r"(ไตรมาส(?:ที่|ที)?[ ]?[1-4])([\u0e01-\u0e4e])(?=[ ]?[-–—])")
# ``ไตรมาสที <`` for ``ไตรมาสที่ ๔`` (dev scan 53203 p3, 200 dpi: the period unparsed): the quarter number
# read as one symbol glyph, no digit or letter; ๔ is the only quarter Tesseract ``tha`` cannot print
_RX_QUARTER_GLYPH = re.compile(
    r"(ไตรมาส(?:ที่|ที)?[ ]?(?:[1-4][ ]?(?:-|–|—|ถึง|และ|,)[ ]?(?:ไตรมาส(?:ที่|ที)?)?[ ]?)?)"
    r"([^\s0-9A-Za-z\u0e00-\u0e7f\-–—,.()])(?=[ ]|$)")
_RX_QUARTER_DOT = re.compile(r"(ไตรมาส(?:ที่|ที)?[ ]?)([1-4]) ?\. ?([1-4])(?![0-9])")
# ``ไตรมาสที ๑๓๓`` for ``ไตรมาสที่ ๑-๓`` (dev scan 61211 p12, 300 dpi: the dash read as a digit, ``33`` taken as the
# year 2533, implausible, and the period given as quarter 1): three digits after the quarter word are no quarter
# and no year (two or four digits); the first and last 1-4 and rising, the middle one is the range's dash
_RX_QUARTER_RUN = re.compile(r"(ไตรมาส(?:ที่|ที)?[ ]?)([1-4])[0-9]([1-4])(?![0-9])")
_MONTH_AHEAD = r"(?=[ ]?(?:[\u0e01-\u0e2e][\u0e31-\u0e4e]?\.[\u0e01-\u0e2e]\.|{full}))"
_MONTH_BEHIND = r"(?:[\u0e01-\u0e2e][\u0e31-\u0e4e]?\.[\u0e01-\u0e2e]\.|{full})"


@lru_cache(maxsize=2)
def _rx_year_day(full: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(full)
    return re.compile(rf"({_MONTH_BEHIND.format(full=alt)})[ ]?(25[5-9][0-9]|[5-9][0-9])\.?([1-9]|[0-2][0-9]|3[01])"
                      rf"{_MONTH_AHEAD.format(full=alt)}")


@lru_cache(maxsize=2)
def _rx_lost_month(full: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(full)
    return re.compile(rf"({_MONTH_BEHIND.format(full=alt)})[ ]?([0-9]{{1,2}})[ ](?!ปี)([\u0e01-\u0e2e][\u0e31-\u0e4e]?\.?)"
                      rf"[ ]?([0-9]{{4}}|[0-9]{{2}})[ ]*$")


@lru_cache(maxsize=2)
def _rx_dash_year(full: tuple[str, ...]) -> re.Pattern:
    # two dates with their days and no range word between them, then a dash and the year alone
    alt = "|".join(full)
    mb = _MONTH_BEHIND.format(full=alt)
    return re.compile(rf"^([0-9]{{1,2}}[ ]?{mb}[ ]?[0-9]{{1,2}}[ ]?{mb})[ ]?[-–—][ ]?(25[5-9][0-9]|[5-9][0-9])[ ]*$")


def mend_ocr_period_digits(t: str, month_names: tuple[str, ...]) -> tuple[str, list[str]]:
    """Numbers of an OCR'd period (months already mended: ``พ.ค.``, full names) that no month
    mending reads (see the module's doc); the text mended and a flag per mend."""
    flags: list[str] = []

    def quarter(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:q{m.group(2)}>q4")
        return m.group(1) + "4"

    def year_day(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:{m.group(0)[len(m.group(1)):].strip()}>{m.group(2)} {m.group(3)}")
        return f"{m.group(1)} {m.group(2)} {m.group(3)}"

    def lost(m: re.Match) -> str:
        if int(m.group(2), 10) > 31:
            return m.group(0)
        flags.append(f"period_ocr_digits_mended:{m.group(2)} {m.group(3)} {m.group(4)}>?")
        return f"{m.group(1)} - ?"

    def quarter_dot(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:q{m.group(2)}.{m.group(3)}>q{m.group(2)}-{m.group(3)}")
        return f"{m.group(1)}{m.group(2)}-{m.group(3)}"

    def quarter_junk(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:{m.group(2)}>")
        return m.group(1)

    def quarter_glyph(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:q{m.group(2)}>q4")
        return m.group(1) + "4"

    t = _RX_QUARTER_JUNK.sub(quarter_junk, t)
    t = _RX_QUARTER_GLYPH.sub(quarter_glyph, t)
    t = _RX_QUARTER_DIGIT.sub(quarter, t)
    t = _RX_QUARTER_DOT.sub(quarter_dot, t)

    def quarter_run(m: re.Match) -> str:
        if m.group(2) >= m.group(3):
            return m.group(0)
        flags.append(f"period_ocr_digits_mended:q{m.group(0)[len(m.group(1)):]}>q{m.group(2)}-{m.group(3)}")
        return f"{m.group(1)}{m.group(2)}-{m.group(3)}"

    t = _RX_QUARTER_RUN.sub(quarter_run, t)
    t = _rx_year_day(month_names).sub(year_day, t)
    t = _rx_lost_month(month_names).sub(lost, t)

    def dash_year(m: re.Match) -> str:
        flags.append(f"period_ocr_digits_mended:-{m.group(2)}>{m.group(2)}")
        return f"{m.group(1)} {m.group(2)}"

    t = _rx_dash_year(month_names).sub(dash_year, t)
    return t, flags
