"""Scans, periods (issue 15, h/scan35f): the dev renders whose period side was lost to an implausible
"year" (``normalizers.fields.ocr_period_year``), the measures page OCR'd."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus_seeds import scan_pages_read

CASES = [
    # seed, pages (page 1 names the plan year), the period's text as OCR'd, start wanted, the flag
    (49106, [1, 5], "25d8", dt.date(2025, 6, 1), "period_year_garbled:25d8"),  # start null, period_year_implausible:2525
    (49113, [1, 6], "ne.", dt.date(2024, 3, 1), "period_year_garbled:30"),  # both sides null, 2530
]


@pytest.mark.parametrize("seed,pages,printed,start,flag", CASES)
def test_scan_period_year_garbled(seed, pages, printed, start, flag, tmp_path):
    rows = [m for m in scan_pages_read(seed, pages, tmp_path).planned_measures
            if printed in (m.get("period_text") or "")]
    assert len(rows) == 1
    assert rows[0]["period_start"] == start and flag in rows[0]["flags"]
