"""The SARA U (or SARA UU) glyph named by a tone (issue 16, session 36).

A subset font's ToUnicode map names each glyph by the cluster the document first draws it in
(``thai_aa_glyph``). When that first cluster is a lower vowel under a low MAI JATTAWA or MAI TRI
(``ปุ๋ย``, ``กุ๊ก`` first), the TLWG fonts (WeasyPrint) and LibreOffice's Word-like PDFs name the
SARA U glyph ``๋`` (``๊``): every later ``ุ`` of the document reads as that tone, every reader
alike (``ก๋ยช่าย`` = ``กุยช่าย``, ``จ๋ดเริ่ม`` = ``จุดเริ่ม``, ``ร่๋น`` / ``ร๋่น`` = ``รุ่น``). The
pair sets' true text has ten ``ุ`` for each ``๋``; such a text shows more ``๋`` than ``ุ``.

The text shows it: more places of the tone right on a consonant (a tone of its own before or after
it, which no Thai spelling has, counts) than the vowel has in the whole text, and among the
text's distinct runs with such a place, written back as the vowel at least ``MIN_MENDED`` read
with fewer unknown characters, twice as many as it breaks. Then each place takes the vowel where
its run costs less so (``ก๋วย``, ``เดี๋ยว``, ``จ๋า`` stay: the tone over an upper vowel is another
glyph, and ``ก๋วย`` reads).
"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict

_CONS = "\u0e01-\u0e2e"
_TONES = "\u0e48-\u0e4b"
_NAMES = ("\u0e4b", "\u0e4a")  # the low tones drawn under-and-over with a lower vowel (๋ ๊)
_VOWELS = ("\u0e38", "\u0e39")  # ุ ู
_BELOW = frozenset(_VOWELS)
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ
_MID = frozenset("\u0e01\u0e08\u0e0e\u0e0f\u0e14\u0e15\u0e1a\u0e1b\u0e2d")  # ก จ ฎ ฏ ด ต บ ป อ
MIN_PLACES = 4  # places of the name on a consonant a text shows before its vowel is taken as named so
MIN_MENDED = 5  # distinct runs that must read better with the vowel back
_RX_RUN = re.compile("[\u0e01-\u0e4e]+")
_UNK = thai_dict.UNKNOWN


def _places(run: str, name: str) -> list[tuple[int, int, str]]:
    """(start, end, marks kept) of each place of ``name`` right on a consonant of ``run`` (with the
    consonant's own tone before or after it, or its thanthakhat before it)."""
    # (PDFium: ด์๊ = ดุ์; a tone before an upper vowel is that vowel's, another glyph: กระจ๋ี)
    rx = re.compile(f"(?<=[{_CONS}])([{_TONES}\u0e4c]?){name}([{_TONES}]?)(?![\u0e31\u0e34-\u0e37\u0e47])")
    return [(m.start(), m.end(), m.group(1) + m.group(2)) for m in rx.finditer(run)
            if not (m.group(1) and m.group(2))]


def _fixed(run: str, name: str, vowel: str) -> str:
    """``run`` with each place of ``name`` taking ``vowel``, and each ``vowel`` right on a consonant
    taking ``name`` (the map swaps the two: the low tone's glyph is named by the vowel, ``จุอม`` =
    ``จ๋อม``), where the run then costs less; places decided from the last."""
    spots = [(start, end, vowel + tone) for start, end, tone in _places(run, name)]
    rx = re.compile(f"(?<=[{_CONS}]){vowel}(?![{_TONES}])")
    spots += [(m.start(), m.end(), name) for m in rx.finditer(run) if run[m.end():m.end() + 1] not in _BELOW]
    # two below vowels on one base: the first is the tone's glyph (กระจุู = กระจู๋)
    rx = re.compile(f"(?<=[{_CONS}]){vowel}(?=[\u0e38\u0e39])")
    spots += [(m.start(), m.end() + 1, run[m.end()] + name) for m in rx.finditer(run)]
    for start, end, new in sorted(spots, reverse=True):
        cand = run[:start] + new + run[end:]
        a, b = thai_dict.score(run), thai_dict.score(cand)
        # Thai spelling sets ๊ and ๋ on a mid-class consonant only (names too): on any other the
        # vowel is taken unless the run then reads with more unknown characters (ธีร๊ตม์ = ธีรุตม์)
        # no Thai spelling sets a lower vowel on a consonant right after a leading vowel (แจุค, เตุอ,
        # โปุก): there the vowel is the tone's glyph unless the run then reads with more unknown characters
        if (b < a or (new[0] == vowel and run[start - 1] not in _MID and b // _UNK <= a // _UNK)
                or (new == name and start >= 2 and run[start - 2] in _LEADING and b // _UNK <= a // _UNK)):
            run = cand
    return run


def _tally(runs: set[str], name: str, vowel: str) -> tuple[int, int, int]:
    """(runs with a place of ``name``, those that read with fewer unknown characters once every
    place is ``vowel``, those that read with more)."""
    total = mended = broken = 0
    for run in runs:
        spots = _places(run, name)
        if not spots:
            continue
        every = run
        for start, end, tone in reversed(spots):
            every = every[:start] + vowel + tone + every[end:]
        a, b = thai_dict.score(run) // _UNK, thai_dict.score(every) // _UNK
        total, mended, broken = total + 1, mended + (b < a), broken + (a < b)
    return total, mended, broken


def named(text: str) -> tuple[str, str] | None:
    """(the tone, the lower vowel) when ``text`` shows the vowel's glyph named by the tone, else None."""
    for name in _NAMES:
        n = text.count(name)
        if n < MIN_PLACES or all(text.count(v) >= n for v in _VOWELS):
            continue
        runs = {m.group(0) for m in _RX_RUN.finditer(text) if name in m.group(0)}
        best: tuple[int, str] | None = None
        for vowel in _VOWELS:
            if text.count(vowel) >= n:
                continue
            total, mended, broken = _tally(runs, name, vowel)
            # most of the places read once the vowel is back, far more than break (a text whose
            # SARA UU is named ่ by the same map, or pdfplumber's shuffled marks, mends a few of its
            # ๊ places and breaks as many: fresh12, fresh17, fresh22)
            if (mended >= MIN_MENDED and 3 * mended >= 2 * total and mended >= 4 * broken
                    and (best is None or mended > best[0])):
                best = (mended, vowel)
        if best is not None:
            return name, best[1]
    return None


def unname(text: str) -> str:
    """``text`` with its lower vowel's tone name written back as the vowel where the dictionary
    reads the run better so (``text`` itself when it shows no such name)."""
    if "\u0e4b" not in text and "\u0e4a" not in text:
        return text
    got = named(text)
    if got is None:
        return text
    name, vowel = got
    # the low tone's glyph, named by the vowel, set apart from its base by the reader (pdftotext's
    # ``เป\nุ อ`` for ``เป๋อ``, where the same render with the map right prints ``เป\n๋ อ``): no vowel
    # starts a line, the tone then goes back by the stages below (after a space it may be a vowel
    # Pango pushed, read by pdfplumber: ``ปี ู๋ย``)
    text = re.sub(f"(?<=\n){vowel}", name, text)
    # ... and the vowel's glyph, named by the tone, set past the consonant's tone and a space
    # (pdftotext's ``ฝ่ ๋น`` for ``ฝุ่น``)
    text = re.sub(f"(?<=[{_CONS}][{_TONES}]) (?={name})", "", text)
    return _RX_RUN.sub(lambda m: _fixed(m.group(0), name, vowel) if name in m.group(0) or vowel in m.group(0)
                       else m.group(0), text)
