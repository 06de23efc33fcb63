"""Scans: the report's title read as a table's first row, cut across its columns (issue 15; dev
seed 28015, html, scanned at 300 dpi).

28015 p2: the grid of the one measures table (zebra, no rules) took the title above it in
(``มาตรการส่งเสริมคุณธ | รรมและความโปร่งใสภายใ… | นหน่วยงานประจำ… | ปีงบประมาณพ ศ 2567``): a row of
several filled cells was no title row, so it was taken for the first row, the real header for a
body row, the table was of no kind (``unmapped_table``) and its 4 measures were lost. The row is
now the table's title and the header under it the header. Checked on the corpus' own render of
the seed, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.grid import build_table
from normalizers.tables.header_rows import split_title
from normalizers.tables.roles import classify
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("title_cut_scan")
    scanned([28015], out)
    return out / "scan" / "s028015_html_scan.pdf"


def test_a_title_cut_across_the_columns_is_the_tables_title(scan):
    _, raws = ocr_page(scan, 2)
    t = build_table(max(raws, key=lambda r: len(r.rows)))
    assert any("ความโปร่งใส" in x.replace(" ", "") for x in t.titles)
    assert t.header and "ตัวชี้วัด" in t.header[0][0]
    lay = classify(t)
    assert lay.kind == "measures" and "measure" in lay.roles and "steps" in lay.roles
    assert len([r for r in t.rows if any(c.strip() for c in r.cells)]) >= 4


def test_a_measure_row_with_the_same_words_is_no_title():
    # a measure naming transparency and a fiscal-year period, its steps listed: a body row
    row = ["มาตรการเสริมสร้างความโปร่งใสในการจัดซื้อจัดจ้าง", "1. จัดทำแผน 2. เผยแพร่ข้อมูล",
           "ตลอดปีงบประมาณ 2567", "กองคลัง"]
    assert not split_title(row)
    assert split_title(["", "มาตรการส่งเสริมคุณธ", "รรมและความโปร่งใสภายในหน่วยงาน", "ปีงบประมาณ พ.ศ. 2567"])
