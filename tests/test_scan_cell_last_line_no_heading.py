"""A bare measures table (no rules, no shading) whose rows are filled alike, each row's steps
cell ending in a short line (issue 15; dev scan 53206, html, 200 dpi, p4: two-level header,
three measures, seven columns).

``stretches._repeat`` cuts a stretch of text lines where a header is drawn again under a
heading: a line half the stretch wide and the two under it come again, the lines right above
both narrow and starting at one x. Here each measure's first three lines (indicator, measure,
finding, steps... filled alike) match line for line, and the steps cell's short last line
(``ราชการ``, ``งาน``) above each looked like a heading: the table was cut inside measure 1,
its grid stopped above the steps' last line (``ocr_ink_below_table``), and measures 2-3 were
read as loose lines and lost with their indicator scores. A heading over a table starts at the
table's left; a cell's last line in the steps column does not, and cuts nothing now. Grids are
checked without Tesseract."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned, the_wide_grid


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([53206], tmp_path_factory.mktemp("cell_last_line"))[0]


def test_rows_filled_alike_stay_one_table(scan):
    pp = prepared_page(scan, 4, 300)
    g = the_wide_grid(pp, 5)
    assert len(g.xs) - 1 == 7, g.xs
    # header rows and the three measures: the grid reaches the third measure's last line
    assert len(g.ys) - 1 >= 5, g.ys
    ink = pp.lum < 160
    below = ink[int(g.ys[-1]) + pp.inset :, int(g.xs[0]) : int(g.xs[-1])].any(axis=1)
    first = int(below.argmax()) if below.any() else len(below)
    assert first > 120 * pp.scale, g.ys  # nothing of the table's text under its grid
