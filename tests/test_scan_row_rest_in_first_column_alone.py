"""Unbiased fresh28s 39107 (300 dpi scan, landscape measures table with rules across only, the
steps column printed first): the steps of measures 2, 3 and 4 go on at the top of pages 8, 10
and 12, in the first column alone (the other cells of those rows end on the page before).
``extractors.ocr.carried`` took a rest in the first column alone for a short heading and gave
nothing: the pages were read as page text, the rows' last steps lost (measure text CER 28 %;
two rows without a flag). A first-column rest of three lines or more is a row's rest (a
heading is a line or two): the pages' lines are one carried row, joined to the row above."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned
from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page

pytest.importorskip("weasyprint")


def test_first_column_rest_carried_onto_next_page(tmp_path):
    pdf = scanned([39107], tmp_path)[0]
    text7, tables7 = ocr_page(pdf, 7)
    carry = ocr_carry_of(tables7, text7.height)
    assert carry is not None
    text8, tables8 = ocr_page(pdf, 8, carry=carry)
    rest = [t for t in tables8 if "ocr_row_carried" in t.flags]
    assert rest, text8.text
    first = " ".join((r[0] or "") for r in rest[0].rows)
    assert "เว็บไซต์" in first and "ของหน่วยงาน" in first
    assert all(not (c or "").strip() for r in rest[0].rows for c in r[1:])
    assert "เว็บไซต์" not in text8.text
