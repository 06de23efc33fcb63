"""Scanned table structures still misread at 0.37.0 (h/tables38). Full suite only (OCR).

Each test is named after what went wrong and fails on 0.37.0.
"""
from __future__ import annotations

from pathlib import Path

from corpus.fuzz import fuzz
from corpus_seeds import read_rendered


def test_scanned_unit_cut_onto_the_next_rows_top_is_flagged(tmp_path: Path):
    """dev seed 56512 scanned at 300 dpi (one column for the period and its units, the units
    under the period): on p4 the OCR grid cut measure 1's row a line short, its unit
    ``กองคลัง`` read as the first line of measure 2's cell, above its period. Measure 2's units
    were ``กองคลัง | ทุกส่วนราชการ`` with no flag about units (silent). The unit above the
    period is the row above's: left out of measure 2's units, flagged."""
    fuzz([56512], tmp_path, "html", scan=True, log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "scan" / "s056512_html_scan.pdf"))
    got = {m["seq"]: m for m in records["planned_measures"]}
    want = {m["seq"]: m for m in expected["planned_measures"]}
    assert got[2]["responsible"] == want[2]["responsible"]
    assert any(f.startswith("responsible_above_period:") for f in got[2]["flags"])


def test_scanned_code_read_as_thai_letters_over_the_next_code_is_flagged(tmp_path: Path):
    """dev seed 56207 scanned at 200 dpi: on p8 measure 4's codes cell ``e๘`` / ``e9`` was read
    ``อธิ`` / ``e9``; e8 was lost with no flag about codes. The garble over the code is flagged."""
    fuzz([56207], tmp_path, "html", scan=True, log=lambda *_: None)
    records, _ = read_rendered(str(tmp_path / "scan" / "s056207_html_scan.pdf"))
    got = {m["seq"]: m for m in records["planned_measures"]}
    assert any(f.startswith("code_unreadable:") for f in got[4]["flags"])
