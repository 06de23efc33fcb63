"""Unbiased scan 36113 (fresh26s, 200 dpi, landscape, one table per measure ruled across): the
rest of measure 3's steps at the top of page 5 and, under it, the heading of measure 4's table
(``ประเด็นที่๔ การปฏิบัติหน้าที่``) were cut by the grid into one carried row; the heading went
into the measure column and was joined to measure 3's name (``…ของหน่วยงานประเด็นที่๔ การ…``).
Now a carried row's cell holding only a heading is emptied and the heading goes to the page's
next table. Also: ``๔)`` read ``©)`` before measure 4's name stays out of the name.
The tables and page texts are the extractor's real reading of pages 4 and 5
(``tests/data/scan_36113_p4_p5.json``, with page 1's text for the organisation)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

DATA = json.loads((Path(__file__).parent / "data" / "scan_36113_p4_p5.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measures():
    tables = [RawTable(page=t["page"], index=t["index"], bbox=tuple(t["bbox"]), rows=t["rows"], method="ocr",
                       cell_conf=t["cell_conf"], col_x=t["col_x"], flags=t["flags"]) for t in DATA["tables"]]
    pages = [PageText(page=p["page"], method="ocr", text=p["text"], full_text=p["full_text"], width=p["width"],
                      height=p["height"], numbers=[]) for p in DATA["pages"]]
    ex = Extraction(doc_id="s036113", file_name="s036113_html_scan.pdf", page_count=5, tables=tables, pages=pages)
    return normalize(ex).planned_measures


def test_heading_under_a_carried_rest_is_not_the_measure_above(measures):
    assert [m["measure"] for m in measures] == [
        "กิจกรรมเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีผ่านเว็บไซต์ของหน่วยงาน",
        "โครงการทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"]
    assert measures[0]["steps"][-1] == "จัดทำประกาศและแนวปฏิบัติให้บุคลากรถือปฏิบัติ"  # the rest still joined


def test_the_heading_goes_to_the_next_table(measures):
    assert measures[1]["indicator_no"] == 1  # ประเด็นที่๔ การปฏิบัติหน้าที่: indicator 1 by its name
