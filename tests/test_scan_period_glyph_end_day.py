"""Scans, periods: the end day of a range OCR'd as a stand-in word right before its month
(issue 15 item 3; dev seed 61200, html, scanned at 300 dpi).

- Seed 61200 p5: ``21 มกราคม 2569 - 17 กรกฎาคม 2569`` (Thai digits) came out
  ``๒๑ มกราคม ๒๕๖๙ - oa) กรกฎาคม ๒๕๖๙``: the ``๑๗`` read as ``oa)``, so the end date was read
  without a day and given as 31 July, with no flag at all (a wrong date unflagged).

The start prints a day; a stand-in word of one to four characters with no Thai letter between the
dash and the day-less end month is that month's day, unread: the end is null, flagged
``period_end_unreadable:day`` (the start stays)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_seeds import scan_part_measures, scanned
from normalizers.fields.periods import parse_period


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("glyph_end_day")
    scanned([61200], out)
    return out / "scan"


def test_glyph_end_day_61200_not_month_end(scans):
    ms = scan_part_measures(scans / "s061200_html_scan.pdf", [5])
    (m,) = [m for m in ms if m["period_start"] == dt.date(2026, 1, 21)]
    assert m["period_end"] in (None, dt.date(2026, 7, 17))
    if m["period_end"] is None:
        assert "period_end_unreadable:day" in m["flags"]


def test_glyph_end_day_specks_and_no_day_kept():
    # specks alone before the month are no day; a range printing no end day keeps the month's last
    for text in ("๒๑ มกราคม ๒๕๖๙ - กรกฎาคม ๒๕๖๙", "๒๑ มกราคม ๒๕๖๙ - . กรกฎาคม ๒๕๖๙"):
        p = parse_period(text, 2569, ocr=True)
        assert (p.start, p.end) == (dt.date(2026, 1, 21), dt.date(2026, 7, 31)), text
    p = parse_period("12 กพ 65 -d เมย 65", 2565, ocr=True)  # 59103 p6: the end day glued to the dash
    assert (p.start, p.end) == (dt.date(2022, 2, 12), None)
    assert "period_end_unreadable:day" in p.flags
