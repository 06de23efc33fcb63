"""Scanned indicator-score cells whose decimal point OCR lost: four digits, no point (``๘๗๗3`` for
๘๗.๗3, ``84๗2`` for 84.72, ``63๗๐`` for 63.70: dev scan 60514 pp. 1-2, 200 dpi, the analysis table's
indicator rows between its question rows; ``7๘3๒`` for 78.32: dev scan 58207 p1). No score has four
digits before its point, so the cell was named unreadable (``unreadable_indicator_score``) and the
indicator's row lost. An ITA score prints two decimals: four digits read as two, a point and two is
the one reading of 0-100; taken, flagged ``score_point_lost:<printed>`` (check: the point was not seen).

Only cells of OCR'd tables, only indicator rows (a question table's rows are many, a stray year
among them more likely than on the ten indicator rows). Used by ``normalizers.records.scores``."""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits

FLAG = "score_point_lost"
_FOUR = re.compile(r"[0-9]{4}")


def point_lost(cell: str | None) -> tuple[float, list[str]] | None:
    """(score, flags) of a cell of exactly four digits read as ``dd.dd``, else None."""
    t = to_ascii_digits(cell or "").strip()
    if not _FOUR.fullmatch(t):
        return None
    return float(f"{t[:2]}.{t[2:]}"), [f"{FLAG}:{t}"]
