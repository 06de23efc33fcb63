"""Scanned measures tables drawn one per measure in zebra shading (a dark header band over white or
light rows, a heading ``ประเด็นที่ N …`` over each table), each measure's long steps cell running
onto the next page: the page opens with that row's rest (a light band), the heading right under it,
then the next measure's header band (u44b 44213, 44215 at 300 dpi; 44211 at 200 dpi, landscape;
dev since session 32).

The rest band, the header band and the body were one stack of bands, so one grid; the heading
between the rest and the header crossed the channels of the measure, analysis and steps columns,
which were read as one cell (``cell_content_mismatch``, ``column_not_read:analysis``): measure text
CER 0.29 (44213), 0.60 (44215, found 60 %), 0.47 (44211). A band holding a wide table's titles and
shaded darker than the band above it (``band_stacks._dark_header_under``) starts a table of its own; the
rest is then read under the page before's columns (``carried``), and the ink under a stack's last
band is sought no further than the next stack's first band.
"""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    return dict(zip((44213, 44215, 44211), scanned([44213, 44215, 44211], tmp_path_factory.mktemp("zebra_rest"))))


@pytest.mark.parametrize("seed,page,head_top", [(44215, 3, 1442), (44215, 4, 1118), (44213, 7, 1182), (44211, 8, 1330)])
def test_dark_header_band_under_a_rest_starts_its_own_table(pdfs, seed, page, head_top):
    """The next measure's table starts at its header band (not at the page's top, over the rest and
    the heading), with all its columns: measure, analysis, steps, responsible or period (and a
    remark or more), not the measure, analysis and steps read as one."""
    pp = prepared_page(pdfs[seed], page, 300)
    tops = [g.ys[0] for g in pp.grids]
    at = [g for g in pp.grids if abs(g.ys[0] - head_top) <= 30]
    assert at, [(g.xs, g.ys) for g in pp.grids]
    g = at[0]
    assert len(g.xs) - 1 >= 4, g.xs
    # no grid reaching from above the heading down over the header band
    assert not any(t < head_top - 30 and g2.ys[-1] > head_top + 30 for t, g2 in zip(tops, pp.grids)), \
        [(g2.xs, g2.ys) for g2 in pp.grids]


def test_body_under_last_band_stops_at_next_tables_header(pdfs):
    """44213 p9: measure (5)'s table (header band at y 470, its row's band down to y 1860) and the
    next measure's under ``ประเด็นที่ …`` (header band at y 1982). Once the two tables are two stacks,
    the ink under the first one's last band ran on through the heading into the next table (its grid
    down to y 3236, over the next table's rows); it stops before the next stack's first band."""
    pp = prepared_page(pdfs[44213], 9, 300)
    first = [g for g in pp.grids if abs(g.ys[0] - 470) <= 30]
    assert first, [(g.xs, g.ys) for g in pp.grids]
    assert first[0].ys[-1] < 1982, first[0].ys
    assert any(abs(g.ys[0] - 1982) <= 30 for g in pp.grids), [(g.xs, g.ys) for g in pp.grids]
