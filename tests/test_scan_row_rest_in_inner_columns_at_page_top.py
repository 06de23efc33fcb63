"""u48b 48202 (scans, dev; 300 dpi, landscape, one bare measures table over pages 6-8): indicator 9's
row runs over from page 7 to page 8, where only its inner columns print (the indicator's score, the
finding, the steps): the page's grid spanned those alone (130-623 pt, four columns against the
carried seven over 39-803), not stitched to page 7: indicator 9 lost and the measure's rest with it
(ind.found 0.889, CER 0.37). A table under the page's top every edge of which lies near a carried
edge, one after another, takes the carried columns (``extractors/ocr/carried._inner_run_refit``).
Real simulated scan, pages OCR'd."""
from __future__ import annotations

from corpus_seeds import scanned
from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page


def test_scan_row_rest_in_inner_columns_at_page_top(tmp_path):
    pdf = scanned([48202], tmp_path)[0]
    text7, tables7 = ocr_page(pdf, 7)
    carry = ocr_carry_of(tables7, text7.height)
    assert carry is not None
    _, tables8 = ocr_page(pdf, 8, carry=carry)
    top = tables8[0]
    assert top.n_cols == len(carry) - 1  # the carried columns, the outer ones empty
    assert abs(top.col_x[0] - carry[0]) < 5 and abs(top.col_x[-1] - carry[-1]) < 5
    assert any("72.26" in (c or "") for c in top.rows[0])
    assert not (top.rows[0][0] or "").strip()
