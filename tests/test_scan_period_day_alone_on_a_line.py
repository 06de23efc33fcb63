"""A period's day wrapped onto a line of its own in a narrow cell: Tesseract read nothing there.

Dev scan 57201 p8 (300 dpi, full suite only): the period cell of measure 3 prints ``๕`` / ``เมษายน`` /
``๒๕๖๖ -`` / ``๑๕`` / ``สิงหาคม`` / ``๒๕๖๖``. The one-line read (psm 7) of the line holding ``๕`` alone
returned no word, the cell came out ``เมษายน ๒๕๖๖ - ๑๕ สิงหาคม ๒๕๖๖`` and the period started on
2023-04-01 for 2023-04-05 with no period flag. A line no word was read from is read by the numeral
recognizer (``extractors.ocr.lone_numbers``) and kept only when all of it reads as confident digits.
"""
from __future__ import annotations

from datetime import date

from corpus_seeds import scanned

from normalizers.fields.periods import parse_period


def test_day_alone_on_its_line_is_read(tmp_path):
    from extractors.ocr import ocr_page

    pdf = scanned([57201], tmp_path)[0]
    _, tables = ocr_page(pdf, 8)
    cells = [c for t in tables for row in t.rows for c in row if c and "สิงหาคม" in c]
    assert len(cells) == 1, cells
    assert cells[0].startswith("๕"), cells[0]
    p = parse_period(cells[0], 2566, ocr=True)
    assert (p.start, p.end) == (date(2023, 4, 5), date(2023, 8, 15))
