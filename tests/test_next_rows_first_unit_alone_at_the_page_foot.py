"""A table read from spacing (coordinator's seed 47402 html, every column title from the
corpus's ``unknown`` bank) whose page break left only the next row's first unit at the foot."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, read_rendered

pytest.importorskip("weasyprint")


def test_next_rows_first_unit_alone_at_the_page_foot(tmp_path: Path):
    """47402 html p5: measure 1's row ends with its steps at y 751; 19 pt lower (a row's padding
    wider than the line gap), alone in the units column, stands ``สำนักปลัด``, the first unit of
    measure 2, whose other cells begin on page 6. The line had no text in the anchor column, so
    it was read as measure 1's fourth unit: measure 1 got a unit it does not have and measure 2
    lost one, in an ``ok`` document with no flag. The units column's own text above it ended
    some 45 lines higher (a cell's lines follow each other): it starts the next row, which the
    normalizer stitches to the rest on the next page."""
    fuzz([47402], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s047402_html.pdf"))
    units = [m["responsible"] for m in records["planned_measures"]]
    assert units[:2] == [m["responsible"] for m in expected["planned_measures"][:2]]
    assert units[:2] == [["กองช่าง", "กองคลัง", "งานนิติการ"], ["สำนักปลัด", "กองคลัง"]]
    assert_same_measures(SimpleNamespace(**records), expected)
