"""Scans: a period column the column finder cut in two, ``ไตรมาสที่ | 1-3`` (issue 15, h/scan31b).

Dev seed 19001 (html, scanned at 200 dpi) p5-6: measures drawn one table per measure, rules
across only. One table found a white channel between ``ไตรมาสที่`` and ``1-3`` and
``extractors.ocr.columns.sibling_columns`` gave it to the others (their header ``ช่วงระยะเวลาใน
การดำเนินการ`` cut mid-word, ``ช่วงระยะเ`` | ``วลาใน``): the period column held the word alone and
four of five periods were null (``cell_empty:period``, 60 -> 20 % at 0.30.0). A majority of the
sibling tables cannot decide it (dev 18502 needs the one sibling that found a true edge); the
cells do: a period word with no number beside a column of bare numbers, under no header naming
another field, is one period cell (``normalizers.tables.periodcol``)."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def measures(tmp_path_factory):
    return scan_pages_read(19001, [1, 5, 6], tmp_path_factory.mktemp("period_cut")).planned_measures


def test_period_word_and_its_numbers_cut_apart_are_one_period(measures):
    got = [(m["period_text"], m["period_start"], m["period_end"]) for m in measures]
    d = dt.date
    assert got[:2] == [("ไตรมาสที่ 1-3", d(2022, 10, 1), d(2023, 6, 30)),
                       ("ไตรมาสที่ 1-4", d(2022, 10, 1), d(2023, 9, 30))]
    assert all(not any(f.startswith("cell_empty:period") for f in m["flags"]) for m in measures)
