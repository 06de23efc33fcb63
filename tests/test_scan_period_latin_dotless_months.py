"""Scans, periods: a month abbreviation printed without dots that Tesseract's ``tha+eng`` read as
Latin letters in shapes ``monthwords`` did not read again (issue 15 item 3; dev seeds, html, scanned).

- Seed 59214 p7 (200 dpi): ``1 กค 31 สค 2569`` came out ``1 na 31 ส ค 2569``: lower-case, so not
  taken as a month read in Latin; the start was null (``period_start_unreadable:1 na``).
- Seed 59104 p11 (300 dpi): ``มิย ๖๙ - กค ๖๙`` came out ``Hel ๒ ๓ - NA ๒ ๕``: three letters, the
  start null.
- Seed 59104 p7 (300 dpi): ``ตค ๖๘ - กค ๖๙`` came out ``AA o@ - NA oe``: the years read as the
  Latin stand-ins Tesseract gives for Thai digits, so ``NA`` had no number beside it and was not
  read again; the end was null (``period_end_unreadable:o@- NA 69``).
- Seed 59110 p3 (300 dpi): ``เม.ย. - ก.ค.๒๕๖๙`` came out ``เม . ย . - A.A. lag ow``: the same, dotted; ``A.A.``
  not read again was taken as ต.ค. (``A`` stands for ก as well), the end 2026-10-31 for 2026-07-31.

Two or three Latin letters of any case beside a number (or a number's stand-ins) are read again
in Thai and taken only when that reading is exactly one month's letters; the month read again is
doubted (``low_confidence_ocr``)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_seeds import scan_part_measures, scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("latin_dotless")
    scanned([59214, 59104, 59110], out)
    return out / "scan"


def test_lower_case_latin_month_read_again(scans):
    (m,) = scan_part_measures(scans / "s059214_html_scan.pdf", [7])
    assert (m["period_start"], m["period_end"]) == (dt.date(2026, 7, 1), dt.date(2026, 8, 31))
    assert "low_confidence_ocr" in m["flags"]


def test_three_letter_latin_month_read_again(scans):
    (m,) = scan_part_measures(scans / "s059104_html_scan.pdf", [11])
    assert (m["period_start"], m["period_end"]) == (dt.date(2026, 6, 1), dt.date(2026, 7, 31))
    assert "low_confidence_ocr" in m["flags"]


def test_latin_month_beside_digit_stand_ins_read_again(scans):
    (m,) = scan_part_measures(scans / "s059104_html_scan.pdf", [7])
    assert (m["period_start"], m["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 7, 31))
    assert "low_confidence_ocr" in m["flags"]


def test_dotted_latin_month_beside_digit_stand_ins_read_again(scans):
    ms = scan_part_measures(scans / "s059110_html_scan.pdf", [3, 4])
    (m,) = [m for m in ms if m["period_start"] == dt.date(2026, 4, 1)]
    assert m["period_end"] == dt.date(2026, 7, 31)
    assert "low_confidence_ocr" in m["flags"]
