"""u52b 52204 p5 and 52212 p6 (200 dpi, codes one a line in their own column): ``i๖`` under ``i๒`` / ``i๓``
read ``|ว`` / ``[ว`` (the i's stem as a bar or bracket, ๖ as ว). The extractor did not read the line again
from its pixels and the normalizer kept the first code alone: i6 lost with no flag about codes. Such a
line is now a garbled code: re-read from its pixels on a scan (tests/test_scan_code_line_bar_and_letter.py),
and ``code_unreadable`` where it still reads as none (the cells as Tesseract read them)."""
from __future__ import annotations

from normalizers.records.measure_codes import ocr_code_doubts


def test_code_line_bar_and_letter_flagged():
    assert ocr_code_doubts("i๒\n|ว") == ["code_unreadable:|ว"]
    assert ocr_code_doubts("i๓\n[ว") == ["code_unreadable:[ว"]


def test_code_then_bracketed_word_is_no_code():
    assert ocr_code_doubts("i๓ ผู้รับบริการบางราย (ก) เห็นว่า") == []
