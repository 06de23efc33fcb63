"""A scanned m8 measures table with a two-level header, one measure per page (issue 15; dev
seed 18008 scanned at 300 dpi, landscape, rules across only, pages 7-9). OCR reads the two
header rows as one, so the page's single body row is the table's second row. Its cells start
with header words (``ตัวชี้วัดที่…``, ``มาตรการนี้ช่วยยกระดับ…``, ``ผลการวิเคราะห์…``), so
``header_rows.header_depth`` took it for a second header row and the measure was lost
(``measures_body_unread``): 3 of 5 measures. The row is data by what its cells hold: a
question code (``i๑๐ ๑๒ คะแนน…``), a period with its year, numbered steps whose dots OCR
dropped (``1 แต่งตั้ง… 2 จัดทำ…``), an indicator with its number (``header_rows.body_evidence``).

Bug 2: the group title and the steps column's title under it were read into one cell
(``การนำผลการวิเคราะห์ไปสู่การปฏิบัติวิธีการดำเนินการ``); a cell holding a group word titled no
column, so the steps were lost on every measure of the document. ``vocab.cell_evidence`` now
reads the sub-title left when the group words are taken out."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned
from extractors.ocr import ocr_page
from normalizers.tables.grid import build_table
from normalizers.tables.header_rows import body_evidence, header_depth
from normalizers.tables.roles import classify
from normalizers.tables.vocab import cell_evidence


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("two_level_header_scans")
    return scanned([18008], out)[0]


@pytest.mark.parametrize("page, measure", [(7, "กิจกรรมเปิดเผยข้อมูลการใช้จ่ายงบประมาณ"),
                                           (8, "แนวทางประกาศเจตนารมณ์ไม่รับของขวัญ"),
                                           (9, "มาตรการสำรวจความพึงพอใจของผู้รับบริการ")])
def test_single_body_row_under_two_level_header_is_data(scan, page, measure):
    _, tables = ocr_page(scan, page, dpi=300)
    t = build_table(tables[0])
    assert len(t.header) == 1, t.header
    assert len(t.rows) == 1, [r.cells for r in t.rows]
    row = t.rows[0].cells
    assert any(measure in c for c in row), row
    lay = classify(t)
    assert lay.kind == "measures", lay
    steps = row[lay.roles.index("steps")]
    assert "สรุปผลการดำเนินงาน" in steps or "แต่งตั้งคณะทำงาน" in steps, (lay.roles, row)
    assert "period" in lay.roles and "ปีงบประมาณ" in row[lay.roles.index("period")], (lay.roles, row)


def test_header_rows_stay_headers():
    top = ["ตัวชี้วัด", "ประเด็นที่ต้องพัฒนา", "มาตรการ", "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "", ""]
    sub = ["", "", "", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"]
    assert body_evidence(sub) == 0
    assert header_depth([top, sub, ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "i๑๐ คะแนนต่ำ", "มาตรการ…",
                                    "1 แต่งตั้งคณะทำงาน 2 จัดทำประกาศ", "ตลอดปีงบประมาณ ๒๕๖๙", "กองคลัง"]]) == 2


def test_group_title_with_its_sub_title_names_the_sub_column():
    assert max(cell_evidence("การนำผลการวิเคราะห์ไปสู่การปฏิบัติวิธีการดำเนินการ"), key=lambda e: e[1])[0] == "steps"
    assert cell_evidence("การนำผลการวิเคราะห์ไปสู่การปฏิบัติ") == ()
