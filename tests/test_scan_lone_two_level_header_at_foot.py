"""A two-level header alone at a page's foot between two rules, its row on the next page with no
header (issue 15; dev scan 49210, html, 300 dpi, p3-p4: tables ruled with horizontal lines only,
one per measure, ``การดำเนินงาน`` spanning the last two columns over a partial rule).

``rules.rule_grids`` read the lone header as one row, its columns from channels through the
whole row: the spanning title closed the channel between ``ประเด็นที่ต้องพัฒนา`` and
``ผู้รับผิดชอบ`` (three columns for four), and the edges it found were the channels' middles,
4.7 mm off the body's. The next page's headerless top row is read in those columns
(``carried.carried_grid``): it did not fit them, was read as page text, and measure 3 was lost.
Now the header is cut at its partial rule (``lone_header.split_lone_header``): four columns,
edges where the centred titles put them, near the body's (p2's tables: 260, 755, 1479, 1938,
2269 px). Grids are checked without Tesseract."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

BODY_EDGES = [260, 755, 1479, 1938, 2269]  # px at 300 dpi, the measures tables on p2 and p4
DRIFT_PX = 23  # carried.DRIFT_MM (2 mm) at 300 dpi


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([49210], tmp_path_factory.mktemp("lone_header"))[0]


def test_lone_header_cut_at_its_partial_rule(scan):
    pp = prepared_page(scan, 3, 300)
    (g,) = [g for g in pp.grids if g.ys[0] > 2900 * pp.scale]  # the header at the foot
    assert len(g.xs) == len(BODY_EDGES), g.xs
    assert len(g.ys) == 3, g.ys  # spanning title's row, the titles under it
    for x, want in zip(g.xs, BODY_EDGES):
        assert abs(x - want * pp.scale) <= DRIFT_PX * pp.scale, (g.xs, BODY_EDGES)
    # the titles beside the spanning one are one cell over both rows; the spanning one over two columns
    assert g.owner[1][0] == (0, 0) and g.owner[1][1] == (0, 1)
    assert g.owner[0][3] == (0, 2) and g.owner[1][3] == (1, 3)
