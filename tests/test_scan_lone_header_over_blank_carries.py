"""A measures table's header alone on a page over blank paper, its one row too tall for the page
and printed on the next (issue 15; dev scan 52203, html, 200 dpi, p9-p10: one table a page,
horizontal rules, two-level header, six columns).

The columns of a scanned page's last table went on to the next page (``ocr_carry_of``) only
when the table reached the page foot. The header on p9 ends in the page's upper fifth, so
nothing carried: the row on p10, between two rules, was read in columns of its own (its
first column empty: four for six), and measure 4 was lost with its indicator score. Now the
last table also carries when nothing but a page number is printed under it."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("lone_header_blank")
    scanned([52203], out)
    return out / "scan"


def test_header_over_blank_paper_carries_its_columns(scans):
    pdf = scans / "s052203_html_scan.pdf"
    text9, tables9 = ocr_page(pdf, 9, dpi=300)
    assert tables9 and tables9[-1].bbox[3] < 0.5 * text9.height, [t.bbox for t in tables9]
    carry = ocr_carry_of(tables9, text9.height, text9.full_text)
    assert carry is not None and len(carry) == 7, [t.col_x for t in tables9]
    # text printed under the table (a heading, a paragraph): no row of it goes on overleaf
    assert ocr_carry_of(tables9, text9.height, text9.full_text + "\nประเด็นที่ 5 การปรับปรุงการทำงาน") is None
    assert ocr_carry_of(tables9, text9.height, text9.full_text + "\n- ๙ -") is not None  # a page number
    # only a measures table's header alone carries so: a question table (four columns, unseen 56102's
    # ``ข้อ | คำถาม | คะแนน`` tables with blank paper under the page's last) or a table with a body ends there
    from dataclasses import replace
    head = tables9[-1]
    assert ocr_carry_of([replace(head, col_x=head.col_x[:5])], text9.height, text9.full_text) is None
    assert ocr_carry_of([replace(head, rows=[head.rows[0]] * 3 + head.rows)], text9.height,
                        text9.full_text) is None
