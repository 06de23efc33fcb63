"""Scans, question scores (issue 15, h/scan35f): ``100.00`` OCR'd as ``100.๓`` / ``100.1`` (dev
fresh34u 49205 p3 e6, o2, o4; 49208 e14): wrong, flagged ``score_out_of_range``. The one score whose
whole part is 100 is 100.00 (``normalizers.records.score_hundred``)."""
from __future__ import annotations

from normalizers.fields.numbers import parse_score
from normalizers.records.score_hundred import mend_past_hundred


def _row(printed: str, confidence: float) -> dict:
    value, flags = parse_score(printed)
    return {"score": value, "confidence": confidence, "flags": flags + (["low_confidence_ocr"] if confidence < 0.9 else [])}


def test_score_past_100_read_as_100():
    rows = [_row("100.๓", 0.55), _row("100.1", 0.95)]
    mend_past_hundred(rows)
    assert [r["score"] for r in rows] == [100.0, 100.0]
    assert "score_past_100_read_as_100:100.3" in rows[0]["flags"]
    assert not any(f.startswith("score_out_of_range") for r in rows for f in r["flags"])


def test_a_text_layer_score_past_100_or_a_score_past_101_stays():
    rows = [_row("100.3", 1.0), _row("105.20", 0.5), _row("99.87", 0.5)]
    mend_past_hundred(rows)
    assert [r["score"] for r in rows] == [100.3, 105.2, 99.87]
    assert "score_out_of_range:100.3" in rows[0]["flags"]
