"""A scanned measures table drawn with rules between rows, its last row open at the page
foot, cut inside a long steps cell (issue 15; fresh23s seed 24110, html, scanned at 200 dpi,
one table over pages 5-14 with the header repeated).

``rules.rule_grids`` ran the open last row down to the first blank of 36 px (at 300 dpi);
under a short line of low letters (``งาน``) the steps cell has exactly that, so on p6 the row
stopped at 2160 px of 3272 and the rest of the page's steps went to page text: each measure
lost a page's worth of steps in the middle of its cell (text CER 29 %), with no flag. Now
the open row is carried on with ``bands._carry_on`` (blank limit 0.7 of the body's line
pitch, lines inside one column). Checked on grids only (no Tesseract)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def page6(tmp_path_factory):
    return prepared_page(scanned([24110], tmp_path_factory.mktemp("rules_cut"))[0], 6, 300)


def test_open_last_row_goes_on_past_a_blank_in_the_steps_cell(page6):
    pp = page6
    (g,) = [g for g in pp.grids if len(g.xs) >= 5]
    ink = pp.lum < 160
    x0, x1 = int(g.xs[0]), int(g.xs[-1])
    below = ink[int(g.ys[-1]) + pp.inset :, x0:x1].any(axis=1)
    first = int(below.argmax()) if below.any() else len(below)
    # nothing of the steps under the grid: the page's ink below it is the foot, if any
    assert first > 120 * pp.scale, (g.ys, first)
    assert g.ys[-1] > 0.85 * ink.shape[0], g.ys
