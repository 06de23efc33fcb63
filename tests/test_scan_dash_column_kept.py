"""A column printing a dash alone, between two body channels, lost under a two-level header
(issue 15; dev 60204, scan39s's unseen set, 200 dpi, landscape, one measures table ruled
across, the budget column ``-`` in every row on p5, under a group title over it and the period
and responsible column).

``columns.wide_table_grid`` cut each body channel at its header's least ink: the blank of the
header left of the budget title runs from the steps column's cut on into the channel right of
the dash, so both cuts fell in one header blank, and the column between them had no title and
was dropped. p5's table came out with 4 columns, the pages after it (a budget printed) with 5:
the rows of p7-p9 were no continuation of it, and measures 4-6 were lost with no flag. The cut
now goes past that blank, to the gap between the two titles under the group title
(``columns._past_blank_from_last_cut``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

SEED = 60204


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("dash_column"))[0]


def test_budget_column_of_dashes_is_its_own_column(scan):
    pp = prepared_page(scan, 5, 300)
    wide = [g for g in pp.grids if len(g.xs) - 1 >= 4]
    assert len(wide) == 1, [(g.xs, g.ys) for g in pp.grids]
    xs = wide[0].xs
    # measure | finding | steps | budget | period and responsible
    assert len(xs) - 1 == 5, xs
    assert 2400 < xs[3] < 2530 and 2700 < xs[4] < 2850, xs
