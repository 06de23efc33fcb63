"""Unbiased fresh27s 38103 (300 dpi, one zebra measures table over pages 6-9, long rows): on
p8 the first part of measure (4)'s row stands bare at the page's foot, under the zebra table's
last shaded row. Scan28 (for 37012) kept ``borderless._body_on_top`` to rows above every table
found on the page, so this part got a header's handling, was not read as a table and the measure
was lost (flagged, partial). A row under a table found above it is a body row on top of its
region unless that table is a header band found alone (one row, right above it: 37012's case).
Since h/scan33z the part is the zebra table's last row (the long white row above it no longer ends
the stack of bands)."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def page8(tmp_path_factory):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    pdf = scanned([38103], tmp_path_factory.mktemp("row_part_under_zebra"))[0]
    rgb7, dpi, *_ = render_page(pdf, 7, 300)
    p7 = prepare(rgb7, dpi / 300.0)
    rgb8, dpi, *_ = render_page(pdf, 8, 300)
    return prepare(rgb8, dpi / 300.0, list(p7.grids[-1].xs))


def test_row_part_at_the_foot_under_a_zebra_table_is_a_table(page8):
    """Since h/scan33z the white row above (measure 3's rest, over three bands tall) keeps the zebra
    stack going (``band_stacks._cell_text_between``): the foot part, a shaded band (y 2948-3296), is
    then the zebra grid's last row, in its five columns, rather than a bare table of four under it."""
    H = 3508
    zebra = [g for g in page8.grids if g.ys[-1] - g.ys[0] > 0.5 * H]
    assert zebra, [g.bbox for g in page8.grids]
    g = zebra[0]
    assert g.ys[-1] >= 3280, g.ys
    assert any(abs(y - 2948) <= 20 for y in g.ys[:-1]), g.ys  # the foot part a row of its own
    assert len(g.xs) - 1 >= 4, g.xs  # measure, finding, steps, units (and the remark)
