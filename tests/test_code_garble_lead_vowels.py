"""A code read as two Thai letters each with a vowel printed before it, the next code's ``o`` read
as ``๐`` (issue 15; unseen-then 58106 p2, 300 dpi, landscape zebra measures table: ``เอโง ๐1๒``
for ``o๗ o๑๒``). o12 was read, o7 lost with no flag about codes: ``_GARBLE_BEFORE_CODES`` took
one or two letters with their marks but no leading vowel, and a next code starting with a letter
only. The scan itself: tests/test_scan_code_garble_lead_vowels.py."""
from __future__ import annotations

from normalizers.records.measure_codes import ocr_code_doubts


def test_two_letters_with_leading_vowels_before_a_code_are_an_unreadable_code():
    assert ocr_code_doubts("เอโง ๐1๒") == ["code_unreadable:เอโง"]
    assert ocr_code_doubts("เอโง\no๑๒") == ["code_unreadable:เอโง"]


def test_codes_read_whole_raise_no_doubt():
    assert ocr_code_doubts("o๗ o๑๒") == []
    assert ocr_code_doubts("o๗ o๑๒ ผู้รับบริการบางราย") == []
    assert ocr_code_doubts("ผู้รับบริการบางรายเห็นว่า") == []
