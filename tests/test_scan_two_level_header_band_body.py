"""A scanned measures table whose only shading is a two-level header (dev seed 31006, html,
200 dpi, landscape, pages 6-8: ``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over three of its four
columns, the steps cell a long paragraph). The band's columns were not told apart (the group
title fills the channels between the sub-titles in the band's upper half), and the steps
paragraph's dense lines read as thin shaded bands that ended the body at its first line: only
the header was a table, every measure of the document was unread (measures found 0/3).
Now a band whose lower half holds four titles or more is a header, and a band less than
half its width inside it is no other table. Checked on grids only (no Tesseract)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def page6(tmp_path_factory):
    return prepared_page(scanned([31006], tmp_path_factory.mktemp("two_level_band"))[0], 6, 200)


def test_the_body_under_a_two_level_header_band_is_the_table(page6):
    pp = page6
    (g,) = [g for g in pp.grids if len(g.xs) >= 5]
    assert len(g.xs) - 1 == 4, g.xs  # steps, period, measure, analysis
    ink = pp.lum < 160
    x0, x1 = int(g.xs[0]), int(g.xs[1])
    # the steps paragraph ends inside the grid: no steps ink under it
    below = ink[int(g.ys[-1]) + pp.inset :, x0:x1].any(axis=1)
    assert not below[: int(60 * pp.scale)].any(), g.ys
    assert g.ys[-1] - g.ys[0] > 0.5 * ink.shape[0], g.ys
