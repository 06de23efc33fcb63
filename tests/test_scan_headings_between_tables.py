"""Scans: a page holding two measures tables, each under its own heading, gives each table the
heading printed above it (issue 15; fresh20s seed 20305, html, per_measure, scanned; shared dev
for h/scani21).

An OCR'd page's ``full_text`` held every line outside tables before all of its tables, so a
heading could not be placed between two tables: ``attach_headings`` gave no heading to the
tables of such a page and their measures took the indicator of the page before (20305 p6:
``ประเด็นที่3 การใช้ทรัพย์สินของราชการ`` over measure 3, ``ประเด็นที่4 การใช้อำนาจ`` over
measure 4; p7 ``ประเด็นที่5 การปฏิบัติหน้าที่`` over measure 5 under the rest of measure 4's
table). ``extractors.ocr.page.interleave`` now puts each table's rows where the table stands
among the lines outside tables (by height on the page)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def two_per_page(tmp_path_factory):
    return scan_pages_read(20305, [1, 6, 7], tmp_path_factory.mktemp("headings_between"))


def test_each_table_of_a_page_takes_the_heading_above_it(two_per_page):
    got = [(m["measure"][:12], m["indicator_no"]) for m in two_per_page.planned_measures]
    assert got == [("กิจกรรมปรับป", 4), ("แนวทางสร้างว", 3), ("กิจกรรมส่งเส", 1)], got
    assert all("indicator_from_heading" in m["flags"] for m in two_per_page.planned_measures)


def test_page_text_keeps_tables_between_their_headings(two_per_page, tmp_path_factory):
    """The page's whole text: heading, the first table's rows, heading, the second table's."""
    from corpus_seeds import _OCR

    text, tables = _OCR[(20305, 6)]
    lines = [ln for ln in text.full_text.split("\n") if ln.strip()]
    at = [i for i, ln in enumerate(lines) if ln.lstrip().startswith("ประเด็นที่")]
    firsts = [lines.index(next(ln for ln in lines if ln.startswith(t.rows[0][0].split("\n")[0]))) for t in tables[:1]]
    assert len(at) == 2 and at[0] < firsts[0] < at[1], (at, firsts)
