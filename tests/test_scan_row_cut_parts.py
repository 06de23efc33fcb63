"""Scans: the part of a ruled measures row that a page break cut off (issue 15; dev seed 15005,
html, scanned at 200 dpi, measures one per table, grid rules, rows long enough to break).

The part of a row continued on the next page has column rules and the rule under it, but no
rule over it (the browser draws no top border on a row's continuation); the middle part of a
row running over three pages has column rules only. ``grid.find_grids`` needed two horizontal
rules, so neither part was a table: their steps went to page text and were lost (seed 15005:
4 of 6 measures cut, measure text CER 41 %; seed 15008, 300 dpi, 3 of 5 measures lost, 4
wrong values without a flag). Now such parts are tables of one row (``_cut_part``,
``_rules_only_parts``) and the normalizer joins them to the row above (CER 1.3 %, 0.1 %).
Checked on the corpus' own render of the seed, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("row_cut_scan")
    scanned([15005], out)
    return out / "scan" / "s015005_html_scan.pdf"


def _steps_of_first_table(tables) -> tuple[int, int, str]:
    t = min(tables, key=lambda t: t.bbox[1])
    return t.n_cols, len(t.rows), squash("".join(r[-1] or "" for r in t.rows))


def test_row_part_under_a_page_break_without_a_rule_over_it_is_a_table(scan):
    _, tables = ocr_page(scan, 4)
    n_cols, n_rows, steps = _steps_of_first_table(tables)
    # the rest of measure 2's steps, above the heading of measure 3: one row of 8 columns
    assert (n_cols, n_rows) == (8, 1)
    assert "จัดทำแผนและกำหนดกรอบ" in steps and "รวบรวมข้อมูลและตรวจสอบ" in steps


def test_middle_part_of_a_row_over_three_pages_is_a_table(scan):
    _, tables = ocr_page(scan, 9)  # measure 6's steps: no horizontal rule on the page at all
    n_cols, n_rows, steps = _steps_of_first_table(tables)
    assert (n_cols, n_rows) == (8, 1)
    assert "บนเว็บไซต์ของหน่วยงาน" in steps and "สรุปผลการดำเนินงาน" in steps and "จัดทำประกาศและแนวปฏิบัติ" in steps
