"""A table ruled with horizontal lines only whose last row runs on past the page's last rule
(issue 15; scan38m's dev scan 56111, html, 300 dpi, landscape, one measures table: ``ที่``, steps,
period and units, measure, finding; a two-level header over the last three).

``rules.rule_grids`` reads the ruled rows' columns from the header and the body channels
(``columns.wide_table_grid``, or ``titled_fit.titled_reading`` where the all-rows channels give as
many columns at other places), then reads the columns again down to the open row's end. In the
open row, measure 2's name runs up to the finding beside it and closes the channel between
them: the second reading found no header-led columns, and the all-rows reading took over, the
``ที่`` column cut in two and the measure and the finding read as one cell. Every measure of the
document came out with its finding inside its name and no finding (text CER 0.05-0.09 each). The
ruled rows' columns go on under the last rule now."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned, the_wide_grid

SEED = 56111


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("open_row_columns"))[0]


def test_open_row_keeps_the_ruled_rows_columns(scan):
    pp = prepared_page(scan, 4, 300)
    g = the_wide_grid(pp, 4)
    assert len(g.xs) - 1 == 5, g.xs
    ink = pp.lum < 160
    t = max(2, int(4 * pp.scale))
    head, body = (int(g.ys[0]) + t, int(g.ys[2]) - t), (int(g.ys[2]) + t, int(g.ys[-1]) - t)  # a two-level header
    for a, b in zip(g.xs, g.xs[1:]):  # every column has a title and body text
        assert ink[head[0] : head[1], int(a) + t : int(b) - t].sum() >= 40, g.xs
        assert ink[body[0] : body[1], int(a) + t : int(b) - t].sum() >= 40, g.xs


def test_measure_and_finding_read_apart(tmp_path):
    rec = scan_pages_read(SEED, [4], tmp_path)
    ms = rec.planned_measures
    assert len(ms) == 2, [m["measure"] for m in ms]
    assert ms[0]["measure"].startswith("แนวทางสำรวจความพึงพอใจ"), ms[0]["measure"]
    assert "เป้าหมาย" not in ms[0]["measure"] and "เป้าหมาย" in (ms[0]["analysis"] or ""), ms[0]
    assert "ร้องเรียน" not in ms[1]["measure"] and "ร้องเรียน" in (ms[1]["analysis"] or ""), ms[1]
