"""How sure the numeral recognizer was of a value read from a scanned page's running text.

An OCR'd page lists the numbers of its text with their confidences (``PageText.numbers``,
extractors/ocr/textnums.py). A score the prose or key/value reader took from that text is
looked up there by value: its confidence is the least of the confidences of the printed
numbers with that value (the same value printed twice and read once badly stays doubtful).
A value the list does not hold (Tesseract's own digits, a number pieced together from two
words) gets ``UNLISTED_CONF``, as every OCR text value did before.
"""
from __future__ import annotations

from normalizers.fields.numbers import to_ascii_digits

UNLISTED_CONF = 0.6  # no per-digit confidence for this value
SURE = 0.9  # at or above: as sure as a table cell the recognizer read cleanly


def number_conf(numbers: list, value: float | None) -> float:
    """The confidence of ``value`` among a page's ``[number, conf]`` pairs."""
    if value is None:
        return UNLISTED_CONF
    found = []
    for text, conf in numbers or []:
        try:
            v = float(to_ascii_digits(str(text)))
        except ValueError:
            continue
        if abs(v - value) < 1e-9:
            found.append(float(conf))
    return min(found) if found else UNLISTED_CONF


def page_numbers(pages) -> dict[int, list]:
    """``{page: numbers}`` of the OCR'd pages of an extraction."""
    return {p.page: list(getattr(p, "numbers", None) or []) for p in pages if p.method == "ocr"}


def year_doubts(pages, years: dict[str, int | None]) -> list[str]:
    """``<field>_from_ocr_text`` for each year (``{"assessment_year": 2566, ...}``) of a document
    whose pages were all OCR'd, when the page texts list that year (as printed, any digits) and
    the numeral recognizer was sure of none of its printings (below ``SURE``). A year printed
    several times is as sure as its surest reading; one the texts do not list came from
    elsewhere (a table header, the other year plus one), which says so in its own flags."""
    pages = list(pages)
    if not pages or any(p.method != "ocr" for p in pages):
        return []
    out = []
    for name, year in years.items():
        if year is None:
            continue
        confs = [float(c) for p in pages for n, c in (getattr(p, "numbers", None) or [])
                 if to_ascii_digits(str(n)) == str(year)]
        if confs and max(confs) < SURE:
            out.append(f"{name}_from_ocr_text")
    return out
