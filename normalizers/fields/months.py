"""Thai month names and their abbreviations, and the mending of OCR-garbled ones.

``ABBR``/``FULL`` are the months as printed (``ต.ค.``, ``ตุลาคม``). OCR drops or garbles the
dots and marks of abbreviations (``ต ค``, ``กุย..``) and a letter or mark of a full name
(``กันยายบ``); :func:`mend_ocr_months` rewrites both as printed so the period parser reads
them (it flags what it mended).
"""
from __future__ import annotations

import re

from normalizers.fields.ocr_periods import mend_ocr_period_words

ABBR = {  # month -> abbreviation letters (between the dots)
    1: ("ม", "ค"), 2: ("ก", "พ"), 3: ("มี", "ค"), 4: ("เม", "ย"), 5: ("พ", "ค"),
    6: ("มิ", "ย"), 7: ("ก", "ค"), 8: ("ส", "ค"), 9: ("ก", "ย"), 10: ("ต", "ค"),
    11: ("พ", "ย"), 12: ("ธ", "ค"),
}
FULL = {
    1: "มกราคม", 2: "กุมภาพันธ์", 3: "มีนาคม", 4: "เมษายน", 5: "พฤษภาคม", 6: "มิถุนายน",
    7: "กรกฎาคม", 8: "สิงหาคม", 9: "กันยายน", 10: "ตุลาคม", 11: "พฤศจิกายน", 12: "ธันวาคม",
}


_OCR_NOISE = "[ .,'`\u0e38\u0e39\u0e48\u0e49]*"  # after the abbreviation: ``มีคิ`` is a word
_OCR_NOISE_IN = "[ .,'`\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*"  # between its letters
# ``ิ``/``ี`` after ``ม`` make another month (มี.ค., มิ.ย.): no noise in ม.ค.
_OCR_NOISE_M = "[ .,'`\u0e31\u0e36-\u0e3a\u0e47-\u0e4e]*"


def _ocr_abbr(a: str, b: str) -> str:
    """An abbreviation's letters with OCR noise allowed between them (``ต ค``, ``กุย..``,
    ``มี ค``) and any mark above or below a letter read from a speck or a dot (``เมีย`` for
    ``เม.ย.``, fresh20s seed 20312 scanned: the start of ``เม.ย. ถึง มิ.ย. ๖๗`` lost)."""
    return (_OCR_NOISE_M if a == "ม" else _OCR_NOISE_IN).join(a + b)


# month abbreviations with OCR noise allowed between their letters, longest first so มี.ค. is
# not read as ม.ค.
_ANY_OCR_ABBR = "|".join(_ocr_abbr(a, b) for a, b in ABBR.values())
_RX_OCR_MONTH = re.compile("|".join(
    rf"(?P<m{m}>(?<![\u0e01-\u0e2e\u0e30-\u0e4e]){_ocr_abbr(a, b)}{_OCR_NOISE}"
    # not inside a word, unless the next month follows with its dash lost (เม.ุยมิ.ย)
    rf"(?:(?![\u0e01-\u0e2e\u0e30-\u0e4e])|(?={_ANY_OCR_ABBR}))[ .]*)"
    for m, (a, b) in sorted(ABBR.items(), key=lambda kv: -len(kv[1][0] + kv[1][1]))))
# a day number, then an abbreviation glued to the next line's word (``๓๑ สคเรซ่``: a period cell's
# lines ``๓๑ สค`` / ``๒๕๖๔`` joined, the year misread; fresh30u 41211 p8, the ``๓๑`` then read as
# the year 2531): a month all the same, the word after it apart. Only a word that ends the cell (its
# last line): ``๑7 ตคว 5-๑1 พย ๖5`` (fresh20s 20302) keeps its start unreadable, its year's ``๖`` read ``ว``
_RX_DAY_GLUED = re.compile(rf"((?<![0-9๐-๙])[0-9๐-๙]{{1,2}} ?(?:{_ANY_OCR_ABBR}))"
                           r"(?=[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*\s*$)")
# Latin letters Tesseract's Thai model reads for a month abbreviation: ต and ค both come
# out as "A", and ต.ค. is the only month spelled with those two letters; dotless too (``๒๘ AA ๖๗๒๒ กย ๖๘`` for
# ``๒๘ ตค ๖๗ – ๒๒ กย ๖๘``, dev scan 57212 p8, 300 dpi: the start unread, the end day lost to the year)
# (but ก and ส come out as ``A`` too: the period parser reads ``A.A.`` as each of ก.ค./ส.ค./ต.ค. before this rule
# is reached and keeps only what the range's month order confirms, normalizers/fields/ocr_period_latin.py; here it
# serves the texts read without a date, e.g. a period told from the units beside it)
_RX_LATIN_LOOKALIKE = re.compile(r"(?<![A-Za-z])A ?\.? ?A ?\.?(?![A-Za-z])")
# ... and ธ.ค. as ``5A`` (ธ read as 5, ค as A: fresh35s 51110 p7-p8 ``1 พย 31 5A 2569``, ``5A 69-พค 70``, 200
# dpi; u48b 48203 ``@ 5A me``): no number is printed glued to a Latin capital in a period cell
# (its dot kept, a day glued before it: ``15.A. ๓1 ก.ค.๗0`` for ``๑ ธ.ค. ๓๑ ก.ค. ๗๐``, dev scan 57209 p5-p6, 200 dpi:
# the start unread twice; the ``5`` that ends a digit run before ``.A.`` is the ธ, the digits before it the day)
_RX_LATIN_DEC = re.compile(r"(?<![A-Za-z0-9])([0-9]{1,2}(?=5))?5 ?\.? ?A\.?(?![A-Za-z0-9])")
# ... and พ.ค. as ``WA`` (พ read as W, ค as A: dev scan 53215, 300 dpi, ``เมย- WA ๖๘``, the end unread); no
# other month's first letter is read W
_RX_LATIN_MAY = re.compile(r"(?<![A-Za-z0-9])W ?A\.?(?![A-Za-z0-9])")
# มิ.ย. with its vowel read as ี (``14 มีย 66``: fresh35s 51101 p9, 200 dpi, the start unread): a ย after
# ม and a vowel is June's only (มี.ค. ends with ค)
_RX_JUNE_VOWEL = re.compile(r"(?<![\u0e01-\u0e4e])ม\u0e35 ?\.? ?ย(?![\u0e01-\u0e4e])")


