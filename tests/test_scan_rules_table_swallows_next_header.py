"""A table ruled with horizontal lines only took the next table's heading and header as its last
row (scan29's unseen seed 40100, now dev, scanned at 300 dpi, landscape per-measure tables, p7).
Its last row has a rule under it; under that rule the heading ``ประเด็นที่ ๓ …`` and the next
table's header (its own rules) followed within a paragraph gap, so the "row cut by the page
break" extension (``_ink_end`` below the last rule) ran down through them: the columns were cut
through the heading and the second header, 5 columns for 7, measure (2)'s steps read into its
name and the next page's headers read as three extra measures (measure text CER 26 %). A table
with another table's rules below it on the page was not cut by the page break: no extension."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def p7(tmp_path_factory):
    return prepared_page(scanned([40100], tmp_path_factory.mktemp("rules_next_header"))[0], 7, 300)


def test_table_stops_at_its_last_rule(p7):
    assert len(p7.grids) == 2, [(g.xs, g.ys) for g in p7.grids]
    first, second = p7.grids
    assert first.ys[-1] < second.ys[0], (first.ys, second.ys)  # the heading between them is page text
    assert len(first.xs) - 1 == 7, first.xs  # indicator, analysis, finding, period, question, measure, steps
