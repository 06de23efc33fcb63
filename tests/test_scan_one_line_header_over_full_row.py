"""Bare measures tables (no rules, no shading) drawn one per page, each a one-line header over a
single measure whose cells are all filled (issue 15; scan38m's dev scan 56114, html, 300 dpi,
landscape, five columns, ``ประเด็นที่ …`` headings).

``borderless._row_starts`` starts a row where a line brings ink back into a column empty on
the line above. The header's one line holds a title in every column and the measure's first
line holds ink in every column too, so no row started under the header: the stretch was one
row, no grid was made, and all five measures were lost (read as page text, unflagged as
losses: the document ``partial`` only for an unmapped table on p7). The header's titles are
centred in their columns; a body cell starts at its column's left edge: that line starts the
body now (``extractors/ocr/header_line.py``).

Measure 4's list number was read without its dot (``๔ แนวทาง…``) between ``๓.`` and ``๕.``: the
document came out ``partial`` with ``measure_numbers_gap:4`` though measure 4 was read. A bare
number one past the last counts as that measure's number now (``measure_gaps.measure_numbers``).
"""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned, the_wide_grid

SEED = 56114


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("one_line_header"))[0]


def _inked_columns(ink, xs, y0, y1, t):
    return sum(1 for a, b in zip(xs, xs[1:]) if ink[y0:y1, a + t : b - t].any())


def test_one_line_header_over_a_full_row_is_split_from_it(scan):
    pp = prepared_page(scan, 6, 300)
    g = the_wide_grid(pp, 5)
    assert len(g.xs) - 1 == 5, g.xs
    ink = pp.lum < 160
    t = max(2, int(4 * pp.scale))
    band = int(20 * pp.scale)
    top = int(g.ys[-2])  # the measure's row: the last one
    # the measure's first line fills every column, and so does the header's line right above it
    assert _inked_columns(ink, g.xs, top + t, top + band, t) == 5, g.ys
    assert _inked_columns(ink, g.xs, top - band, top - t, t) >= 4, g.ys


def test_measures_of_one_line_header_tables_read(tmp_path):
    rec = scan_pages_read(SEED, range(6, 11), tmp_path)
    names = [m["measure"] for m in rec.planned_measures]
    assert len(names) == 5, names
    assert names[0].startswith("โครงการอบรมเสริมสร้างคุณธรรม"), names


def test_bare_list_number_one_past_the_last_counts(tmp_path):
    rec = scan_pages_read(SEED, range(6, 11), tmp_path)
    assert len(rec.planned_measures) == 5
    assert not any(f.startswith("measure_numbers_gap") for f in rec.document["flags"]), rec.document["flags"]
