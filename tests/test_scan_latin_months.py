"""Scans, periods: Thai month abbreviations that Tesseract's ``tha+eng`` read as Latin letters
in shapes ``monthwords`` did not read again (issue 15 item 3; dev seeds, html, scanned).

- Seed 15004 (300 dpi, months printed without dots): ``๑ ตค ๓๑ ธค ๒๕๖๕`` came out
  ``1 AA ๓1 BA 2๕6๕`` (no dot, so not a Latin abbreviation): the period was null
  (``period_unparsed``). Two capitals are read again in Thai and taken when that reading is
  exactly a month's two letters.
- Seed 15017 (300 dpi): ``พ.ย.๖๘`` came out ``W.8.68`` (a digit for ย, the year glued): now
  the letters are read again and the year is a word of its own.
The month read again is doubted (the cell's confidence capped, ``low_confidence_ocr``).
Checked on the corpus' own renders, scanned; the normalized rows are the corpus' answers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_seeds import scan_part_measures, scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("latin_months")
    scanned([15004, 15017], out)
    return out / "scan"


def test_dotless_month_abbreviations_read_as_capitals(scans):
    (m,) = scan_part_measures(scans / "s015004_html_scan.pdf", [8])  # measure 4, alone on its page
    assert (m["period_start"], m["period_end"]) == (dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    assert "low_confidence_ocr" in m["flags"]


def test_month_with_a_digit_and_a_glued_year(scans):
    ms = scan_part_measures(scans / "s015017_html_scan.pdf", [5, 6])
    (m,) = [m for m in ms if m["page_first"] == 2 and m["page_last"] == 3]  # measure 4, over the page break
    assert (m["period_start"], m["period_end"]) == (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
