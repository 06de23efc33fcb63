"""u52b 52204 (200 dpi, codes one a line in their own column): measure 2's cell ``i๒`` over ``i๖`` was
read ``i๒⏎|ว``; the garbled second line was not read again from its pixels (the extractor's garbled-code
shapes had no bar before a Thai letter), i6 lost with no flag about codes. Now the line is re-read by
the numeral model (``extractors/ocr/codecells.reread_later_codes``). Real simulated scan, pages OCR'd."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s36p_codeline")


def test_scan_code_line_bar_and_letter(out):
    recs = scan_pages_read(52204, [1, 5], out)
    codes = [sorted(m["question_codes"] or []) for m in recs.planned_measures]
    assert ["i2", "i6"] in codes
    assert ["i2"] not in codes
