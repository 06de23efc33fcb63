"""The heading of a page's second table printed under the rest of a row a page break put on that
page (fresh25s seed 34111, scanned at 300 dpi, ruled per-measure tables, p2 -> p3). Outside the
tables, a speck over the rest's top joined the heading under it into one text segment whose box
reached over the whole rest, so the page's full text put the heading before the rest
(``page.interleave`` places a table before the first line below its top); the heading was read as
the rest's, the rest was not joined to its row on p2 and the measure's last steps were lost
(flagged ``measure_rest_unread``). Now such a segment stands by its bottom (``page._line_top``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def page3(tmp_path_factory):
    from extractors.ocr.lines import page_line_height
    from extractors.ocr.page import outside_text, prepare
    from extractors.ocr.render import render_page

    pdf = scanned([34111], tmp_path_factory.mktemp("heading_under_row_rest"))[0]
    rgb2, dpi, *_ = render_page(pdf, 2, 300)
    carry = list(prepare(rgb2, dpi / 300.0).grids[-1].xs)  # p2's last table runs to its foot
    rgb3, dpi, *_ = render_page(pdf, 3, 300)
    pp = prepare(rgb3, dpi / 300.0, carry)
    text, _, _, tops = outside_text(pp, dpi, page_line_height(pp.lum))
    return pp, text.split("\n"), tops


def test_heading_under_a_row_rest_stands_after_it(page3):
    pp, lines, tops = page3
    assert len(pp.grids) == 2, [g.bbox for g in pp.grids]
    rest, second = pp.grids
    heading = [y for line, y in zip(lines, tops) if line.startswith("ประเด็นที่")]
    assert len(heading) == 1, (lines, tops)
    # below the rest's foot, above the second table's top: its heading, not the rest's
    assert rest.ys[-1] <= heading[0] <= second.ys[0], (heading, rest.ys, second.ys)
