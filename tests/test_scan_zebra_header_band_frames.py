"""A zebra measures table whose shaded header band's outline is found as ruled frames (shared
dev seed 36111, scanned at 300 dpi, landscape measures page, two-level header band over
alternately shaded rows). ``grid.find_grids`` read the band's edges as two one-cell ruled
grids side by side; ``bands.shaded_grids`` then dropped the whole zebra table because a ruled
grid overlapped it (only a lone band's own frames were let through), and the rows were read as
a bare table under the header's lower titles: two one-column grids and a garbled first row, no
measure read (6 lost, flagged). Frames inside a wide table's header band are the band's own
edges: the zebra table is kept and replaces them (``page.prepare``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def p4(tmp_path_factory):
    return prepared_page(scanned([36111], tmp_path_factory.mktemp("zebra_band_frames"))[0], 4, 300)


def test_zebra_table_under_a_framed_header_band_is_one_grid(p4):
    wide = [g for g in p4.grids if g.xs[-1] - g.xs[0] > 0.8 * 3508 * 0.9]
    assert len(wide) == 1, [(g.xs, g.ys) for g in p4.grids]
    g = wide[0]
    # no one-column grid left from the band's frames
    assert all(len(h.xs) - 1 >= 2 for h in p4.grids), [(h.xs, h.ys) for h in p4.grids]
    # the header band (about y 372-596) and the six body rows under it, in one grid
    assert any(abs(y - 372) < 30 for y in g.ys) and any(abs(y - 596) < 30 for y in g.ys), g.ys
    body = [y for y in g.ys if y > 596 + 30]
    assert len(body) >= 6, g.ys
    assert len(g.xs) - 1 >= 5, g.xs  # responsible, follow-up, steps, measure, remark
