"""A per-measure table whose header sits at the foot of a page and whose only body row is on the
next page (shared dev seed 35008, scanned at 300 dpi, zebra tables, p2 -> p3). The row at the top
of p3 is drawn without rules or shading, so ``borderless`` reads it; it was taken for a repeated
header, its tallest cell (the steps) cut at its widest line gap (``_header_tail``) and the
header's spanning title merged its first three columns. The indicator cell
``ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๙๙.๗๕ คะแนน)`` was split over two rows, its score lost
without a flag and its indicator read from a stray digit. Now a first row whose wrapped cells
each start their lines at one place is a body row (``borderless._body_on_top``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    pdf = scanned([35008], tmp_path_factory.mktemp("body_row_on_top"))[0]
    rgb2, dpi, *_ = render_page(pdf, 2, 300)
    p2 = prepare(rgb2, dpi / 300.0)
    carry = list(p2.grids[-1].xs)  # the header left at p2's foot: its columns carried on
    rgb3, dpi, *_ = render_page(pdf, 3, 300)
    return p2, prepare(rgb3, dpi / 300.0, carry)


def test_body_row_at_the_top_of_a_page_is_no_header(pages):
    p2, p3 = pages
    assert p2.grids[-1].ys[-1] > 0.85 * 3508, p2.grids[-1].ys  # the header is at p2's foot
    top = p3.grids[0]
    assert len(top.xs) - 1 == 6, top.xs
    # no merged cell: each column of each row is its own cell
    assert top.owner == [[(r, c) for c in range(6)] for r in range(len(top.ys) - 1)], top.owner
    # the measure's row is one row: its cells' lines (the indicator cell five of them, the steps
    # eight) are not cut; the heading of the next table under it is page text, no row
    assert len(top.ys) - 1 == 1, top.ys
    assert top.ys[1] - top.ys[0] > 400, top.ys  # seven lines at 300 dpi
