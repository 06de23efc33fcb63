"""Measures tables ruled across only (``m.rules = horizontal``), scanned: two bugs of shared dev
seed 22714 (issue 15).

- A group title centred over two columns (``การดำเนินงาน`` over ``มาตรการ/โครงการ/กิจกรรม`` and
  ``ผลการวิเคราะห์``) crossed the narrow white channel between them, and the title over the
  findings sat right of the group title's end: the channel was taken for a letter gap, the
  measures and findings read as one cell, their lines interleaved (measure text CER 31 %).
- Under the header repeated at a page's top, the rest of a row the page break cut (text in
  the steps column only) was taken for a heading between two tables: the table was split
  there, and the row below read twice (an extra measure).

Checked on the corpus' own render of the seed, scanned (200 dpi).
"""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.text import squash
from corpus_seeds import scanned

MEASURES = ["มาตรการเผยแพร่ข่าวสาร", "มาตรการอบรมเสริมสร้าง", "มาตรการทบทวนหลักเกณฑ์", "กิจกรรมส่งเสริมการมี",
            "แนวทางประกาศเจตนารมณ์"]
FINDINGS = ["เป้าหมาย", "ช่องทางการ", "การรายงานผล", "มอบหมายงาน", "ร้องเรียน"]  # words OCR keeps


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("group_title")
    scan = scanned([22714], out)[0]
    return {p: ocr_page(scan, p)[1] for p in (2, 3)}


def _cells(tables) -> list[list[str]]:
    return [[squash(c or "") for c in r] for t in tables for r in t.rows]


def test_group_title_over_measures_and_findings_keeps_their_border(pages):
    rows = _cells(pages[2])
    for m, f in zip(MEASURES, FINDINGS):
        (row,) = [r for r in rows if any(m in c for c in r)]
        (cell,) = [c for c in row if m in c]
        assert f not in cell, row  # the finding is not read into the measure's cell
        assert any(f in c for c in row if c != cell), row  # it is a cell of the same row


def test_rest_of_a_cut_row_under_repeated_header_stays_in_the_table(pages):
    tables = pages[3]
    holding = [t for t in tables if any("รวบรวมข้อมูล" in c or "จัดทำแผนและกำหนด" in c for r in _cells([t]) for c in r)]
    assert len(holding) == 1, [_cells([t]) for t in tables]
    # the rest and measure 6 under it in one table; measure 6 read once
    assert any("มาตรการจัดทำรายงาน" in c for r in _cells(holding) for c in r)
    reads = sum("มาตรการจัดทำรายงาน" in c for r in _cells(tables) for c in r)
    assert reads == 1, _cells(tables)
