"""Numbers of scanned period cells that no month mending reads (issue 15, scans11), as
Tesseract read them on fresh dev scans: Tesseract ``tha`` cannot output ``๔`` (a quarter
``๒-๔`` came out ``๒ ๕``: the period ended a quarter early), and a range's two dates on two
lines (``๑4 เม.ย.๖7`` / ``๑8 พ.ค. 6๗``) were joined with the year glued to the next day
(year 6718, the end day lost). Both on seed 7103 scanned (200 dpi), OCR'd for real, as is a
measure's second question code on its own line read as Latin letters (``e8`` over ``ee``)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from normalizers.fields.codes import parse_code_list
from normalizers.fields.period_units import join_script_split_digits, split_period_units
from normalizers.fields.periods import parse_period
from normalizers.tables.grid import join_lines
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("period_digit_scans")
    scanned([7103], out)
    return out / "scan" / "s007103_html_scan.pdf"


_PAGES: dict[int, list[str]] = {}


def _cells(pdf: Path, page: int) -> list[str]:
    if page not in _PAGES:  # the pipeline's OCR resolution (extractors.document.OCR_DPI)
        _, tables = ocr_page(pdf, page, dpi=300)
        _PAGES[page] = [c for t in tables for r in t.rows for c in r if c]
    return _PAGES[page]


def _period_cells(pdf: Path, page: int, word: str) -> list[str]:
    return [c for c in _cells(pdf, page) if word in c]


def _period_of(cell: str) -> str:
    """The period part of a cell printing the period over the units, joined as the measures
    normalizer joins it."""
    both = split_period_units(cell, around=True)
    lines = both[0].split("\n") if both is not None else cell.split("\n")
    return join_script_split_digits(join_lines(lines))


def test_quarter_four_read_as_five_in_scanned_period(scan):
    periods = [parse_period(_period_of(c), 2567, ocr=True) for c in _period_cells(scan, 4, "ไตรมาส")]
    # printed ``ไตรมาสที่ ๒-๔``: quarters 2 to 4 of fiscal 2567
    hit = [p for p in periods if (p.start, p.end) == (date(2024, 1, 1), date(2024, 9, 30))]
    assert hit, periods
    assert any(f.startswith("period_ocr_digits_mended:q") for f in hit[0].flags), hit


def test_year_glued_to_next_day_in_scanned_period(scan):
    periods = [parse_period(_period_of(c), 2567, ocr=True) for c in _period_cells(scan, 8, "พ.ค")]
    # printed ``๑4 เม.ย. ๖7 – ๑8 พ.ค. 6๗``
    hit = [p for p in periods if (p.start, p.end) == (date(2024, 4, 14), date(2024, 5, 18))]
    assert hit, periods
    assert not any(p.end == date(2024, 5, 31) for p in periods), periods


def test_quarter_range_dash_read_as_dot():
    """Fresh dev seed 7110 scanned at 200 dpi: ``ไตรมาสที่ 1-3`` OCR'd ``ไตรมาสที่ 1.3`` was
    read as the first quarter alone."""
    p = parse_period("ไตรมาสที 1.3", 2566, ocr=True)
    assert (p.start, p.end) == (date(2022, 10, 1), date(2023, 6, 30))
    assert "period_ocr_digits_mended:q1.3>q1-3" in p.flags
    # a printed (text layer) period is not mended
    assert parse_period("ไตรมาสที่ 1.3", 2566).end == date(2022, 12, 31)


def test_month_that_lost_its_first_letter_is_an_unreadable_end():
    """Fresh dev seed 7102 scanned at 200 dpi: ``1 พย 31 มีค 69`` OCR'd ``๑ พย ๓๑ ค ๖๙``: ``๓๑``
    was read as the year 2531 of ``พย`` and both dates were lost. The start is read (its year
    from the plan), the end is null and flagged, never a guessed month."""
    p = parse_period("๑ พย ๓๑ ค ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 11, 1), None)
    assert "period_end_unreadable" in p.flags
    assert any(f.startswith("period_ocr_digits_mended:31 ค 69") for f in p.flags), p.flags
    # ``ปี`` (a year word) after a day is no month that lost a letter
    assert not any(f.startswith("period_ocr_digits")
                   for f in parse_period("๑ ม.ค. ๑๕ ปี ๒๕๖๘", 2568, ocr=True).flags)


def test_second_code_line_read_as_latin_letters_in_scanned_measure(scan):
    """``e๘`` / ``e๙`` under the measure's first code came out ``ee`` / ``ew`` (the measure
    kept one code of two); the line is read again from its pixels."""
    lists = [parse_code_list(c) for c in _cells(scan, 4) if len(c) < 20]
    assert ["e8", "e9"] in lists, lists


def test_stray_letter_between_quarter_and_dash():
    """Fresh dev seed 2902 scanned: ``ไตรมาสที่ ๑-๒`` OCR'd ``ไตรมาสที่ 1ไ-๒`` was read as the
    first quarter alone."""
    p = parse_period("ไตรมาสที่ 1ไ-๒", 2566, ocr=True)
    assert (p.start, p.end) == (date(2022, 10, 1), date(2023, 3, 31))
    assert "period_ocr_digits_mended:ไ>" in p.flags


def test_year_glued_to_the_end_day_is_split_and_never_taken_as_month_end_unflagged():
    # mirror scan 14007 p5/p7: "๘ มิ.ย. ๖๔ - ๑๕ ก.ย. ๖๔" read "๘มิย ๖๔.๑๕ กย ๖๔" and
    # "๗ ก.พ. ๒๕๖๔ - ๒ มิ.ย. ๒๕๖๔" read "๗ กพ ๒๕๖๔๒ มิย ๒๕๖๔": the end day was lost and the
    # month's last day taken without a flag (15 Sep -> 30 Sep, 2 Jun -> 30 Jun)
    p = parse_period("๘มิย\n๖๔.๑๕\nกย ๖๔", 2564, ocr=True)
    assert (p.start, p.end) == (date(2021, 6, 8), date(2021, 9, 15))
    assert "period_ocr_digits_mended:64.15>64 15" in p.flags
    p = parse_period("๗ กพ\n๒๕๖๔๒\nมิย\n๒๕๖๔", 2564, ocr=True)
    assert p.start == date(2021, 2, 7)
    # a one-digit end day 1-2 is doubted (OCR drops digits) but kept: the printed day was 2;
    # the month's end (taken before 0.22) is no reading of a day 10-29 either
    assert p.end == date(2021, 6, 2) and "period_day_unsure:2" in p.flags
    assert "period_ocr_digits_mended:25642>2564 2" in p.flags


def test_quarter_range_dash_read_as_digit_61211():
    # dev scan 61211 p12 (300 dpi): ``ไตรมาสที่ ๑-๓`` read ``ไตรมาสที ๑๓๓``: ``33`` taken as the year 2533, the
    # period given as quarter 1 (flagged only as an implausible year)
    p = parse_period("ไตรมาสที ๑๓๓", 2565, ocr=True)
    assert (p.start, p.end) == (date(2021, 10, 1), date(2022, 6, 30))
    assert "period_ocr_digits_mended:q133>q1-3" in p.flags
    p = parse_period("ไตรมาสที ๓๑๑", 2565, ocr=True)  # falling: no range
    assert not any(f.startswith("period_ocr_digits_mended") for f in p.flags)
