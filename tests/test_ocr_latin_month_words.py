"""Thai month abbreviations read as Latin letters by Tesseract ``tha+eng`` in scanned period
cells (issue 15 item 3; scanned dev seed 6: ``ก.ย.`` came out as ``Aw.``, ``ก.ค.`` as
``N.A.``, so one period's end and another's start were null, flagged unreadable).
``extractors.ocr.monthwords`` reads such a word again with the ``tha`` model alone."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from extractors.ocr.monthwords import latin_month_words
from extractors.ocr.tess import Word
from normalizers.fields.periods import parse_period
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("latin_month_scans")
    scanned([6], out)
    return out / "scan"


def _period_cells(pdf: Path, page: int) -> list[str]:
    _, tables = ocr_page(pdf, page, dpi=300)
    return [c for t in tables for r in t.rows for c in r
            if c and parse_period(c, 2567, ocr=True).start is not None]


def test_latin_month_abbreviation_in_scanned_period_is_read_again_in_thai(scans):
    pdf = scans / "s000006_html_scan.pdf"
    # measure 1: ``มี.ค. ๖7 - ก.ย. ๖7`` (its end month was ``Aw.``)
    p7 = [parse_period(c, 2567, ocr=True) for c in _period_cells(pdf, 7)]
    m1 = [p for p in p7 if p.start == date(2024, 3, 1) and p.end == date(2024, 9, 30)]
    # measure 2: ``ก.ค. ๒๕67 - ก.ย. ๒๕6๗`` (its start month was ``N.A.``)
    p8 = [parse_period(c, 2567, ocr=True) for c in _period_cells(pdf, 8)]
    m2 = [p for p in p8 if p.start == date(2024, 7, 1) and p.end == date(2024, 9, 30)]
    assert m1 and m2, (p7, p8)
    # the month read again is mended by the month dictionary, and says so
    assert all("period_ocr_months_mended" in p.flags for p in m1 + m2), m1 + m2

def test_latin_words_not_beside_a_number_are_left_alone():
    w = lambda t, x: Word(t, x, 0, 10, 10, 90.0, (0, 0, 0))  # noqa: E731
    # a dotted Latin abbreviation in running words, no number near: not a month
    assert latin_month_words([w("ตาม", 0), w("e.g.", 20), w("ระเบียบ", 40), w("ที่", 60), w("กำหนด", 80)]) == []
    # a tool name has no dot; a month-like token beside a year is picked
    assert latin_month_words([w("IIT", 0), w("๘๔", 20)]) == []
    assert latin_month_words([w("-", 0), w("Aw.", 20), w("๖7", 40)]) == [1]
