"""Numbers in Thai report text: digit conversion, scores, B.E. years.

Python's ``int()``/``float()`` and ``re``'s ``\\d`` accept Thai and Lao digits, so every
pattern here uses ``[0-9]`` on text that has first been passed through
:func:`to_ascii_digits`, and conversion is explicit.
"""
from __future__ import annotations

import re

_DIGITS = {chr(0x0E50 + i): str(i) for i in range(10)}  # Thai ๐-๙
_DIGITS.update({chr(0x0ED0 + i): str(i) for i in range(10)})  # Lao ໐-໙
_TRANS = str.maketrans(_DIGITS)

_NUM = r"[0-9]{1,3}(?:\.[0-9]{1,4})?"
_SCORE_CELL = re.compile(
    r"^\(?\s*(?:คะแนน\s*)?(" + _NUM + r")\s*(?:คะแนน)?\s*\)?$", re.ASCII
)
# a number directly followed by "คะแนน" or directly preceded by "คะแนน"
# not the tail of a number OCR garbled by a glyph glued inside it (``(๙๖.๐๐@๕ คะแนน)`` read as 5: u52a 52102 p7,
# 200 dpi, indicator 6's measures-table score 5.0 for 96.00; ``(84.«9 คะแนน)`` as 9: 52100 p1): a digit or a
# point, then one glyph that is no letter, space or separator, then the number; or an opening bracket, then
# such a glyph, then the number (its first digit garbled)
GARBLED_BEHIND = (r"(?<![0-9.][^\s\u0e01-\u0e4e0-9A-Za-z\-/:,=()|])"
                  # the head: a glyph glued between the bracket and the number (``(«๕0.๑3 คะแนน)`` for
                  # ``(๙0.๑3 คะแนน)``, ๙ read as two glyphs: dev scan 53207 p3, 300 dpi, indicator 2 given 50.13)
                  r"(?<!\([^\s\u0e01-\u0e4e0-9A-Za-z\-/:,=()|])")
_SCORE_AFTER = re.compile(r"(?<![0-9.])" + GARBLED_BEHIND + r"(" + _NUM + r")\s*คะแนน", re.ASCII)
_CODE_LETTER = re.compile(r"[A-Za-z]", re.ASCII)
_SCORE_BEFORE = re.compile(r"คะแนน\s*(" + _NUM + r")(?![0-9])(?!\s*คะแนน)", re.ASCII)
_YEAR4 = re.compile(r"^(2[45][0-9]{2})$", re.ASCII)
_YEAR2 = re.compile(r"^([0-9]{2})$", re.ASCII)


def to_ascii_digits(s: str) -> str:
    """Replace Thai (๐-๙) and Lao (໐-໙) digits by ASCII digits; nothing else changes."""
    return s.translate(_TRANS)


def _to_float(txt: str) -> float:
    """Convert an ASCII-only numeral (already validated by a [0-9] regex) to float."""
    whole, _, frac = txt.partition(".")
    value = float(int(whole, 10))
    if frac:
        value += int(frac, 10) / (10 ** len(frac))
    return round(value, len(frac))


def parse_score(s: str | None) -> tuple[float | None, list[str]]:
    """Read a score cell (``๙๘.๖๗``, ``100.00``, ``(๙๗.๘๗ คะแนน)``, ``คะแนน ๙๖.๘๐``).

    Returns (value, flags). An unreadable cell gives (None, ['score_unreadable:...']);
    a value outside 0-100 is returned unchanged with a ``score_out_of_range`` flag.
    """
    if s is None:
        return None, ["score_unreadable:empty"]
    txt = re.sub(r"\s+", " ", to_ascii_digits(s).strip())
    if not txt:
        return None, ["score_unreadable:empty"]
    flags: list[str] = []
    m = _SCORE_CELL.match(txt)
    if not m:
        # tolerate a lone trailing dot ("๙๘." ) or spaces inside the number ("๙ ๙.๕๗")
        compact = re.sub(r"(?<=[0-9])\s+(?=[0-9.])|(?<=\.)\s+(?=[0-9])", "", txt).rstrip(".")
        m = _SCORE_CELL.match(compact)
        if m:
            flags.append("score_repaired:" + txt[:20])
    if not m:
        return None, ["score_unreadable:" + txt[:20]]
    value = _to_float(m.group(1))
    if not 0.0 <= value <= 100.0:
        flags.append(f"score_out_of_range:{value:g}")
    if "." in m.group(1) and len(m.group(1).split(".")[1]) > 2:
        # ITA scores are printed with at most two decimals: a third is a digit read twice
        flags.append(f"score_unusual_precision:{m.group(1)}")
    return value, flags


