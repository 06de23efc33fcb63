"""A bare per-measure table's row cut after its first line (scan29's unseen seed 40111, now dev,
scanned at 300 dpi, Kinnari, one table per measure, no rules, the running number first). The
period column is narrow: its second line ``๓1 สิงหาคม`` runs up to the steps' ``ความถูกต้อง``, so
the white channels of the header and the row's first line closed there and
``stretches._regions`` ended the stretch after the row's first line. The rest of the row (its
first column empty) made a stretch of its own: the first line was read as the table's only row
(the measure's name cut to ``กิจกรรมจัดทำคู่มือ``) and the rest as a headless table (p2, p5) or
page text (p3), its cells read into the next measure; measure text CER 81 %, periods 17 %. A
row's rest right under a stretch, no paragraph gap between, inside it and leaving its first
columns empty, is that stretch's (``_rest_onto_first_line``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return scanned([40111], tmp_path_factory.mktemp("row_rest_cut"))[0]


@pytest.mark.parametrize("page", [2, 5])
def test_row_rest_stays_with_its_first_line(pdf, page):
    pp = prepared_page(pdf, page, 300)
    assert len(pp.grids) == 1, [(g.xs, g.ys) for g in pp.grids]
    g = pp.grids[0]
    assert len(g.xs) - 1 == 5, g.xs  # seq, period, steps, analysis, measure
    assert g.ys[-1] - g.ys[0] > 2400, g.ys  # header and the whole row, down to the page's foot
    assert sum(1 for y in g.ys if y > 800) == 1, g.ys  # one body row under the header's rows


def test_repeated_header_over_rest_takes_carried_columns(pdf):
    """p4 repeats the header over the rest of measure (2)'s steps. Its columns came from the
    header's titles and the rest's lines (the group title over three columns closed their
    channels): steps and analysis one column, the rest read into the analysis field. Under a
    carried row, a header row over a rest crossing none of the carried edges takes them
    (``carried._rest_under_header``)."""
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    before = prepared_page(pdf, 3, 300).grids[-1]
    rgb, got_dpi, *_ = render_page(pdf, 4, 300)
    g = prepare(rgb, got_dpi / 300.0, list(before.xs)).grids[0]
    assert len(g.xs) == len(before.xs), (g.xs, before.xs)  # seq, period, steps, analysis, measure
    assert all(abs(a - b) <= 30 for a, b in zip(g.xs, before.xs)), (g.xs, before.xs)
