"""A bare measures table (no rules, no shading) under a heading, scanned: the heading line and
the group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` were taken for the table's header row, the
columns with no ink in it (the steps, the findings) joined their left neighbour, and the column
titles came out as a measure (shared dev seed 19503 scanned, p7: m8 per page, the measure's name,
findings and steps read interleaved in one cell, text CER 0.26, findings and steps emptied).
A column whose body holds a wrapped cell of lines starting at one x keeps its cut
(``columns._aligned_text``), and the column titles row joins a header row that left columns
without ink (``borderless._titles_below``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import ocr_page
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bare_heading_scans")
    scanned([19503], out)
    return out / "scan"


def test_heading_and_group_title_over_bare_table_keep_its_columns(scans):
    _, tables = ocr_page(scans / "s019503_html_scan.pdf", 7, dpi=300)
    wide = [t for t in tables if t.n_cols >= 5]
    assert len(wide) == 1, [t.rows for t in tables]
    t = wide[0]
    assert t.n_cols == 8, t.rows
    head, body = t.rows[0], t.rows[1:]
    # the column titles are the header, not a row of the body
    assert "วิธีการดำเนินการ" in (head[3] or "") and "ผลการวิเคราะห์" in (head[4] or ""), head
    assert len(body) == 1, t.rows
    row = body[0]
    # the measure, its steps and its findings each in their own cell
    assert "กิจกรรมจัดทำรายงาน" in (row[2] or "").replace(" ", ""), row
    assert "ติดตามความก้าวหน้าทุกเดือน" in (row[3] or "") and "ยังขาด" not in (row[3] or ""), row
    assert (row[4] or "").startswith("หน่วยงานยังขาด") and "ติดตาม" not in (row[4] or ""), row
    assert "ติดตาม" not in (row[2] or ""), row
