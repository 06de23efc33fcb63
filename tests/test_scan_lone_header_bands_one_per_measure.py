"""Unbiased fresh30s 41111 (200 dpi scan, landscape, a table per measure: a shaded two-level header
band over one white row each, a heading ``ประเด็นที่ N …`` between the tables). Straightened, p5's
second and third header bands have the same edges and were taken for one zebra stack; the stack
crossed the bands' own frames and was dropped, so those tables were read as their headers alone and
4 of 5 measures were lost (flagged, ``partial``). A lone header band whose titles the next band
prints again at the same places starts a new stack (``band_stacks._header_again``). Then the heading over
the next table, the body's last line set apart by its widest blank and running across a column
boundary, is no line of the table above (``bands._heading_over_next``): p5's table 2 and p6's
table 1 took ``ประเด็นที่ 3 …`` / ``ประเด็นที่ 5 …`` into their measure's name and analysis."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

pytest.importorskip("weasyprint")


def _wide(prep):
    return sorted((g for g in prep.grids if len(g.xs) - 1 >= 4), key=lambda g: g.ys[0])


def test_lone_header_bands_are_one_table_each_with_their_row(tmp_path):
    pdf = scanned([41111], tmp_path)[0]
    grids = _wide(prepared_page(pdf, 5, 300))
    assert len(grids) == 3, [(g.xs, g.ys) for g in grids]
    # each a header (a band about 290 px tall at 300 dpi) and the measure's row under it (the
    # dropped stack left each table as its header alone, ≈ 280 px), the body ending above the next
    # table's heading
    for g, nxt in zip(grids, grids[1:] + [None]):
        assert g.ys[-1] - g.ys[0] > 450, g.ys
        if nxt is not None:
            assert nxt.ys[0] - g.ys[-1] > 60, (g.ys, nxt.ys)


def test_heading_over_next_table_is_not_the_last_row_of_the_one_above(tmp_path):
    pdf = scanned([41111], tmp_path)[0]
    grids = _wide(prepared_page(pdf, 6, 300))
    assert len(grids) == 2
    assert grids[1].ys[0] - grids[0].ys[-1] > 60, [(g.xs, g.ys) for g in grids]


def test_step_dashes_stay_with_the_steps(tmp_path):
    """p6: the steps' dashes stand apart from their text and from the findings; the stretch
    holding only the dashes has no title over it, and it was joined to the findings column (the
    dashes read into the findings, the steps run together). Marks at a stretch's right end join
    the column on the right (``columns._marks_of_right``): the findings | steps boundary lies in a
    blank channel wider than the gap between a dash and its text."""
    import numpy as np

    pdf = scanned([41111], tmp_path)[0]
    prep = prepared_page(pdf, 6, 300)
    ink = prep.ink < 150
    for g in _wide(prep):
        body = ink[g.ys[-2] + 4:g.ys[-1] - 4, g.xs[0]:g.xs[-1]].sum(axis=0) > 0
        for x in g.xs[2:3]:  # findings | steps
            at = x - g.xs[0]
            left = next(i for i in range(at, -1, -1) if body[i]) if body[:at].any() else 0
            right = next((i for i in range(at, len(body)) if body[i]), len(body))
            assert right - left > 40, (g.xs, x, left + g.xs[0], right + g.xs[0])


def test_one_line_zebra_rows_are_no_header_printed_again(tmp_path):
    """fresh28s 39104 p3 (300 dpi, a zebra question table with a separate code column, no header):
    the first shaded row and the next hold the code, text and score at the same places, and the
    first draft of the rule above took them for a header printed again: the page's first two
    question rows were cut off the table and read as one (i26, i27 lost, flagged). Only bands two
    lines tall or more, of one height, are headers printed again."""
    pdf = scanned([39104], tmp_path)[0]
    grids = _wide(prepared_page(pdf, 3, 300)) or [g for g in prepared_page(pdf, 3, 300).grids if len(g.xs) >= 4]
    big = max(grids, key=lambda g: len(g.ys))
    assert len(big.ys) - 1 >= 26, big.ys
