"""A number in running text with one digit Tesseract gave as Latin letters is re-read.

Bug (layout-space scan, dev seed 4 at 300 dpi, Laksaman): the summary line ``IIT ๗5.28 |
EIT 80.๙9 | OIT 7๘.67`` came out ``EIT 80.cx9``: a word mixing digits and letters was not
sent to the numeral recognizer (only all-digit words and all-letter ones were), so the EIT
score was lost from the document.
"""
from __future__ import annotations

from extractors.ocr.digits import _NUMBER_WITH_LETTERS


def test_number_with_letters_goes_to_the_recognizer():
    assert _NUMBER_WITH_LETTERS.match("80.cx9") and _NUMBER_WITH_LETTERS.match("80.99")
    # words that are not a number with a misread digit stay Tesseract's
    for w in ("IIT", "No.12", "12.abc", "1.a", "2565", "พ.ศ."):
        assert not _NUMBER_WITH_LETTERS.match(w), w
