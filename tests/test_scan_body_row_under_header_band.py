"""A body row under a table's shaded header band on a page that goes on with a table from the
page before is no "body row on top of the page" (shared dev seed 37012, scanned at 200 dpi,
zebra per-measure tables, the header repeated, long rows). p7 opens with the repeated header
and the last row's rest, then the heading and header band of the next table, then that table's
body row. The header band is found as a grid of its own, so the body row was the first bare
region on the page and ``borderless._body_on_top`` (meant for a row alone on top of a page:
35008) took it: its columns were cut by the white channels through its own lines, six for the
header's five (the period/responsible cell split in two). The measure on p7 was lost and the
rest of its steps on p8 read as a measure of its own (flagged). Now ``_body_on_top`` applies
only to a region above every table already found on the page."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    pdf = scanned([37012], tmp_path_factory.mktemp("body_row_under_band"))[0]
    rgb6, dpi, *_ = render_page(pdf, 6, 300)
    p6 = prepare(rgb6, dpi / 300.0)
    carry = list(p6.grids[-1].xs)  # p6's last table runs off its foot: its columns carried on
    rgb7, dpi, *_ = render_page(pdf, 7, 300)
    return p6, prepare(rgb7, dpi / 300.0, carry)


def test_body_row_under_a_header_band_keeps_the_header_columns(pages):
    p6, p7 = pages
    assert len(p6.grids[-1].xs) - 1 == 5, p6.grids[-1].xs  # the five columns of the tables
    body = p7.grids[-1]
    # the second table's body, under its header band (since 0.30.0 the band and the row under it
    # are one grid: a lone header band printed again starts a table of its own, and the body row
    # is read under that header; 37012's measure text CER 8.3 -> 1.3 %)
    assert body.ys[-2] > 0.3 * 3508, body.ys
    assert any(g.ys[-1] <= body.ys[0] + 10 for g in p7.grids[:-1])  # a table found above it
    # the header's five columns: the period/responsible cell (``กพ ๖๗ ถึง มีค ๖๗ / กองช่าง``) is
    # one column, not cut at the white between its short lines and the remark
    assert len(body.xs) - 1 == 5, body.xs
    period = [x for x in body.xs if p6.grids[-1].xs[3] + 20 < x < p6.grids[-1].xs[4] - 20]
    assert not period, body.xs
