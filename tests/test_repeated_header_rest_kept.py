"""A measure's rest under a header repeated at the next page's top, on a scan: the stages' units (issue 15; dev
62105, scan40s's unseen set, 300 dpi, portrait, one table per measure, the header repeated).

Measure 4 (``i7 i12``) runs from p5's foot onto p6, where its rest is the one body row under the
repeated header. Two things lost it without a flag:

- ``header_rows.stacked_header_lines`` took the rest for the header's second text line (each of
  its cells short, ``๒. รวบรวมข้อมูลและตรวจสอบความถูกต้อง`` among them), so the part had no body;
- the part's grid had a 13 pt column empty in its header and body, 7 columns against p5's 6:
  ``stitch._empty_columns_dropped`` dropped such a column only in parts without a header, so the
  part was not stitched and its rest became a measure of its own (flagged, measure 4 cut).
"""
from __future__ import annotations

from normalizers.tables.grid import Row, Table
from normalizers.tables.header_rows import stacked_header_lines
from normalizers.tables.stitch import stitch

P6_HEADER = ["หมายเหตุ", "ตัวชี้วัดที่", "ขั้นตอน/วิธีการดำเนินการ", "ผลการวิเคราะห์การประเมิน",
             "การดำเนินงานผู้รับผิดชอบ", "", "มาตรการ"]
P6_REST = ["", "", "๒. รวบรวมข้อมูลและตรวจสอบความถูกต้อง", "ปฏิบัติการใช้ทรัพย์สินของราชการ",
           "และสิ่งแวดล้อมงานประชาสัมพันธ์", "", "กระบวนงานจัดซื้อจัดจ้าง"]


def test_numbered_step_is_no_header_line():
    assert not stacked_header_lines([P6_HEADER, P6_REST])


def test_header_lines_still_stacked():
    # a header's two text lines cut into rows (guard: no numbered item in them)
    assert stacked_header_lines([["ลำดับ", "มาตรการ/โครงการ", "ขั้นตอนการ", "ระยะเวลา"],
                                 ["", "", "ดำเนินงาน", "ดำเนินการ"]])


def _row(cells, page):
    return Row(cells=list(cells), page=page, conf=[1.0] * len(cells), lines=list(cells))


def test_part_with_an_empty_column_under_its_repeated_header_is_stitched():
    p5 = Table(page=5, index=3, n_cols=6, col_x=[62, 113, 175, 296, 382, 456, 545], method="ocr",
               flags=["ocr_grid_inferred"],
               header=[["หมายเหตุ", "ตัวชี้วัดที่", "ขั้นตอน/วิธีการดำเนินการ", "ผลการวิเคราะห์การประเมิน",
                        "การดำเนินงาน", ""], ["", "", "", "", "ผู้รับผิดชอบ", "มาตรการ"]],
               rows=[_row(["ดำเนินการต่อเนื่อง", "ตัวชี้วัดที่2 การใช้งบประมาณ", "๑.เปิดช่องทางรับฟังความคิดเห็นจากประชาชน",
                           "i7 i12 บุคลากรภายในบางส่วนยังไม่ทราบแนว", "กองสาธารณสุข",
                           "4 แนวทางประเมินความเสี่ยงการทุจริตใน"], 5)])
    p6 = Table(page=6, index=0, n_cols=7, col_x=[62, 118, 172, 296, 382, 445, 458, 545], method="ocr",
               flags=["ocr_grid_inferred"], header=[list(P6_HEADER)], rows=[_row(P6_REST, 6)])
    out = stitch([p5, p6])
    assert len(out) == 1, [(t.page, t.n_cols) for t in out]
    assert [r.page for r in out[0].rows] == [5, 6]
    assert out[0].rows[1].cells[5] == "กระบวนงานจัดซื้อจัดจ้าง"

