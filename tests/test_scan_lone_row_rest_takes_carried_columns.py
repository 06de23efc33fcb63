"""A row's rest alone at the top of the next page, in fewer columns than the row it continues
(issue 15; dev 62106, scan40s's unseen set, 300 dpi, portrait, zebra m8, one table per measure,
the header not repeated).

Measure 3's row runs from p4's foot onto p5, where its rest prints in five of the seven columns
(the period/responsible and the codes columns empty). The white channels of that one row placed
five columns, one edge 9 mm off the carried one and the grid's right edge 1 mm short of the
carried codes column, so ``carried.refit_columns`` did not give it the carried columns: the part
was not stitched and the measure's steps and analysis lost their rest (flagged
``measure_rest_unread``). A lone row under a carried row now takes the carried columns when text
crosses none of them (``carried._lone_row_rest``)."""
from __future__ import annotations

from corpus_seeds import scanned

SEED = 62106
P4_LAST_COLUMNS_PT = [61, 121, 185, 256, 310, 390, 497, 544]  # p4's last table, as the extract stage carries it


def test_rest_on_p5_takes_the_carried_columns(tmp_path_factory):
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    pdf = scanned([SEED], tmp_path_factory.mktemp("lone_row_rest"))[0]
    rgb, dpi, *_ = render_page(pdf, 5, 300)
    carry = [int(round(x * dpi / 72.0)) for x in P4_LAST_COLUMNS_PT]
    pp = prepare(rgb, dpi / 300.0, carry)
    top = pp.grids[0]
    assert len(top.ys) == 2, (top.xs, top.ys)
    assert len(top.xs) == len(carry), (top.xs, carry)
    assert all(abs(x - c) <= 25 for x, c in zip(top.xs[1:-1], carry[1:-1])), (top.xs, carry)
