"""Guards against a row number read as a score (no wrong value without a flag).

In a table drawn without rules a column boundary can be misplaced, and the printed row number
(``1``, ``๒``) lands in the score column: indicator 1 came out as 1.00 instead of 85.00, with no
flag. Scores of ITA indicators and questions are almost never small whole numbers, and one
equal to its own row's number is the tell. Values are never changed here, only flagged
``score_may_be_row_number``:

* an indicator score that is a whole number ≤ 10 equal to its indicator number, or a question
  score equal to its question number (``i7`` → 7.0);
* two or more indicator scores of one source and page that are whole numbers ≤ 10 (a column of
  row numbers).
"""
from __future__ import annotations

from collections import defaultdict

FLAG = "score_may_be_row_number"


def _small_whole(v) -> bool:
    return v is not None and float(v).is_integer() and 0 < v <= 10


def flag_row_numbers(indicators: list[dict], questions: list[dict]) -> list[str]:
    """Add ``score_may_be_row_number`` to suspicious rows; returns document flags."""
    groups = defaultdict(list)
    for r in indicators:
        if _small_whole(r.get("score")):
            groups[(r.get("source"), r.get("page"))].append(r)
    hits = 0
    for r in indicators:
        s = r.get("score")
        same = groups.get((r.get("source"), r.get("page")), [])
        if _small_whole(s) and (s == r.get("indicator_no") or len(same) >= 2):
            r["flags"] = sorted(set(r["flags"]) | {FLAG})
            hits += 1
    for q in questions:
        s, code = q.get("score"), q.get("question_code") or ""
        if s is not None and float(s).is_integer() and code[1:].isdigit() and int(code[1:]) == s and s <= 50:
            q["flags"] = sorted(set(q["flags"]) | {FLAG})
            hits += 1
    return [f"{FLAG}:{hits}"] if hits else []
