"""Unbiased fresh28s 39108 p4 (300 dpi scan, one bare measures table, no rules): rows 1 and 3
are drawn alike (same ends, same height), and the line above row 3 is row 2's short last line
(``ชัดเจน``) at the table's left. scan29's ``stretches._header_drawings`` took rows 1 and 3 for
a header drawn twice, each under a heading: the table was cut in two, its real header dropped
and all six measures lost (flagged, ``partial``). A heading stands apart from the line above it
(``HEADING_APART`` line gaps of blank paper); a cell's last line follows at a line gap."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

pytest.importorskip("weasyprint")


def test_cell_last_line_is_no_heading_over_a_header_drawing(tmp_path):
    pdf = scanned([39108], tmp_path)[0]
    prep = prepared_page(pdf, 4, 300)
    grids = [g for g in prep.grids if len(g.xs) - 1 >= 4]
    assert len(grids) == 1, [(g.xs, g.ys) for g in prep.grids]
    # the header and the six measures' rows in one grid
    assert len(grids[0].ys) - 1 >= 7, grids[0].ys
