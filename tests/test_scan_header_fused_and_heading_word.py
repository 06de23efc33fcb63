"""Scans: a repeated header read into the row under it, and indicator headings whose
``ตัวชี้วัด`` OCR read ``ตัวขี้วัด`` (issue 15; dev seeds 17501 and 17508, html, scanned at 200 dpi).

17501 p2: the zebra question table's repeated header came out as one row with i12
(``ประเด็นข้อคำถาม⏎[i12 เจ้าหน้าที่…`` | ``คะแนนที่ได้⏎43.80``) and i12 was lost as header text;
the same on p4 lost indicator 10 of the analysis table. The row is now parted into the header
and the row under it (``header_row_split``).
17508 p2: ``ตัวขี้วัดที่«๕ การใช้ทรัพย์สินของราชการ (๙๘.๓๙ คะแนน)`` was no heading: indicator 4's
score (source ``text``) was lost. Checked on the corpus' own renders of the seeds, scanned."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.records.prose import read_prose
from normalizers.records.table_headings import table_headings
from normalizers.tables.grid import build_table
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("header_fused_scan")
    scanned([17501, 17508], out)
    return out / "scan"


def test_a_header_read_with_the_row_under_it_is_parted(scans):
    _, raws = ocr_page(scans / "s017501_html_scan.pdf", 2)
    t = build_table(next(r for r in raws if "ประเด็นข้อคำถาม" in (r.rows[0][0] or "")))
    assert t.header == [["ประเด็นข้อคำถาม", "คะแนนที่ได้"]]
    assert t.rows[0].cells[0].lstrip("[").startswith("i12 ") and t.rows[0].cells[1] == "43.80"
    assert "header_row_split" in t.rows[0].flags and t.rows[1].cells[1] == "60.80"


def test_an_indicator_heading_whose_word_ocr_misread_gives_its_score(scans):
    text, raws = ocr_page(scans / "s017508_html_scan.pdf", 2)
    prose = read_prose(table_headings([(2, text.text)], [build_table(r) for r in raws]), 2565)
    assert (4, 98.39) in [(no, v) for no, v, _, _ in prose.indicators]
