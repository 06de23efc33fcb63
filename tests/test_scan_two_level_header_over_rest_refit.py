"""A two-level header drawn again over a row's rest at a page's top (issue 15; scan38m's dev scan
56110, html, 300 dpi, zebra measures tables one per page, the header repeated on each page: a
group title over the finding and steps columns).

``carried.refit_columns`` gives a repeated header over a row's rest the page before's columns
(``_rest_under_header``), but only for a header of one row. This header's two rows made a grid
of three, left with its own columns placed from its titles alone: the finding and the steps under
the group title read as one column, so measure 4's steps' rest on p10 was put into its finding
(text CER 0.25) and its steps cut short. Such a header is now fitted by the rest's row, and
its group title spans the columns it crosses (``extractors/ocr/two_level_rest.py``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned

SEED = 56110


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("two_level_rest"))[0]


def _prepared(pdf, page, carry=None):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    rgb, dpi, *_ = render_page(pdf, page, 300)
    return prepare(rgb, dpi / 300.0, carry)


def test_repeated_two_level_header_takes_the_carried_columns(scan):
    before = _prepared(scan, 9)
    carry = [int(x) for x in before.grids[-1].xs]
    assert len(carry) - 1 == 6, carry
    pp = _prepared(scan, 10, carry)
    top = pp.grids[0]
    assert len(top.xs) - 1 == 6, top.xs
    assert len(top.ys) - 1 == 3, top.ys  # the header's two rows and the rest
    # the group title spans the finding and the steps columns in the header's first row
    assert top.owner[0][3] == top.owner[0][2], top.owner[0]
    assert top.owner[2][3] != top.owner[2][2], top.owner[2]

