"""A zebra question table's code column cut in two between its title and its codes (scan29's
unseen seed 40101, now dev; scanned at 200 dpi, Kinnari, zebra question tables one per
indicator, p1-p3). The title ``ข้อ`` is centred in the narrow code column and the codes (``i๔``)
start at its left edge; a white channel runs between them through every row, so
``grid._infer_columns`` cut there: the codes stood in a column of no title, unread as codes,
numbered by sequence, and i1/i6/i13/i14 lost (questions found 90.4 %). A column inked on the
header row alone beside one inked on the body rows alone is one column
(``bands._title_over_cells``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return scanned([40101], tmp_path_factory.mktemp("zebra_code_title"))[0]


@pytest.mark.parametrize("page", [2, 3])
def test_code_title_and_codes_one_column(pdf, page):
    pp = prepared_page(pdf, page, 300)
    tables = [g for g in pp.grids if len(g.ys) >= 4]  # the question tables (header and rows)
    assert len(tables) == 4, [(g.xs, g.ys) for g in pp.grids]
    for g in tables:
        assert g.xs[1] - g.xs[0] > 200, g.xs  # codes and their title ``ข้อ`` in one column (22 mm)
