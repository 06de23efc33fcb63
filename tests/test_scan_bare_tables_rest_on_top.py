"""Bare measures tables drawn one per measure, scanned (shared dev seed 22711, landscape m8 at
300 dpi), on a page that opens with the rest of a row run on from the page before: p6 holds
that rest, then ``ประเด็นที่ 4 …`` over a table (two-level header, one body row), then
``ประเด็นที่ 5 …`` over another. ``borderless._repeat`` took the stretch's first wide line (the
rest's) for the header's titles, found it nowhere again and left the whole page one stretch:
the headings closed the channel between the steps and the compliance columns, and one
six-column table came out, ``…รายงานผู้ สอดคล้องกับข้อ`` in one cell and both headers as body
rows. A later wide line whose lines come again under a heading like its own now cuts the
stretch; and in a table of one body row a gap between two header titles over letter gaps of
that row is no empty column (``columns.wide_table_grid``: the findings were cut in two)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bare_rest_on_top_scans")
    scanned([22711], out)
    return out / "scan"


def test_rest_then_two_bare_tables_are_read_as_separate_seven_column_tables(scans):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    img, dpi, *_ = render_page(scans / "s022711_html_scan.pdf", 6, 300)
    pp = prepare(img, dpi / 300)
    wide = [g for g in pp.grids if len(g.ys) >= 4]  # header (two rows) and a body row
    assert len(wide) == 2, [(g.xs, g.ys) for g in pp.grids]
    for g in wide:
        # steps | compliance | period | findings | measure | indicator | responsible
        assert len(g.xs) - 1 == 7, g.xs
        assert 850 < g.xs[1] < 960, g.xs  # the steps column ends before ``สอดคล้องกับ…``
        assert g.ys[-1] - g.ys[0] < 800, g.ys  # one table, not the page
    assert wide[1].ys[0] > wide[0].ys[-1] - 5
