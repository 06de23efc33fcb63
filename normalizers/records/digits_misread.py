"""Indicator scores OCR made no score of: Thai digits Tesseract cannot print, or decimals read twice.

Tesseract ``tha`` prints no ``๔ ๖ ๗ ๘ ๙``; where the Thai-numeral recognizer did not read a score again
(a number in a text cell), each of them comes out as other digits: ``๙`` as ``๕``, ``๑๕``, ``๓๕`` or
``๕๑๕``, ``๖`` as ``๒``, ``๐๒`` or ``๒๐``, ``๔`` and ``๘`` as ``๕``, ``๗`` as ``๓`` (``(๑๕๕.๓๒ คะแนน)``
for ๙๕.๓๒: dev scan 56508 p6, 300 dpi; ``(๓๕๕.๓๕๒ คะแนน)`` for ๙๙.๙๒: 56506 p5, 300 dpi; ``(๓๕.๕๒๐
คะแนน)`` for ๗๘.๘๖: 56512 p1, 300 dpi; ``(๕๑๕๕.๒6 คะแนน)`` for ๙๕.๒๖: fresh28s 39113 p4). The number is
past 100 or has three decimals, so no score: the measures-table cell (or the heading) was named unreadable
and the indicator's row of that source lost. Where another source of the document (the results table, a
heading) prints a score for the same indicator and exactly one way of reading those outputs back gives
that score, it is the cell's (the heading's) score, flagged ``score_digits_misread:<printed>`` (check: the
value is the other source's, read back through the confusions). No other source, or no such reading:
unreadable, as before.

A score whose two decimals OCR read twice (``(๘๔.๙๐๙๐ คะแนน)`` for ๘๔.๙๐: dev scan 56506 p2, 300 dpi, a
heading; indicator 5's ``text`` row lost) is that score, flagged ``score_decimals_doubled:<printed>``.

Used by ``normalizers.records.heading_scores`` (headings, and measures-table cells: ``unread_measure_cells``).
"""
from __future__ import annotations

import re

MISREAD_FLAG = "score_digits_misread"
DOUBLED_FLAG = "score_decimals_doubled"
# (ASCII) digit printed -> what OCR read for it, longest first
_READ_AS: dict[str, tuple[str, ...]] = {"9": ("515", "15", "35", "5"), "6": ("02", "20", "2"), "4": ("5",),
                                        "8": ("5",), "7": ("3",)}
_SCORE = re.compile(r"[0-9]{1,3}\.[0-9]{2}")
_DECIMALS_TWICE = re.compile(r"([0-9]{1,3}\.([0-9]{2}))\2")


def decimals_doubled(num: str) -> float | None:
    """The score of a number whose two decimals were read twice (``84.9090``), else None."""
    m = _DECIMALS_TWICE.fullmatch(num)
    return float(m.group(1)) if m is not None and float(m.group(1)) <= 100 else None


def _readings(s: str) -> set[str]:
    """Every way of reading ``s`` with some of its digits read back as the digit OCR could not print."""
    if not s:
        return {""}
    out = {s[0] + rest for rest in _readings(s[1:])}
    for digit, reads in _READ_AS.items():
        for r in reads:
            if s.startswith(r):
                out |= {digit + rest for rest in _readings(s[len(r):])}
    return out


def digits_misread(num: str, no: int, indicators: list[dict], source: str) -> float | None:
    """The score another source than ``source`` prints for indicator ``no`` when exactly one score read
    back from ``num`` (ASCII digits, no score as it stands) gives it, else None."""
    if len(num) > 9 or not re.fullmatch(r"[0-9]+\.[0-9]+", num) or _SCORE.fullmatch(num) and float(num) <= 100:
        return None
    cands = {float(r) for r in _readings(num) if _SCORE.fullmatch(r) and float(r) <= 100}
    printed = {r["score"] for r in indicators if r["indicator_no"] == no and r.get("source") != source}
    hits = {v for v in cands if any(abs(v - p) < 1e-9 for p in printed)}
    return hits.pop() if len(hits) == 1 else None
