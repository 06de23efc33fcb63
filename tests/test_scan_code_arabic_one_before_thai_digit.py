"""fresh35s 51108 (200 dpi, mixed digits, codes in the findings cell): ``i1๔`` and ``i๗ i1๑`` printed an
Arabic ``1`` before a Thai digit. Tesseract read ``i1`` and ``i๗ |1๑``, and the pixel reader of code runs
(``extractors/numerals/codes.py``) cut the code after the ``1``: the Thai digits are x-height, so the
gap allowed after the ``1`` (a third of their height) was smaller than its side bearing. Measure 1
passed as i1 (indicator 1 for 3) and measure 2 as i7 + i1, with no flag about either code. A ``1`` is
now narrow for its own height, the gap after it is a narrow digit's, and the pixels' three-glyph
code puts back the digit Tesseract dropped. Real simulated scan, pages OCR'd."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s36p_codes")


def test_scan_code_arabic_one_before_thai_digit(out):
    recs = scan_pages_read(51108, [1, 6, 7], out)
    codes = [m["question_codes"] for m in recs.planned_measures]
    assert ["i14"] in codes
    assert any(c is not None and sorted(c) == ["i11", "i7"] for c in codes)
    assert not any(c == ["i1"] for c in codes)
