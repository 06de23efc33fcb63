"""Numbers alone on a line of a text cell, which Tesseract returns nothing for.

A narrow period cell wraps ``๕ เมษายน ๒๕๖๖ – ๑๕ สิงหาคม ๒๕๖๖`` so that the day ``๕`` is a
line of its own. Tesseract (psm 7, one line) gives no word at all for a line holding one or two
glyphs: the day vanished, and the period parsed as starting on the month's first day with no
flag saying why (dev scans 57201 p6 and p8, 300 dpi: ``๒๗ พฤศจิกายน`` read ``พฤศจิกายน``,
``๕ เมษายน`` read ``เมษายน``).

Such a line, when its ink is a short run of glyphs, is read by the numeral recognizer
(``extractors.numerals``); its reading becomes the line's word only when every glyph is a
confident digit (no glyph reads as a letter), so a lone ``ๆ`` or a speck stays unread as before.
"""
from __future__ import annotations

import numpy as np

from extractors import numerals
from extractors.ocr.lines import TextLine
from extractors.ocr.tess import Word
from extractors.ocr.words import DIGITS

LONE_DIGIT_CONF = 0.9  # every glyph at least this sure
LONE_OTHER_MAX = 0.15  # and no glyph this likely a letter
LONE_MAX_DIGITS = 4  # a day, a year (``๒๕๖๖``): a longer run is text Tesseract should have read


def lone_number(ln: TextLine, index: int, thr: int = 160) -> Word | None:
    """The word a line no word was read from holds, if it is a number alone (see the module)."""
    ink = ln.img < thr
    if ink.sum() < 8:
        return None
    ys, xs = np.nonzero(ink)
    x0, x1, y0, y1 = int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1
    h = y1 - y0
    if h <= 0 or (x1 - x0) > 0.9 * LONE_MAX_DIGITS * h:
        return None
    r = numerals.analyse(ln.img)
    if not r.n_digits or len(r.glyphs) != r.n_digits or float(np.max(r.other)) >= LONE_OTHER_MAX:
        return None  # a mark, a point or a dash beside the digits: not a number alone
    text, conf = numerals.read_number(r)
    if not text or len(text) > LONE_MAX_DIGITS or not all(ch in DIGITS for ch in text):
        return None
    if min(conf) < LONE_DIGIT_CONF:
        return None
    return Word(text, ln.x0 + x0, ln.y0 + y0, x1 - x0, h, 100.0 * min(conf), (0, 0, index), fixed=True)


def _ghosts_only(ln: TextLine, ws: list[Word], thr: int = 160) -> bool:
    """Whether a line's words are only Latin ones far shorter than its ink, which the ghost filter
    (``words.drop_mark_ghosts``) drops: Tesseract read the line's one glyph with a speck's box
    (``๓`` alone on its line read ``6`` with a 4 px box, dev scan 62312 p6, 300 dpi: the quarter number of
    ``ไตรมาสที่`` / ``๓`` lost, the period null twice)."""
    rows = np.nonzero((ln.img < thr).any(axis=1))[0]
    h = int(rows[-1] - rows[0] + 1) if len(rows) else 0
    return bool(ws) and all(w.text.isascii() and w.height < 0.55 * h for w in ws)


def lone_numbers(lines: list[TextLine], by_line: list[list[Word]]) -> list[Word]:
    """Words for the lines Tesseract read nothing from (or only ghosts, :func:`_ghosts_only`)
    that hold a number alone; a line's ghosts are to be replaced by its word."""
    out = []
    for i, ln in enumerate(lines):
        if by_line[i] and not _ghosts_only(ln, by_line[i]):
            continue
        w = lone_number(ln, i)
        if w is not None:
            out.append(w)
    return out