# period keywords as Tesseract misreads them (ไ/โ, ง/จ, ณ/น)
_OCR_KEYWORDS = (
    # ``ไตรมาลีสที่ 1-4``: a stray letter and mark inside the word (fresh23s 24114 scanned: the
    # period unparsed), before ``ที่``
    (re.compile(r"[โใ]ต[รธ]มาส|ไต[ธ]มาส|ไตรมา[ศษ]|ไตรมา[\u0e01-\u0e4e]{1,2}ส(?=\s?ที)"), "ไตรมาส"),
    (re.compile("ปี[จฉ]บประมา[ณนฌ]|ปีงบประมา[นฌ]"), "ปีงบประมาณ"),
)

_RX_OCR_UNTIL = re.compile("ถ(?:\u0e36[\u0e48\u0e49]|[\u0e48\u0e49]\u0e36)ง")  # ``ถึง`` with a tone mark OCR added

_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")


def _edit(a: str, b: str) -> float:
    """Levenshtein distance where a dropped/added/changed mark above or below costs 0.5
    (Tesseract's commonest Thai error) and any other letter 1."""
    cost = lambda c: 0.5 if c in _MARKS else 1.0  # noqa: E731
    prev = [0.0]
    for cb in b:
        prev.append(prev[-1] + cost(cb))
    for ca in a:
        cur = [prev[0] + cost(ca)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else max(cost(ca), cost(cb))
            cur.append(min(prev[j] + cost(ca), cur[j - 1] + cost(cb), prev[j - 1] + sub))
        prev = cur
    return prev[-1]


_RX_THAI_RUN = re.compile("[\u0e01-\u0e4e]{4,}")


def mend_full_months(t: str) -> str:
    """Full month names that OCR garbled (``กันยายบ``, ``ตลาคม``) replaced by the name at the
    smallest edit distance: at most 1 (names up to 6 letters) or 2 (longer), and nearer
    than any other month. A run holding a month name already is left alone."""
    def fix(m: re.Match) -> str:
        run = m.group(0)
        if any(name in run for name in FULL.values()):
            return run
        best = sorted((_edit(run, name), name) for name in FULL.values()
                      if abs(len(name) - len(run)) <= 2)
        if not best:
            return run
        d, name = best[0]
        limit = 1.0 if len(name) <= 6 else 2.0
        if 0 < d <= limit and (len(best) == 1 or best[1][0] > d):
            return name
        return run

    return _RX_THAI_RUN.sub(fix, t)


def mend_ocr_months(t: str) -> str:
    """OCR'd month abbreviations with their dots lost or garbled (``ต ค``, ``กุย..``)
    rewritten as printed (``ต.ค.``), as is ``A.A.`` (Latin lookalikes of ต.ค.), full names
    mended by edit distance (``กันยายบ``), and the period keywords ``ไตรมาส``/``ปีงบประมาณ``
    as OCR misreads them (``โตรมาสที่``, ``ปีจบประมาณ``);
    ``ถึง`` becomes ``-``. Used only on OCR'd cells."""
    # (``ถึ่ง``: a tone mark read from a speck over ``ถึง``, u52a 52115 p3, 300 dpi: ``ตุลาคม 2563 ถึ่งมีนาคม
    # 2564``, the end unread)
    t = mend_full_months(_RX_OCR_UNTIL.sub(" - ", t.replace("ถึง", " - ")))
    t = mend_ocr_period_words(t, tuple(FULL.values()), tuple(a + b for a, b in ABBR.values()))  # glued month names, ``U งบประมาณ`` (normalizers/fields/ocr_periods.py)
    t = _RX_LATIN_LOOKALIKE.sub(" ต.ค. ", t)
    t = _RX_JUNE_VOWEL.sub(" มิ.ย. ", _RX_LATIN_DEC.sub(lambda m: f" {m.group(1) or ''} ธ.ค. ", _RX_LATIN_MAY.sub(" พ.ค. ", t)))
    t = _RX_DAY_GLUED.sub(r"\1 ", t)
    for rx, word in _OCR_KEYWORDS:
        t = rx.sub(word, t)

    def fix(m: re.Match) -> str:
        month = int(next(k for k, v in m.groupdict().items() if v)[1:])
        a, b = ABBR[month]
        return f" {a}.{b}. "

    # twice: an abbreviation glued to the one before it, its dash lost (``เม.ยก.ุย. ๒๕๖๕``: dev fresh34u
    # 49206 p2, the end unread), is no longer glued once that one is rewritten
    return re.sub(r"\s+", " ", _RX_OCR_MONTH.sub(fix, _RX_OCR_MONTH.sub(fix, t))).strip()
