"""Unbiased fresh31s 43106 (300 dpi scan, landscape, zebra measures table with a shaded header band,
long steps cells, a narrow ``กรอบเวลา`` column beside the steps). The all-rows white channels
gave six columns, one of them a channel that only parts the narrow ``ที่`` column's title from its
numbers; the columns from the body's channels under the header's titles (``columns.wide_table_grid``)
gave six too, with the steps | period boundary, and were dropped for not giving more. The title
channel then went (``bands._title_over_cells``) and the period was read into the steps: every
period of the document null (``column_not_read:period``). The header-led columns are now measured
against the all-rows columns without such title channels."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

pytest.importorskip("weasyprint")


def test_zebra_title_channel_hides_no_column(tmp_path):
    pdf = scanned([43106], tmp_path)[0]
    prep = prepared_page(pdf, 7, 300)
    grid = max(prep.grids, key=lambda g: (len(g.xs), g.ys[-1] - g.ys[0]))
    assert len(grid.xs) - 1 == 6, grid.xs
    # the steps | period boundary lies in the body's channel between the steps' text and
    # ``ไตรมาสที่ …`` (x ≈ 1596–1623 at 300 dpi), not at the period column's far side
    ink = prep.ink[grid.ys[2]:grid.ys[-1], :] < 150
    cuts = [x for x in grid.xs[1:-1] if not ink[:, x - 3:x + 3].any()]
    assert len(cuts) == len(grid.xs) - 2, (grid.xs, cuts)
