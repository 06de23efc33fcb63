"""Scans: an indicator heading's number read as a column of its own between the question codes
and their texts (issue 15; dev seed 16501, html, scanned at 200 dpi).

16501 p1: ``ตัวชี้วัดที่ | 1 | การปฏิบัติหน้าที่ | ๗9.3๐`` gave the table a column that only the
heading rows fill; the code column (``i๑``…) then had an empty neighbour, the table was no
questions table, and i1-i8 and indicators 1-2 (analysis_table) were lost. The heading column is
now joined to the code column (``heading_column_joined:c1``). Checked on the corpus' own render
of the seed, scanned, page 1."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.tables.codecol import join_code_columns
from normalizers.tables.grid import build_table
from normalizers.tables.roles import classify
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    out = tmp_path_factory.mktemp("heading_number_scan")
    scanned([16501], out)
    _, raws = ocr_page(out / "scan" / "s016501_html_scan.pdf", 1)
    raw = next(r for r in raws if any((c or "").startswith("i") for row in r.rows for c in row[:1]))
    return join_code_columns(build_table(raw))


def test_a_column_only_headings_fill_joins_the_code_column(table):
    assert "heading_column_joined:c1" in table.flags and table.n_cols == 2
    assert classify(table).kind == "questions"
    cells = [r.cells for r in table.rows]
    assert cells[0][0].startswith("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที")
    assert cells[1][0].startswith("i๑ เจ้าหน้าที่ในหน่วยงาน") and cells[1][1] == "๘1.๖๑"
