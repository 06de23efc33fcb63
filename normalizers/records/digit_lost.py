"""An indicator score OCR read with a digit of its whole part lost, where the report prints the
same indicator elsewhere.

A scanned heading ``ตัวชี้วัดที่๘ การปรับปรุงการทำงาน (๑.๑๓ คะแนน)`` for 71.13 (fresh33u 47200 p4,
the ``๗`` lost): the ``text`` row read 1.13 while the results table prints 71.13 for indicator 8
(flagged ``printed_elsewhere_differs``, a wrong value). Where every other place printing the
indicator gives one value, and the row's reading is that value with one digit of its whole part
dropped (its decimals the same), the row takes that value, flagged
``score_digit_from_other_source:<read>-><value>`` (check), its confidence at most ``DOUBT``. Never
the other way (a reading one digit longer than another place's stays: that place may have lost
it); a reading with another digit changed stays as it is (the sources' disagreement is flagged by
``checks.check_sources_agree``)."""
from __future__ import annotations

from collections import defaultdict

from extractors.ocr_checks import DOUBT

FLAG = "score_digit_from_other_source"


def digit_dropped(read: str, other: str) -> bool:
    """Whether ``read`` (``1.13``) is ``other`` (``71.13``) with one digit of its whole part dropped."""
    a, _, a_dec = read.partition(".")
    b, _, b_dec = other.partition(".")
    if a_dec != b_dec or len(a) + 1 != len(b):
        return False
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def mend_lost_digits(indicators: list[dict]) -> None:
    """Give each indicator row read with a digit lost the value its other places print (module doc)."""
    by_no: dict[int, list[dict]] = defaultdict(list)
    for r in indicators:
        by_no[r["indicator_no"]].append(r)
    for rows in by_no.values():
        for r in rows:
            others = {round(o["score"], 2) for o in rows if o is not r and o.get("source") != r.get("source")}
            if len(others) != 1 or r.get("score") is None:
                continue
            value = others.pop()
            if 0.0 <= value <= 100.0 and digit_dropped(f"{r['score']:.2f}", f"{value:.2f}"):
                r["flags"] = sorted(set(r.get("flags") or []) | {f"{FLAG}:{r['score']:g}->{value:g}"})
                r["score"] = value
                r["confidence"] = min(r.get("confidence", 1.0), DOUBT)
