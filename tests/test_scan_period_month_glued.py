"""Scans: a period cell whose month abbreviation the line join glued to the next line's word
(issue 15, h/scan31b).

fresh30u 41211 (html, 300 dpi, Thai digits, per-measure tables, grid rules) p8: the period
cell printed ``๑ พ.ค.`` / ``๓๑ ส.ค.`` / ``๒๕๖๔`` on three lines, OCR read ``๑ พค`` / ``๓๑ สค`` /
``เรซ่`` and the joined text ``… ๓๑ สคเรซู่`` hid the ``ส.ค.`` inside a word: the ``๓๑`` was read
as a year (2531, implausible) and both dates were null. A day number and an abbreviation glued
to a Thai word is that month, the word apart (the year then from the plan year, flagged)."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus_seeds import scan_pages_read
from normalizers.fields.periods import parse_period


@pytest.fixture(scope="module")
def measures(tmp_path_factory):
    rec = scan_pages_read(41211, [1, 8, 9], tmp_path_factory.mktemp("period_glued"))
    return rec.planned_measures


def test_month_glued_to_the_next_lines_word_is_read(measures):
    m = next(m for m in measures if "e1" in (m["question_codes"] or []))
    assert (m["period_start"], m["period_end"]) == (dt.date(2021, 5, 1), dt.date(2021, 8, 31))
    assert any(f.startswith("period_year_from_plan") for f in m["flags"])


def test_a_day_before_a_glued_month_is_no_year():
    p = parse_period("๑ พค ๓๑ สคเรซู่", 2564, ocr=True)
    assert (p.start, p.end) == (dt.date(2021, 5, 1), dt.date(2021, 8, 31))
    assert parse_period("๑ กองคลัง", 2564, ocr=True).start is None
