"""Scans, periods: a quarter's number wrapped onto a line of its own, read by Tesseract with a speck's box
(issue 15 item 3; dev seed 62312, html, scanned at 300 dpi, zebra-shaded measures table, quarters).

- Seed 62312 p6: the period cells ``ไตรมาสที่`` / ``๓`` and ``ไตรมาสที่`` / ``๑`` (the number wrapped in a narrow
  column). Tesseract read the lone ``๓`` as ``6`` (``๑`` as ``9``) with a 4 px box; the ghost filter, which drops
  Latin words far shorter than the text (marks read twice), dropped it, and the cell came out ``ไตรมาสที``:
  both periods null (``cell_empty:period``).

A line whose only words are such ghosts is read by the numeral recognizer like a line Tesseract read
nothing from (``extractors.ocr.lone_numbers``): kept only when all of it reads as confident digits."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_seeds import scan_part_measures, scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("quarter_ghost")
    scanned([62312], out)
    return out / "scan"


def test_quarter_digit_ghost_box_62312_read(scans):
    ms = scan_part_measures(scans / "s062312_html_scan.pdf", [6, 7])
    got = sorted((m["period_start"], m["period_end"]) for m in ms if m["period_start"] is not None)
    assert (dt.date(2021, 4, 1), dt.date(2021, 6, 30)) in got
    assert (dt.date(2020, 10, 1), dt.date(2020, 12, 31)) in got
