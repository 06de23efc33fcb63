"""A code read twice in one OCR'd cell's run of codes (issue 15; dev 60203 p5, 200 dpi: the codes
cell ``i๑๑ i๑๒`` read ``i๑๒ i๑๒``). The duplicate was dropped and the measure kept i12 alone:
i11 lost with no flag about codes. One of two equal codes is another code misread:
``code_unreadable:<token>`` (``measure_codes.ocr_code_doubts``)."""
from __future__ import annotations

from normalizers.records.measure_codes import ocr_code_doubts


def test_code_read_twice_is_an_unreadable_code():
    assert ocr_code_doubts("i๑๒ i๑๒") == ["code_unreadable:i๑๒"]
    assert ocr_code_doubts("i๑๒\ni๑๒") == ["code_unreadable:i๑๒"]
    assert ocr_code_doubts("o๗ o๗ ผู้รับบริการบางราย") == ["code_unreadable:o๗"]


def test_distinct_codes_raise_no_doubt():
    assert ocr_code_doubts("i๑๑ i๑๒") == []
    assert ocr_code_doubts("e๕ e๖ ผู้รับบริการบางราย") == []
    assert ocr_code_doubts("o๑-o๓ o๕") == []
