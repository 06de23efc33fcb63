"""fresh34u 49204 (scans, dev since session 35; 200 dpi, one zebra-striped measures table over pages
6-10, landscape): page 7 continues the table without its header, and the OCR grid cut its period
cell ``พ.ค. 65 ถึง ส.ค. 65`` at its word gaps into five columns (``พ ค⏎65 | 65 | ถึง | ส ค | -``):
nine columns against the page before's titled five, so the part was not stitched to page 6 and
measures 2 and 3 were lost without a flag (found 0.6, CER 0.49). A headerless table at a page's
top whose own columns are the carried ones plus edges that cut one cell's lines at word gaps
(``extractors/ocr/word_gaps.py``) takes the carried columns. Real simulated scan, pages OCR'd."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned
from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page

SEED = 49204


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return scanned([SEED], tmp_path_factory.mktemp("s49204"))[0]


def test_scan_period_cut_into_columns_at_word_gaps(pdf):
    text6, tables6 = ocr_page(pdf, 6)
    carry = ocr_carry_of(tables6, text6.height)
    assert carry is not None and len(carry) == len(tables6[-1].col_x)
    _, tables7 = ocr_page(pdf, 7, carry=carry)
    top = tables7[0]
    assert top.n_cols == len(carry) - 1  # the carried columns, not nine
    period = top.rows[0][-1]
    assert "ถึง" in period and "65" in period  # the period cell read whole


def test_a_real_column_the_carry_lacks_stays(pdf):
    # the page's own edge between two wide columns the carried layout lacks (carried columns
    # with the project | finding edge left out) is no word gap: the page keeps its own columns
    text6, tables6 = ocr_page(pdf, 6)
    carry = ocr_carry_of(tables6, text6.height)
    _, tables7 = ocr_page(pdf, 7, carry=carry[:2] + carry[3:])
    assert tables7[0].n_cols > len(carry) - 2
