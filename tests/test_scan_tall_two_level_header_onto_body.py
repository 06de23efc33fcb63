"""A bare table's two-level header of many title lines joined onto its body (issue 15; dev
62109, scan40s's unseen set, 300 dpi, landscape, bare m8 one table a page, two header levels,
long rows).

On p2 the stretch of lines from the heading over the table down to the body row's first line (the
heading, seven title lines, one body line: nine lines) ended where the row's next line closed the
header's channels. ``stretches._header_onto_body`` joins such a stretch onto the longer body
stretch under it, but only a stretch of ``HEADER_STRETCH`` (6) lines: the body row's first line was
read as the table's one row and the rest as a table of its own, measure 1's text cut to its first
line (CER 0.95). The limit for the join is now ``ONTO_BODY_LINES`` (10)."""
from __future__ import annotations

from corpus_seeds import prepared_page, scanned, wide_grids


def test_p2_is_one_table_down_to_its_body_row_end(tmp_path_factory):
    pdf = scanned([62109], tmp_path_factory.mktemp("tall_header"))[0]
    grids = wide_grids(prepared_page(pdf, 2, 300), 6)
    assert len(grids) == 1, [(g.xs, g.ys) for g in grids]
    g = grids[0]
    assert len(g.xs) - 1 == 8, g.xs
    # header rows over the body row, which reaches the foot of the row (y 2295 px at 300 dpi)
    assert len(g.ys) - 1 == 3 and g.ys[-1] >= 2250, g.ys
