"""A bare scanned measures table (dev seed 31054, html, 200 dpi, no rules, per-measure tables)
whose header titles sit at two heights: the first column's title wraps to two lines, the others
are one line centred beside them. The upper marks of the lower titles came out as a line of
their own, which started a row: the header was cut through its titles (``ผูรบ`` | ``ผดชอบ``,
junk ``aa ๐ =`` over them), no header word was read, and every measures table was unmapped
(measures found 0/6). A line thinner than 0.6 of the table's lines, overlapping the next,
starts no row. Checked on grids only (no Tesseract)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def page2(tmp_path_factory):
    return prepared_page(scanned([31054], tmp_path_factory.mktemp("marks_line"))[0], 2, 200)


def test_the_header_is_one_row_of_five_columns(page2):
    grids = [g for g in page2.grids if len(g.xs) >= 5]
    assert len(grids) == 2, [g.ys for g in grids]  # one table per measure
    for g in grids:
        assert len(g.xs) - 1 == 5, g.xs  # measure, steps, units, follow-up, remark
        assert len(g.ys) == 3, g.ys  # the header and the measure's row
