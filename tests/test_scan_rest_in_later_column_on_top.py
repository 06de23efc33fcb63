"""A row's rest at the top of a page, in a column past the first, over the next measure's row of a
bare table continued from the page before (issue 15; scan38m's dev scan 56112, html, 200 dpi,
portrait, one bare measures table over p4-p8, no repeated header, the steps in the fourth column).

``borderless._rest_on_top`` tells such a rest from a header by its lines starting at their
column's left edge; that edge was the leftmost ink of every line reaching into the column, and a
row's first line starts in the first column, so a rest in any column but the first never fitted.
The rest was merged with measure 4's row as a header would be, and the steps of measure 3 run on
from p5 were read as measure 4's (text CER 0.27-0.32 on three measures). The column's own
leftmost ink is the edge now; the rest is a row of its own and takes the carried columns."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned

SEED = 56112


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("rest_in_later_column"))[0]


def _prepared(pdf, page, carry=None):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    rgb, dpi, *_ = render_page(pdf, page, 300)
    return prepare(rgb, dpi / 300.0, carry)


def test_rest_in_the_steps_column_is_a_row_of_its_own(scan):
    before = _prepared(scan, 5)
    carry = [int(x) for x in before.grids[-1].xs]
    assert len(carry) - 1 == 5, carry
    pp = _prepared(scan, 6, carry)
    top = pp.grids[0]
    assert len(top.xs) - 1 == 5, top.xs
    ink = pp.lum < 160
    t = max(2, int(4 * pp.scale))
    y0, y1 = int(top.ys[0]) + t, int(top.ys[1]) - t
    # the first row holds the rest alone: ink in the steps column only
    inked = [bool(ink[y0:y1, int(a) + t : int(b) - t].any()) for a, b in zip(top.xs, top.xs[1:])]
    assert inked == [False, False, False, True, False], (inked, top.ys)
    # and the next row is measure 4's: its number, name and finding
    y0, y1 = int(top.ys[1]) + t, int(top.ys[2]) - t
    assert all(ink[y0:y1, int(a) + t : int(b) - t].any() for a, b in list(zip(top.xs, top.xs[1:]))[:3]), top.ys
