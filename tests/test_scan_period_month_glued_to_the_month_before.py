"""Scans, periods (issue 15, h/scan35f): fresh34u 49206 p3, the period cell ``เม.ย⏎ก.ุย.⏎๒๕๖๕``
(``เม.ย. - ก.ย. ๒๕๖๕``, its lines joined with no space): the end was null, ``period_end_unreadable``."""
from __future__ import annotations

import datetime as dt

from corpus_seeds import scan_pages_read


def test_scan_period_month_glued_to_the_month_before(tmp_path):
    rows = [m for m in scan_pages_read(49206, [1, 3], tmp_path).planned_measures
            if "ก.ุย" in (m.get("period_text") or "")]
    assert len(rows) == 1
    assert (rows[0]["period_start"], rows[0]["period_end"]) == (dt.date(2022, 4, 1), dt.date(2022, 9, 30))
    assert "period_ocr_months_mended" in rows[0]["flags"]
