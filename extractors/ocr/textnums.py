"""Page text of a scan with the numeral recognizer's confidence for each number in it.

``words_to_text`` (extractors/ocr/digits.py) gives a text block one confidence; a page's
running text holds the overall score, the tool scores and indicator scores, each read by the
Thai-numeral recognizer (``reread_digits``) with its own per-digit confidences. Here the same
text is built and every number of it is also listed as ``(number as printed, confidence)``:
the least sure of its re-read characters; a number the recognizer did not read (Tesseract's
own digits, whose word confidence is no digit's) gets at most ``TESSERACT_NUMBER_CONF``.
The normalizer looks a value read from the text up in this list (``PageText.numbers``).
"""
from __future__ import annotations

import re

import numpy as np

from extractors.ocr.digits import words_to_text
from extractors.ocr.tess import Word
from extractors.ocr.words import DIGITS

TESSERACT_NUMBER_CONF = 0.6  # a number Tesseract read on its own: no digit confidence
_NUMBER = re.compile(r"[0-9\u0e50-\u0e59]+(?:\.[0-9\u0e50-\u0e59]+)?")


def line_numbers(line: list[Word], before: set[int]) -> list[tuple[str, float]]:
    """The numbers of one re-read line: ``before`` holds the ids of the words Tesseract gave
    (a word not among them is the recognizer's reading, whose confidence is its least sure
    character's, lowered where the reading left some of the run's digits unexplained). A
    doubtful number does not make the other numbers of its line doubtful (``IIT 84.31 | EIT
    89.28 | OIT 82.54``: three readings of three stretches of ink)."""
    out = []
    for w in line:
        if not any(ch in DIGITS for ch in w.text):
            continue
        reread = id(w) not in before or w.fixed
        c = w.conf / 100.0 if reread else min(TESSERACT_NUMBER_CONF, w.conf / 100.0)
        for m in _NUMBER.finditer(w.text):
            out.append((m.group(0), round(float(min(max(c, 0.0), 1.0)), 3)))
    return out


def words_to_text_numbers(words: list[Word], img: np.ndarray, by_id: bool = False
                          ) -> tuple[str, float, list[tuple[str, float]]]:
    """``digits.words_to_text`` (text, confidence) plus the numbers of the text with theirs."""
    numbers: list[tuple[str, float]] = []
    text, conf = words_to_text(words, img, by_id,
                               on_line=lambda line, before: numbers.extend(line_numbers(line, before)))
    return text, conf, numbers
