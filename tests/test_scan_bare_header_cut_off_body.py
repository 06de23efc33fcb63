"""A bare measures table's two-level header cut off its body (shared dev seed 34104, scanned at
200 dpi, no rules, p4). The header's lines (the group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``
and the titles under it, centred at several heights) keep white channels of their own; the
body's first line closed them, so ``borderless._regions`` ended the stretch there and the body
started a stretch of its own. The header was read as a table of two rows and six columns and
the body as a headless table: no measure read (4 lost, flagged). A short stretch right over a
longer one, no paragraph gap between, is the longer one's header (``_header_onto_body``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def p4(tmp_path_factory):
    return prepared_page(scanned([34104], tmp_path_factory.mktemp("bare_header_cut_off"))[0], 4, 300)


def test_two_level_header_and_body_are_one_table(p4):
    assert len(p4.grids) == 1, [(g.xs, g.ys) for g in p4.grids]
    g = p4.grids[0]
    assert len(g.xs) - 1 == 5, g.xs  # analysis, target, responsible, steps, measure
    assert g.ys[0] < 560, g.ys  # from the group title down
    body = [y for y in g.ys if y > 770]
    assert len(body) == 5, g.ys  # four measures' rows under the header
