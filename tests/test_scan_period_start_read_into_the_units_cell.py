"""Held-out scan fresh34u 49201 (scored at the end of session 34, dev since): measure 3's period
``สค - กย 67`` was read ``-กย 67``, its start month OCR'd into the units cell beside it
(``กองการศึกษาฯสค``, snapped to ``กองการศึกษาฯ`` and flagged about the units). The period read as
September alone: its start a month late, with no flag about the period (the scorer's "wrong with
unrelated flags"). A period opening with a range's dash, in a row whose unit lost a month's name
off its end, is read again with that month before it, flagged ``period_start_from_units_cell``."""
from __future__ import annotations

import datetime as dt

from normalizers.records.measure_periods import month_from_units


def _record(text: str, flags: list[str]) -> dict:
    return {"period_text": text, "period_start": dt.date(2024, 9, 1), "period_end": dt.date(2024, 9, 30),
            "flags": flags, "confidence": 1.0}


def test_scan_period_start_read_into_the_units_cell():
    r = _record("-กย 67", ["responsible_ocr_snapped:กองการศึกษาฯสค->กองการศึกษาฯ"])
    month_from_units(r, 2567, ocr=True)
    assert (r["period_start"], r["period_end"]) == (dt.date(2024, 8, 1), dt.date(2024, 9, 30))
    assert "period_start_from_units_cell:สค" in r["flags"]


def test_a_bulleted_month_beside_a_whole_unit_stays():
    # no month cut off the unit (a unit snapped for a look-alike letter): the bulleted month stands
    r = _record("- กย 67", ["responsible_ocr_snapped:กองคลัง->กองคลัง"])
    month_from_units(r, 2567, ocr=True)
    assert r["period_start"] == dt.date(2024, 9, 1) and not any(f.startswith("period_start_from") for f in r["flags"])
    r = _record("- กย 67", ["responsible_ocr_snapped:กองช่างxyz->กองช่าง"])  # not a month
    month_from_units(r, 2567, ocr=True)
    assert r["period_start"] == dt.date(2024, 9, 1)
