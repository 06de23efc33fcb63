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

# ``Aw.``, ``N.A.``, ``A.A``: one or two Latin letters, a dot, maybe one or two more letters
_LATIN_ABBR = re.compile(r"^[A-Za-z]{1,2}\.(?:[A-Za-z]{1,2}\.?)?$")
_NUMBER = re.compile(r"[0-9\u0e50-\u0e59]")
REREAD_CONF = 0.6  # a cell holding a month read again: doubted
_THAI_ABBR = re.compile(r"^[\u0e01-\u0e4e.]{2,6}$")


def _beside_number(ws: list[Word], i: int) -> bool:
    """Whether the word ``i`` has a number within two words of it in its cell (a year after
    the month, maybe on the next line, or a day or a range's start before it)."""
    return any(0 <= k < len(ws) and _NUMBER.search(ws[k].text) for k in (i - 2, i - 1, i + 1, i + 2))


def latin_month_words(ws: list[Word]) -> list[int]:
    """Indices of the words that look like a Thai month abbreviation read as Latin."""
    return [i for i, w in enumerate(ws) if _LATIN_ABBR.match(w.text) and _beside_number(ws, i)]


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
        y0, x0 = max(0, w.top - pad), max(0, w.left - pad)
        crop = img[y0 : w.top + w.height + pad, x0 : w.left + w.width + pad]
        lines.append(TextLine(np.ascontiguousarray(crop), x0, y0))
    got: dict[int, list[Word]] = {}
    for r in tesseract_lines(lines, dpi=dpi, lang="tha", scale=scale):
        got.setdefault(r.line[2], []).append(r)
    changed = set()
    for k, (s, ws, i) in enumerate(picks):
        text = "".join(r.text for r in sorted(got.get(k, []), key=lambda r: r.left))
        if _THAI_ABBR.match(text) and re.search("[\u0e01-\u0e2e]", text):
            w = ws[i]
            ws[i] = Word(text, w.left, w.top, w.width, w.height, min(w.conf, 60.0), w.line, w.seq)
            changed.add(s)
    return changed