_NOISY_SCORE = re.compile(r"\s*([0-9]{1,3}\.[0-9]{2})(?![0-9.])\s*([^\s0-9.]\S{0,5})\s*")


def score_before_noise(s: str | None) -> tuple[float | None, str]:
    """A two-decimal score followed by a short run of other characters that is no word or
    number (``๗๙.๐๑ฒญ๕``: OCR of the specks under a score in a scanned cell), as
    ``(value, the run)``; ``(None, "")`` when the text is anything else. The caller flags it
    (``score_trailing_noise``): the run may hide a digit."""
    m = _NOISY_SCORE.fullmatch(to_ascii_digits(s or ""))
    if m is None:
        return None, ""
    value = _to_float(m.group(1))
    return (value, m.group(2)) if 0.0 <= value <= 100.0 else (None, "")


def find_scores(text: str) -> list[tuple[float, int, int]]:
    """Find scores in prose: numbers followed (or preceded) by ``คะแนน``.

    Returns (value, start, end) with the span of the number in ``text`` (digit
    conversion keeps offsets), in text order, without duplicates.
    """
    t = to_ascii_digits(text)
    found: dict[int, tuple[float, int, int]] = {}
    for rx in (_SCORE_AFTER, _SCORE_BEFORE):
        for m in rx.finditer(t):
            start, end = m.span(1)
            if (rx is _SCORE_AFTER and start and _CODE_LETTER.match(t[start - 1])
                    and "." not in m.group(1)):
                continue  # ``e9 คะแนน…``: a question code's number, not a score (a decimal
                # glued to an OCR'd letter, ``x62.14 คะแนน``, still is one)
            if start not in found:
                found[start] = (_to_float(m.group(1)), start, end)
    return [found[k] for k in sorted(found)]


def parse_year(s: str | None) -> int | None:
    """Read a Buddhist-Era year: ``๒๕๖๘``/``2568`` -> 2568, two-digit ``๖๘`` -> 2568.

    Returns None for anything that is not a plausible B.E. year (2400-2599).
    """
    if not s:
        return None
    t = to_ascii_digits(s).strip().strip(".")
    t = re.sub(r"^(?:พ\.\s*ศ\.?|พศ\.?)\s*", "", t)
    m = _YEAR4.match(t)
    if m:
        return int(m.group(1), 10)
    m = _YEAR2.match(t)
    if m:
        return 2500 + int(m.group(1), 10)
    return None


_TH_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")
_RUNS = re.compile(r"(?<![0-9๐-๙.])[0-9๐-๙][0-9๐-๙.]*(?: [0-9๐-๙.]+)+(?![0-9๐-๙.])")
_SCORE_SHAPE = re.compile(r"^[0-9]{1,3}\.[0-9]{1,2}$", re.ASCII)


def _script(tok: str, last: bool) -> str | None:
    digits = [c for c in tok if c != "."]
    if not digits:
        return None
    c = digits[-1] if last else digits[0]
    return "th" if c in _TH_DIGITS else "ascii"


def join_split_numbers(text: str) -> str:
    """Join a score whose digits a text layer split where the script changes (``๔ 2.93`` →
    ``๔2.93``, ``๔๗.๔ 5`` → ``๔๗.๔5``, ``๙ 1.1 ๑`` → ``๙1.1๑``): a font or a Word export that
    runs Thai and Arabic digits of one number as separate text runs leaves a space between them.
    Joined only across a change of script, and only where the result reads as a score (0-100,
    one or two decimals), so ``๒๕๖๖ 85.00`` and ``ข้อ ๔ 2`` stay as printed."""
    if not text or " " not in text:
        return text

    def fix(m: re.Match) -> str:
        toks = m.group(0).split(" ")
        out, i = [], 0
        while i < len(toks):
            # the longest run of script changes from here that reads as a score (``๘ 6.04 ๘ 4.๘ 0``
            # is two scores: the run ๘6.04๘4.๘0 is not one)
            j, cur, best = i, toks[i], None
            while j + 1 < len(toks) and _script(toks[j], True) and _script(toks[j + 1], False) \
                    and _script(toks[j], True) != _script(toks[j + 1], False):
                j += 1
                cur += toks[j]
                a = to_ascii_digits(cur)
                if _SCORE_SHAPE.match(a) and float(a) <= 100.0:
                    best = (j, cur)
            if best is not None:
                out.append(best[1])
                i = best[0] + 1
            else:
                out.append(toks[i])
                i += 1
        return " ".join(out)

    return _RUNS.sub(fix, text)
