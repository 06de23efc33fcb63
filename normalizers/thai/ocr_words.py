"""Thai words Tesseract misread by a mark: put back what the dictionary says is missing.

Tesseract's ``tha`` model drops marks it sees: a tone stacked over an upper vowel (``ชี้``,
``ที่`` read ``ชี``, ``ที``), a lower vowel (``คู่มือ`` read ``ค่มือ``, ``รูปแบบ`` ``รปแบบ``)
and ``ำ`` (``ย้ำ`` read ``ย้า``); it also confuses look-alike marks (``ิ``/``ี``, ``ุ``/``ู``,
``่``/``้``). Where a Thai run of an OCR'd cell has characters no dictionary word covers,
single edits of those kinds near them are tried, and the best is kept while it covers at
least one more character with dictionary words (``thai_dict.score``). In runs the
dictionary covers, only a tone over an upper vowel is put back or ``า`` made ``ำ``, and only
where the run then segments into fewer words (``ตัว|ชี|วัด`` -> ``ตัวชี้วัด``, ``ดา|เนิน|การ``
-> ``ดำเนินการ``). Runs shorter than four letters (month abbreviations) are left alone.

It also reads consonants as look-alikes (``ก่อน`` read ``ค่อน``) and writes a look-alike next to
the real letter (``กค่อน``, ``คกำหนด``, ``หลักชฐาน``, ``พฟพึงพอใจ``): in the uncovered runs a
consonant may be changed within its class, or one of a doubled pair taken out
(``normalizers/data/ocr_confusions.json``), ranked after the mark edits, taken only where no
uncovered letter is left near it and the word made is a common one, and never in a run that
names a place, an organisation or a person. Specks of the cell border read at a line's end
(``ฒ.``, ``».``, ``a)``, ``ง,`` after Thai and a space) are taken off.

Measured on the scanned corpus (19 reports, 300 dpi): see docs/benchmarks.md.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from normalizers.thai import thai_dict
from normalizers.thai.ocr_vocab import snap_vocab
from normalizers.thai.thai_chars import CONSONANTS as _CONSONANTS, SARA_AA, SARA_AM, TONES

_UNK = thai_dict.UNKNOWN
_UPPER = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37")  # ั ิ ี ึ ื (ABOVE_VOWELS less ็ ํ)
_LOWER = frozenset("\u0e38\u0e39")  # ุ ู
_TONES = TONES | {"\u0e4c"}  # a tone or the thanthakhat already on the letter
_AFTER_CONSONANT = "\u0e48\u0e49\u0e38\u0e39\u0e31\u0e35\u0e34\u0e37\u0e4c"  # ่ ้ ุ ู ั ี ิ ื ์
_LOOKALIKE = {"\u0e34": "\u0e35\u0e37", "\u0e35": "\u0e34\u0e37", "\u0e37": "\u0e35", "\u0e38": "\u0e39",
              "\u0e39": "\u0e38", "\u0e48": "\u0e49", "\u0e49": "\u0e48",
              "\u0e47": "\u0e34", "\u0e4a": "\u0e34\u0e35"}  # ็ and ๊ for a short ิ / ี
_RUN = re.compile("[\u0e01-\u0e4e]{4,}")
_CONFUSIONS = Path(__file__).resolve().parents[1] / "data" / "ocr_confusions.json"
_LETTER = 2  # the rank of a consonant edit: after the mark edits on equal cost
_CLEAR = 2  # a consonant edit must leave no uncovered character this close to it
# ... and make a common word there (Thai National Corpus count): a letter taken out of a
# doubled look-alike is an OCR signature (พฟพึงพอใจ, พึงพอใจ 583); a letter changed for
# another is not, and proper nouns and report misprints must keep theirs (โบนาปาร์ด is
# not made ปาร์ค 252, คะแนวน not แหวน 1175, ชักข้อม not ข้อน 17)
_MIN_COUNT_DELETED, _MIN_COUNT_CHANGED = 500, 1500
_NEAR = 3  # edits are tried this close to an uncovered character


def _candidates(s: str, near: set[int], letters: bool = True):
    """(edit, rank) pairs; on equal dictionary cost the lower rank wins. ``า`` → ``ำ`` ranks
    first: Tesseract's ``tha`` cannot output ``ำ`` and often gives its ``า`` alone
    (``ย้ำเตือน`` read ``ย้าเตือน``, where ``ย่าเตือน`` would score the same)."""
    for i in sorted(near):
        if i > 0:
            prev, nxt = s[i - 1], s[i] if i < len(s) else ""
            if prev in _CONSONANTS:
                for m in _AFTER_CONSONANT:
                    yield s[:i] + m + s[i:], 1
            elif (prev in _UPPER or prev in _LOWER) and nxt not in _TONES:
                for m in "\u0e48\u0e49":
                    yield s[:i] + m + s[i:], 1
        if i < len(s):
            ch = s[i]
            if ch == SARA_AA and i and (s[i - 1] in _CONSONANTS or s[i - 1] in _TONES):
                yield s[:i] + SARA_AM + s[i + 1:], 0
            for alt in _LOOKALIKE.get(ch, ""):
                yield s[:i] + alt + s[i + 1:], 1
            if not letters:
                continue
            alts, doubled = _confusions()
            for alt in alts.get(ch, ""):
                yield s[:i] + alt + s[i + 1:], _LETTER
            if s[i:i + 2] in doubled:
                yield s[:i] + s[i + 1:], _LETTER
                yield s[:i + 1] + s[i + 2:], _LETTER
                yield s[:i] + s[i + 2:], _LETTER  # both (พฟพึงพอใจ)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(_CONFUSIONS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _name_words() -> tuple[str, ...]:
    return tuple(_data()["names"])


def names_something(run: str) -> bool:
    """``run`` holds a word that starts a proper name (``ocr_confusions.json`` names): its
    letters are not changed for other letters."""
    return any(w in run for w in _name_words())


@lru_cache(maxsize=1)
def _confusions() -> tuple[dict[str, str], frozenset[str]]:
    """(consonant -> the consonants it is misread for, adjacent pairs of which one letter is
    an extra look-alike) from ``normalizers/data/ocr_confusions.json``."""
    d = _data()
    alts: dict[str, str] = {}
    for cls in d["lookalike"]:
        for c in cls:
            alts[c] = alts.get(c, "") + "".join(x for x in cls if x != c and x not in alts.get(c, ""))
    return alts, frozenset(d["doubled"])


def lookalike(a: str, b: str) -> bool:
    """Whether OCR reads consonant ``a`` for ``b`` (one ``lookalike`` class of ``ocr_confusions.json``)."""
    return a != b and b in _confusions()[0].get(a, "")


@lru_cache(maxsize=16384)
def mend_run(s: str) -> str:
    """One Thai run (no spaces) with dictionary-backed mark edits applied."""
    cost = thai_dict.score(s)
    letters = not names_something(s)
    for _ in range(2 + len(s) // 6):
        if cost < _UNK:
            break
        near = {p + d for p in thai_dict.unknown_positions(s) for d in range(-_NEAR, _NEAR + 1) if 0 <= p + d <= len(s)}
        best, c = _best_edit(s, _candidates(s, near, letters), cost - _UNK + 1)  # covers one more character
        if best is None:
            break
        s, cost = best, c
    # a tone dropped from over an upper vowel, or ำ read as า, can leave short known words
    # (ตัว|ชี|วัด, ดา|เนิน|การ): mend where the run then segments into fewer words
    # (ตัวชี้วัด, ดำเนินการ)
    for _ in range(len(s) // 8 + 1):
        best, c = _best_edit(s, ((cand, 0) for cand in _covered_candidates(s)), cost)
        if best is None:
            break
        s, cost = best, c
    return s


def _best_edit(s: str, cands, below: int) -> tuple[str | None, int]:
    """The (edit, rank) of ``cands`` with the lowest dictionary cost, then rank, if that cost
    is under ``below``; (None, below) when none is."""
    best, key = None, (below, 0, 0.0)
    for cand, rank in cands:
        c = thai_dict.score_edit(s, cand)
        if (c, rank) > key[:2]:
            continue
        # consonant edits: on equal cost the more common words win (ก่อน over ค่อน for
        # กค่อน), and only an edit that clears the garble around it is taken
        k = (c, rank, -thai_dict.corpus_logp(cand) if rank == _LETTER else 0.0)
        if k < key and (rank != _LETTER or _clears(s, cand)):
            best, key = cand, k
    return best, key[0]


def _clears(s: str, cand: str) -> bool:
    """No character of ``cand`` near where it differs from ``s`` is left uncovered, and the
    word there is a common one of three letters or more."""
    i = thai_dict.common_prefix(s, cand)
    if any(abs(p - i) <= _CLEAR for p in thai_dict.unknown_positions(cand)):
        return False
    i = min(i, len(cand) - 1)
    pos = 0
    for w in thai_dict.segment(cand):
        if pos <= i < pos + len(w):
            break
        pos += len(w)
    floor = _MIN_COUNT_DELETED if len(cand) < len(s) else _MIN_COUNT_CHANGED
    return len(w) >= 3 and thai_dict._word_freqs()[0].get(w, 0) >= floor  # noqa: SLF001 (its TNC counts)


def _covered_candidates(s: str):
    for i in range(1, len(s) + 1):
        if s[i - 1] in _UPPER and (i == len(s) or s[i] not in _TONES):
            for m in "\u0e48\u0e49":
                yield s[:i] + m + s[i:]
        if i < len(s) and s[i] == SARA_AA and (s[i - 1] in _CONSONANTS or s[i - 1] in _TONES):
            yield s[:i] + SARA_AM + s[i + 1:]


# a cell line that ends, after Thai and a space, in a lone Latin letter, a lone Thai consonant
# with a stop or comma, or stops and quotes alone: specks of the cell border Tesseract read
# (``… ประชาชน ฒ.``, ``… งาน ».``, ``… ผู้บริหาร a)``, ``… ดำเนินการ ง,``); the seeds' text never
# ends a line so
_END_JUNK = re.compile("(?<=[\u0e01-\u0e4e])[ \t]+(?:[A-Za-z][.,)\u00bb:;]?|[\u0e01-\u0e2e][.,)\u00bb:;]"
                       "|[.,:;|'\"`~_\u00ab\u00bb]+)[ \t]*$")


# ... and a line that starts with a bullet misread (``a)``, ``».``: fresh18s 18504, 18507) before Thai
_START_JUNK = re.compile("^[ \t]*(?:[A-Za-z]\\)|[\u00ab\u00bb\u2022\u00b7]+[.,]?)[ \t]+(?=[\u0e01-\u0e4e])")


def mend_ocr_text(text: str) -> str:
    """``text`` (OCR output, already repaired) with its Thai runs mended (see module doc) and
    border specks at its end taken off."""
    text = _START_JUNK.sub("", _END_JUNK.sub("", text))
    return _RUN.sub(lambda m: mend_run(snap_vocab(m.group(0))), text)


# ``(91.18 คะแนบน)``: the unit after a score, one OCR slip away from ``คะแนน`` (fresh24s 30108, an
# indicator heading's score lost: every reader of headings, sentences and key/value lines keys
# on the word). Only a Thai word right after a number is looked at; the number is not touched.
_AFTER_NUMBER = re.compile(r"(?<=[0-9๐-๙])(\s?)([\u0e01-\u0e4e]{4,7})(?![\u0e01-\u0e4e])")
_SCORE_WORD = "คะแนน"


def mend_score_word(text: str) -> str:
    """OCR'd text with a garbled ``คะแนน`` after a number (one edit away) written back."""
    def fix(m: re.Match) -> str:
        word = m.group(2)
        if word == _SCORE_WORD or Levenshtein.distance(word, _SCORE_WORD, score_cutoff=1) > 1:
            return m.group(0)
        return m.group(1) + _SCORE_WORD
    return _AFTER_NUMBER.sub(fix, text)
