"""A bare measures table (no rules, no shading) with a two-level header, scanned at 300 dpi
(fresh24s seed 30110 p2): the header's titles, centred in their cells at several heights, were
taken for a "score table" of their own (``aligned.score_grids``) and blanked out before the wide
table was looked for, and inside the header lines that bring ink back into a column were taken
for rows. The header came out as a table apart, the body's columns were cut without it and no
measure of the document was read (partial, ``unmapped_table``, ``measures_body_unread``).
Now a score grid covering only the top of a wide table is part of it (``aligned._top_of``) and
the centred title rows join the header (``borderless._centred_titles``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def page2(tmp_path_factory):
    out = tmp_path_factory.mktemp("bare_two_level_header")
    return prepared_page(scanned([30110], out)[0], 2, 300)


def test_two_level_header_stays_with_its_bare_table(page2):
    wide = [g for g in page2.grids if len(g.xs) - 1 >= 5]
    assert len(wide) == 1, [(g.xs, g.ys) for g in page2.grids]
    g = wide[0]
    # nothing of the header read as a table of its own above the body
    assert not [h for h in page2.grids if h is not g and h.ys[-1] <= g.ys[1] + 5], [(h.xs, h.ys) for h in page2.grids]
    # the header (two rows: the spanning title, the column titles under it) and one body row:
    # no row of header titles read as a measure
    assert len(g.ys) - 1 == 3, g.ys
    header_h, body_h = g.ys[2] - g.ys[0], g.ys[3] - g.ys[2]
    assert body_h > 4 * header_h, g.ys
    assert len(g.xs) - 1 >= 7, g.xs
