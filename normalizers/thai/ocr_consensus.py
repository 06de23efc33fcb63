"""A Thai run an OCR'd table repeats, used to mend the one reading of it Tesseract got wrong.

A measures table repeats its step sentences row after row and page after page (``จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน``
in most rows of a report). Tesseract misreads a letter of one copy into other dictionary words
(``กำหนด`` read ``คำหนืด``, ``ดำเนิน`` read ``คำเห็น``, ``ก่อน`` read ``ค่อน``, ``หลักฐาน`` read
``หลักชาน``): the dictionary mender (``ocr_words``) cannot see those, the words are real. The other
copies are the evidence: a run (a stretch of Thai letters and marks, no spaces, at least
``_MIN_LEN`` long) is replaced by another run of the document's OCR'd tables when

- that run occurs at least twice, and more often than this one;
- the two differ by few edits (at most one per ``_PER_EDIT`` letters, at most ``_MAX_EDITS``),
  inside the run (same first and last letter) and by at most one letter in length: a line
  end cuts a run of a repeated sentence at another place (``การดำเนินง`` | ``าน``), and those
  pieces are no misreadings;
- neither run holds a word that starts a proper name (``ocr_words.names_something``), nor do
  they differ only in how ``ำ`` is typed (``สํานัก``, ``สำนัก``);
- the repeated run reads as fewer dictionary words, or fewer letters no word covers
  (``thai_dict.score``; a real variant, ``ดำเนินงาน`` beside ``ดำเนินการ``, scores the same and
  is kept); or, one letter or mark apart (``แบบทีกำหนด`` beside ``แบบที่กำหนด``), as many
  words, more common ones (``thai_dict.corpus_logp``), in ``_SURE`` times as many copies.

Only OCR'd tables are mended (``normalizers.tables.grid.clean_table``); a text layer's words are
what the author typed.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from normalizers.thai import thai_dict
from normalizers.thai.ocr_words import names_something

_MIN_LEN = 8
_PER_EDIT = 6
_MAX_EDITS = 3
_SURE = 3  # a one-letter change between runs that read as as many words needs this many copies
_RUN = re.compile("[\u0e01-\u0e4e]{%d,}" % _MIN_LEN)


def _typed(run: str) -> str:
    """``run`` with ``ํา`` (nikhahit and sara aa, as some reports type it) written ``ำ``."""
    return run.replace("\u0e4d\u0e32", "\u0e33")


def _replacements(counts: Counter, runs) -> dict[str, str]:
    """The repeated run of ``counts`` each of ``runs`` is a misreading of, where one is."""
    common = sorted((r for r, c in counts.items() if c >= 2), key=lambda r: (-counts[r], r))
    out: dict[str, str] = {}
    for r in runs:
        c = counts.get(r, 1)
        if names_something(r):
            continue  # องค์การบริหารส่วนตำบลพัฒน์นคร is not วัฒนานคร
        best = None
        for s in common:
            if counts[s] <= c:
                break
            if abs(len(s) - len(r)) > 1 or s[0] != r[0] or s[-1] != r[-1] or _typed(s) == _typed(r):
                continue  # a run cut at another place by its line's end is no misreading
            cutoff = min(_MAX_EDITS, len(s) // _PER_EDIT)
            d = Levenshtein.distance(r, s, score_cutoff=cutoff)
            if d == 0 or d > cutoff or (best is not None and d >= best[0]):
                continue
            cs, cr = thai_dict.score(s), thai_dict.score(r)
            if cs < cr or (cs == cr and d == 1 and counts[s] >= _SURE * c
                           and thai_dict.corpus_logp(s) > thai_dict.corpus_logp(r)):
                best = (d, s)
        if best is not None:
            out[r] = best[1]
    return out


def count_runs(lines) -> Counter:
    """How often each run of at least ``_MIN_LEN`` letters occurs in ``lines``."""
    return Counter(r for ln in lines for r in _RUN.findall(ln))


def mend_repeats(cell_lines: list[list[list[str]]], counts: Counter | None = None) -> list[list[list[str]]]:
    """``cell_lines`` (rows of cells of lines of one OCR'd table) with the runs another run
    repeats in place of replaced (see module doc); the runs are counted over ``counts`` (the
    document's OCR'd tables) when given, else over this table."""
    own = count_runs(ln for row in cell_lines for cell in row for ln in cell)
    if not own:
        return cell_lines
    rep = _replacements(own if counts is None else counts, own)
    if not rep:
        return cell_lines
    sub = lambda m: rep.get(m.group(0), m.group(0))  # noqa: E731
    return [[[_RUN.sub(sub, ln) for ln in cell] for cell in row] for row in cell_lines]
