"""Unbiased fresh27s 38103 (300 dpi, one zebra measures table over pages 6-9, long rows): on
p8 the first part of measure (4)'s row stands bare at the page's foot, under the zebra table's
last shaded row. Scan28 (for 37012) kept ``borderless._body_on_top`` to rows above every table
found on the page, so this part got a header's handling, was not read as a table and the measure
was lost (flagged, partial). A row under a table found above it is a body row on top of its
region unless that table is a header band found alone (one row, right above it: 37012's case)."""
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
    H = 3508
    zebra = [g for g in page8.grids if g.ys[-1] - g.ys[0] > 0.5 * H]
    assert zebra, [g.bbox for g in page8.grids]
    foot = [g for g in page8.grids if g.ys[0] >= zebra[0].ys[-1] - 20]
    assert len(foot) == 1, [g.bbox for g in page8.grids]
    assert len(foot[0].xs) - 1 == 4, foot[0].xs  # measure, finding, steps, units (the remark cell empty)
    assert len(foot[0].ys) - 1 == 1, foot[0].ys  # one row: the row's first lines
