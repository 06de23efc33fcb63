"""Lines of dense text closed into grey are no shading band (dev seed 20405 p6 scanned at 200
dpi, m.rules zebra, per_measure, only the header shaded): two such 'bands' in each table's steps
cell, a third of their pixels ink and their paper from white to grey, ended the body under the
lone header band there, and the steps after the eighth line were lost to the page text."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dense_text_band_scans")
    scanned([20405], out)
    return out / "scan"


def test_header_band_body_runs_to_the_end_of_its_steps(scans):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    img, dpi, *_ = render_page(scans / "s020405_html_scan.pdf", 6, 300)
    pp = prepare(img, dpi / 300)
    H = img.shape[0]
    wide = sorted((g for g in pp.grids if len(g.xs) - 1 >= 5), key=lambda g: g.ys[0])
    assert len(wide) == 2, [(g.xs, g.ys) for g in pp.grids]
    # the second table's one body row holds its steps down to the foot of the page
    assert wide[1].ys[-1] > 0.9 * H, wide[1].ys
    # the rest over the heading ``ประเด็นที่ ๒`` keeps its seven lines (to about a third of the page)
    assert wide[0].ys[-1] > 0.32 * H, wide[0].ys
