"""Unbiased fresh31s 43100 (300 dpi scan, landscape, bare measures tables one per page under a heading
``ประเด็นที่ N …``, a two-level header: ``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over ``ระยะเวลา
ดำเนินการ``, ``หน่วยงานรับผิดชอบ`` and ``ตัวชี้วัดความสำเร็จ``). p5's first row was the org name and the
heading, its header's four lines were taken for a body row, and the group title in them closed the
channels between the three columns under it: period, units and target read as one cell, every field
of the page's measure unmapped (periods, codes and units lost, flagged). Where the row taken for the
header leaves a column blank and the header taken with the next row gives more columns through the
body, that row is the header's rest (``borderless._top_only``)."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned

pytest.importorskip("weasyprint")


def test_bare_header_under_its_heading_keeps_its_columns(tmp_path):
    pdf = scanned([43100], tmp_path)[0]
    grid = max(prepared_page(pdf, 5, 300).grids, key=lambda g: len(g.xs))
    # eight titled columns and the target's: ตัวชี้วัด, ข้อคำถาม, ประเด็น, มาตรการ, ความสอดคล้อง,
    # ขั้นตอน, ระยะเวลา, หน่วยงาน, ตัวชี้วัดความสำเร็จ
    assert len(grid.xs) - 1 == 9, grid.xs
    # one body row under a header of two levels (the group title's band, the sub-titles)
    assert len(grid.ys) - 1 == 3, grid.ys
