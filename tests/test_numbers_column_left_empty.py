"""Bug "row numbers read into the neighbour's cell" (unbiased seed 36021, HTML, session 27).

A borderless per-page measures table, landscape, its columns shuffled so that the numbers
column ``ที่`` comes last, at the page's right edge. Each row's number (``๑``) stands a little
left of the title ``ที่``; the channel between ``การรายงานผล`` and ``ที่`` was taken where it
is widest, right of the number, so the number was read into the follow-up cell
(``สรุปผลการดำเนินงานเมื่อ ๑ สิ้นปีงบประมาณ``) without a flag and the numbers column was empty.
"""

import pytest


pytest.importorskip("weasyprint")

from corpus_seeds import render_seed  # noqa: E402 - drawn and read once per test session


@pytest.fixture(scope="module")
def seed36021(tmp_path_factory):
    _, _, records, expected = render_seed(36021, tmp_path_factory.mktemp("s36021"), "html")
    return records, expected


def test_follow_up_holds_no_row_number(seed36021):
    records, expected = seed36021
    want = [m["follow_up"] for m in sorted(expected["planned_measures"], key=lambda m: m["seq"])]
    got = [m["follow_up"] for m in sorted(records.planned_measures, key=lambda m: m["seq"])]
    assert len(want) == 4
    assert got == want
