"""Bare measures tables (no rules, no shading) drawn one per measure, three on a page, each
under its heading ``ประเด็นที่ …`` with about a line gap between them, scanned (dev seed 20420
p5, m6 per_measure at 200 dpi): the lines of the three tables made one stretch, the headings
closed all but three column channels and the three measures were read as one four-column
table. ``borderless._repeat`` ends a stretch before its header's titles line comes again."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned, wide_grids


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bare_per_measure_scans")
    scanned([20420], out)
    return out / "scan"


def test_three_bare_tables_on_a_page_are_three_tables(scans):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    img, dpi, *_ = render_page(scans / "s020420_html_scan.pdf", 5, 300)
    pp = prepare(img, dpi / 300)
    wide = wide_grids(pp, 5)
    assert len(wide) == 3, [(g.xs, g.ys) for g in pp.grids]
    tops = [g.ys[0] for g in wide]
    assert tops == sorted(tops) and all(b - a > 400 for a, b in zip(tops, tops[1:])), tops
    # each table's steps column (the first) ends before its indicator column, as wide on each
    firsts = [g.xs[1] - g.xs[0] for g in wide]
    assert max(firsts) - min(firsts) < 60 and min(firsts) > 700, [g.xs for g in wide]
