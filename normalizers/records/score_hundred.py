"""An OCR'd score read past 100 by a fraction: 100.00 with its decimals garbled.

A score is at most 100, and the one score whose whole part is 100 is 100.00. A scanned question
score ``100.00`` comes out of Tesseract as ``100.3`` or ``100.1`` (the two zeros of the decimals
read as one other digit: dev fresh34u 49205 p2, e6 and o2, o4; 49208 p3, e14), flagged
``score_out_of_range`` and wrong. An OCR'd row (its confidence below 1, or flagged
``low_confidence_ocr``) whose score is over 100 and under 101 takes 100.0, flagged
``score_past_100_read_as_100:<read>`` (check), its confidence at most ``DOUBT``; the range flags go.
A text layer's 100.3 is a typo of unknown kind and stays as printed.

Pure: no I/O.
"""
from __future__ import annotations

from extractors.ocr_checks import DOUBT

FLAG = "score_past_100_read_as_100"


def _ocr(row: dict) -> bool:
    return row.get("confidence", 1.0) < 1.0 or "low_confidence_ocr" in (row.get("flags") or [])


def mend_past_hundred(rows: list[dict], key: str = "score") -> None:
    """Each OCR'd row of ``rows`` whose ``key`` reads 100 < v < 101 gets 100.0 (module doc)."""
    for r in rows:
        v = r.get(key)
        if v is None or not 100.0 < v < 101.0 or not _ocr(r):
            continue
        flags = [f for f in (r.get("flags") or []) if f != "score_out_of_range" and not f.startswith("score_out_of_range:")]
        r["flags"] = sorted(set(flags) | {f"{FLAG}:{v:g}"})
        r[key] = 100.0
        r["confidence"] = min(r.get("confidence", 1.0), DOUBT)
