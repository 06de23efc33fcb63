"""Indicator scores whose ``๙`` OCR split into other digits, or whose decimals it read twice.

On scans Thai ``๙`` comes out as ``๕`` with a glyph before it or alone (``(๑๕๕.๓๒ คะแนน)`` for ๙๕.๓๒:
dev scan 56508 p6, 300 dpi; ``(๓๕๕.๓๕๒ คะแนน)`` for ๙๙.๙๒: 56506 p5, 300 dpi; ``(๕๑๕๕.๒6 คะแนน)`` for
๙๕.๒๖: fresh28s 39113 p4). The number is past 100 or has three decimals, so no score: the measures-table
cell (or the heading) was named unreadable and the indicator's row of that source lost. Where another source
of the document (the results table, a heading) prints a score for the same indicator and exactly one way of
reading ``๕``/``๑๕``/``๓๕``/``๕๑๕`` back as ``๙`` gives that score, it is the cell's (the heading's) score,
flagged ``score_nine_misread:<printed>`` (check: the value is the other source's, read back through the
confusion). No other source, or several readings: unreadable, as before.

A score whose two decimals OCR read twice (``(๘๔.๙๐๙๐ คะแนน)`` for ๘๔.๙๐: dev scan 56506 p2, 300 dpi, a
heading; indicator 5's ``text`` row lost) is that score, flagged ``score_decimals_doubled:<printed>``.

Used by ``normalizers.records.heading_scores`` (headings, and measures-table cells: ``unread_measure_cells``).
"""
from __future__ import annotations

import re

NINE_FLAG = "score_nine_misread"
DOUBLED_FLAG = "score_decimals_doubled"
_NINE_READS = ("515", "15", "35", "5")  # what OCR printed for one ``๙``, longest first
_SCORE = re.compile(r"[0-9]{1,3}\.[0-9]{2}")
_DECIMALS_TWICE = re.compile(r"([0-9]{1,3}\.([0-9]{2}))\2")


def decimals_doubled(num: str) -> float | None:
    """The score of a number whose two decimals were read twice (``84.9090``), else None."""
    m = _DECIMALS_TWICE.fullmatch(num)
    return float(m.group(1)) if m is not None and float(m.group(1)) <= 100 else None


def _readings(s: str) -> set[str]:
    """Every way of reading ``s`` with some of its ``5``/``15``/``35``/``515`` read back as ``9``."""
    if not s:
        return {""}
    out = {s[0] + rest for rest in _readings(s[1:])}
    for r in _NINE_READS:
        if s.startswith(r):
            out |= {"9" + rest for rest in _readings(s[len(r):])}
    return out


def nine_misread(num: str, no: int, indicators: list[dict], source: str) -> float | None:
    """The score another source than ``source`` prints for indicator ``no`` when exactly one reading of
    ``num`` (ASCII digits, no score as it stands) with ``๙`` read back gives it, else None."""
    if len(num) > 9 or _SCORE.fullmatch(num) and float(num) <= 100:
        return None
    cands = {float(r) for r in _readings(num) if _SCORE.fullmatch(r) and float(r) <= 100}
    printed = {r["score"] for r in indicators if r["indicator_no"] == no and r.get("source") != source}
    hits = [v for v in cands if any(abs(v - p) < 1e-9 for p in printed)]
    return hits[0] if len(hits) == 1 else None
