"""Whole scanned measures tables lost where the header and the body were told apart wrongly
(issue 15, fresh20s 0.20.0: 20310 and 20314 found 2 of 6 and 1 of 5 measures).

- 20314 p5 (zebra, no column rules, two-level header): the shaded header band's wrapped titles
  were cut into three rows (``ช่วง`` / ``ระยะเวลาในการดำเนิน`` / ``การ``) and read as a table of
  no kind, the five measure rows under it a headerless table of their own; only the rest of
  measure 5 on p6, under the repeated header, was kept, as a measure with no period, no
  indicator and no flag.
- 20310 p5-p7 (grid, a row of the measures table running over each page break): each page's
  first full measure row (``ตัวชี้วัดที่๒ …`` | ``โครงการ…`` | … | ``1 จัดกิจกรรม… 2 …``) was
  taken for a header, so the parts were not stitched and their measures were lost.
Both read from the corpus' own scans of the seeds (real pixels)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("header_band_parts")


def test_header_band_cut_into_rows_heads_the_body_under_it(out):
    rec = scan_pages_read(20314, [5, 6], out)
    ms = rec.planned_measures
    assert len(ms) == 5, [m["measure"] for m in ms]
    assert [m["indicator_no"] for m in ms][:2] == [8, 10], ms
    last = ms[-1]
    # measure 5's name ends on p6 (``…ผ่านเว็บ`` | ``ไซต์ของหน่วยงาน``): its rest is joined, not a measure
    assert last["measure"].startswith("แนวทางเปิดเผยข้อมูลการใช้จ่ายงบประมาณ"), last
    assert "ไซต์ของหน่วยงาน" in last["measure"].replace(" ", ""), last
    assert "row_split_across_pages" in last["flags"], last
    assert not any(m["measure"].startswith("ไซต์") for m in ms)


def test_measure_rows_at_page_tops_are_not_headers(out):
    rec = scan_pages_read(20310, [4, 5, 6, 7, 8], out)
    ms = rec.planned_measures
    assert len(ms) == 6, [m["measure"] for m in ms]
    assert [m["indicator_no"] for m in ms] == [7, 3, 2, 9, 1, 8], ms
    assert ms[2]["measure"].startswith("โครงการจัดทำรายงานผลการดำเนินงานประจำปี"), ms[2]
