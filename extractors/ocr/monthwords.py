"""Thai month abbreviations that Tesseract ``tha+eng`` read as Latin letters, read again in Thai.

In a period cell (``มี.ค. ๖๗ - ก.ย. ๖๗``) the ``eng`` half of the model sometimes wins on a
short dotted abbreviation: ``ก.ย.`` came out as ``Aw.``, ``ก.ค.`` as ``N.A.`` (scanned dev
seed 6). No dictionary mends those (``A`` stands for ต, ค and ก alike), so the period's end or
start was unreadable (null and flagged). The letters are still on the page: such a word, a
dotted Latin token of at most four letters standing before or after a number on its line,
is cut out and read again by the ``tha`` model alone (one Tesseract call for all of them),
and its text replaced when that reading is Thai letters and dots only. The normalizer then
mends or rejects it as any OCR'd month (``normalizers.fields.months.mend_ocr_months``), and
the cell's confidence is capped at ``REREAD_CONF`` (its row is flagged ``low_confidence_ocr``):
a re-read month may still be the wrong one.
"""
from __future__ import annotations

import re

import numpy as np

from extractors.ocr.lines import TextLine
from extractors.ocr.tess import Word, tesseract_lines
from normalizers.fields.months import ABBR

# ``Aw.``, ``N.A.``, ``A.A``: one or two Latin letters, a dot, maybe one or two more letters
# (or a digit standing for a letter: ``W.8.`` for ``พ.ย.``), maybe the year glued after it
# (``W.8.68``, ``N.U.59``: only the letters are read again, the digits stay as read)
_LATIN_ABBR = re.compile(r"^(?P<abbr>[A-Za-z]{1,2}\.(?:[A-Za-z][A-Za-z0-9]?\.?|[0-9]\.)?)(?P<year>[0-9]{2,4})?$")
# ``AA``, ``BA``: an abbreviation printed without dots (``ตค``, ``ธค``) read as two capitals;
# taken only when the Thai reading is a month's two letters
# (any case, two or three letters: ``na`` for ``กค`` (u39 59214 p7, 200 dpi), ``Hel`` for ``มิย`` (u39s 59104 p11, 300 dpi),
# ``HA`` for ``มีค``: the start or end unread; a three-letter month has its vowel, ``มิย``)
_LATIN_NODOTS = re.compile(r"^(?P<abbr>[A-Za-z]{2,3})(?P<year>)$")
_NUMBER = re.compile(r"[0-9\u0e50-\u0e59]")
# a number Tesseract gave as stand-ins for the Thai digits it cannot output (``o@`` ``oe`` for ``๖๘`` ``๖๙``,
# u39s 59104 p7, 300 dpi: ``AA o@ - NA oe``, the end month not read again and lost): lower-case Latin letters
# and signs, one to three
_NUMBER_STANDIN = re.compile(r"^[a-z@©®]{1,3}$")
REREAD_CONF = 0.6  # a cell holding a month read again: doubted
_DASH = re.compile(r"^[-–—]+$")
_THAI_ABBR = re.compile(r"^[\u0e01-\u0e4e.]{2,6}$")


def _beside_number(ws: list[Word], i: int) -> bool:
    """Whether the word ``i`` has a number within four words of it in its cell (a year after
    the month, maybe on the next line, or a day or a range's start before it)."""
    # a range's dash does not count as a word between (``A.W. - ส.ค. ๖๗``: the start month)
    near = [k for k, w in enumerate(ws) if k != i and not _DASH.match(w.text)]
    pos = sum(1 for k in near if k < i)
    # Tesseract's Thai words are often single letters (``ส.`` ``ค`` ``.`` ``67``): four either side
    return any(_NUMBER.search(ws[k].text) or _NUMBER_STANDIN.match(ws[k].text) for k in near[max(0, pos - 4) : pos + 4])


def _latin_match(w: Word) -> re.Match | None:
    m = _LATIN_ABBR.match(w.text) or _LATIN_NODOTS.match(w.text)
    if m is not None and m.group("abbr") in ("IT", "ITA", "IIT", "EIT", "OIT"):  # a tool name, not a month
        return None
    return m


def latin_month_words(ws: list[Word]) -> list[int]:
    """Indices of the words that look like a Thai month abbreviation read as Latin."""
    return [i for i, w in enumerate(ws) if (m := _latin_match(w)) is not None
            and (m.group("year") or _beside_number(ws, i))]


_MONTH_LETTERS = {a + b for a, b in ABBR.values()}


def _accept(text: str, nodots: bool) -> bool:
    """Whether a Thai reading of a Latin-looking word is a month abbreviation: Thai letters and
    dots; for a word read without dots, exactly one month's letters (``ตค``)."""
    if not (_THAI_ABBR.match(text) and re.search("[\u0e01-\u0e2e]", text)):
        return False
    return not nodots or text.replace(".", "") in _MONTH_LETTERS


def reread_latin_months(slots: list[list[Word]], img: np.ndarray, dpi: int, scale: float) -> set[int]:
    """Read again, in Thai, the Latin-looking month words of every slot's words (boxes in
    ``img``); their text is replaced in place when the reading is a Thai abbreviation.
    Returns the indices of the slots changed (their cells are to be doubted: a month read
    twice differently is no sure month)."""
    picks = [(s, ws, i) for s, ws in enumerate(slots) for i in latin_month_words(ws)]
    if not picks:
        return set()
    pad = max(2, int(4 * dpi / 300))
    lines = []
    for _, ws, i in picks:
        w = ws[i]
        m = _latin_match(w)
        assert m is not None
        # a year glued after the letters is left out of the crop (its share of the box)
        width = w.width if not m.group("year") else max(1, round(w.width * len(m.group("abbr")) / len(w.text)))
        y0, x0 = max(0, w.top - pad), max(0, w.left - pad)
        crop = img[y0 : w.top + w.height + pad, x0 : w.left + width + pad]
        lines.append(TextLine(np.ascontiguousarray(crop), x0, y0))
    got: dict[int, list[Word]] = {}
    for r in tesseract_lines(lines, dpi=dpi, lang="tha", scale=scale):
        got.setdefault(r.line[2], []).append(r)
    changed = set()
    for k, (s, ws, i) in sorted(enumerate(picks), key=lambda kp: -kp[1][2]):  # last first: indices hold
        text = "".join(r.text for r in sorted(got.get(k, []), key=lambda r: r.left))
        # the edge of a glued year caught in the crop (``ก.ย..%``): signs after the last dot
        text = re.sub(r"\.+", ".", re.sub(r"(?<=\.)[^\u0e01-\u0e4e.]{1,2}$", "", text))
        w = ws[i]
        m = _latin_match(w)
        assert m is not None
        if _accept(text, _LATIN_NODOTS.match(w.text) is not None):
            conf = min(w.conf, 60.0)
            year = m.group("year") or ""
            # a glued year becomes a word of its own (its share of the box), which the numeral
            # recognizer reads again from its pixels like any number in a text cell
            aw = w.width if not year else max(1, round(w.width * len(m.group("abbr")) / len(w.text)))
            parts = [Word(text, w.left, w.top, aw, w.height, conf, w.line, w.seq)]
            if year:
                parts.append(Word(year, w.left + aw, w.top, max(1, w.width - aw), w.height, conf, w.line, w.seq))
            ws[i : i + 1] = parts
            changed.add(s)
    return changed
