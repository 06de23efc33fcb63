"""Unbiased fresh27s 38115 (scored before any change; 300 dpi, questions printed per indicator
in zebra tables: a header shaded darker than the rows, three titles ``รหัส | ประเด็นการประเมิน |
ผลคะแนน``, the indicator's heading between two tables). Every band of a page made one stack
(``band_stacks._stacks``: the next table's header within reach of the last row's band), its columns
crossed by the headings, so no zebra grid; each header was read as a grid of its own (its
outline found as frames) over a body cut into its titles, and questions i4-i13 were lost
(flagged, partial). A band as dark as the stack's darker header, its titles at the same places,
is the header printed again: a new table; a band only joins the stack of the band right above
it; a header darker than the rows has no row above it."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def page1(tmp_path_factory):
    return prepared_page(scanned([38115], tmp_path_factory.mktemp("zebra_headers"))[0], 1, 300)


def test_each_indicators_table_is_one_zebra_grid(page1):
    # three question tables on p1, each a header band, a white row, a shaded row and a white row
    tables = [g for g in page1.grids if g.ys[0] > 1000]
    assert len(tables) == 3, [g.bbox for g in tables]
    for g in tables:
        assert len(g.xs) - 1 == 3, g.xs  # code, question, score
        # the header and three questions (a three-line question may be cut at its line gap by
        # ``_split_gaps``: its last line is a row of its own, joined back as the row's continuation)
        assert 4 <= len(g.ys) - 1 <= 5, g.ys
        # the header's row is the band's own (its top on the band, not on the heading above)
        assert g.ys[1] - g.ys[0] < 120, g.ys
