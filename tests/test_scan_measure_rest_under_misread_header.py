"""Unbiased fresh27s 38113 (scored before any change; 300 dpi, one measures table over pages 4-5,
its grid inferred from the text, the header repeated on p5): OCR read the indicator column's
title ``ประเด็น/ตัว…`` as ``ปรเดต็น/ตัว…`` on p4, so the two parts' headers were not the same
letters. ``stitch._same_header`` took any two tables with inferred grids for text-layer tables
without rules (the same letters or nothing) and never reached its OCR similarity check: the part
on p5 stood alone, the last measure's rest (``ปีผ่านเว็บไซต์ของหน่วยงาน``, two steps, a unit) read
as a measure of its own and the unit lost from the measure. Once stitched, the rest is told by
two tells: no indicator cell where every measure prints one (``indicator_above_only``) and the
steps' list going on without the points OCR dropped (``1 เผยแพร่…`` / ``2 ประเมินผล…``)."""
from __future__ import annotations

from normalizers.records.measure_breaks import merge_page_breaks, split_row_signals
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout
from normalizers.tables.stitch import stitch

HEAD4 = ["มาตรการ", "แนวทางการดำเนินการ", "ผลการวิเคราะห์", "หมายเหตุ", "ผู้รับผิดชอบ/หน่วยงาน", "ปรเดต็น/ตัว “dy,"]
HEAD5 = ["มาตรการ", "แนวทางการดำเนินการ", "ผลการวิเคราะห์", "หมายเหตุ", "ผู้รับผิดชอบ/หน่วยงาน", "ประเด็น/ตัว “de,"]
ROLES = ["measure", "steps", "analysis", "", "responsible", "indicator"]


def _row(cells, page):
    return Row(cells=list(cells), page=page, conf=[0.9] * len(cells), lines=list(cells))


def _tables():
    p4 = Table(page=4, index=0, header=[HEAD4], n_cols=6, method="ocr", flags=["ocr_grid_inferred"],
               col_x=[62.4, 154.1, 281.5, 364.1, 415.4, 478.3, 544.6], rows=[
                   _row(["แนวทางสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต", "1 เปิดช่องทางรับฟังความคิดเห็นจากประชาชน 2 ประชุมชี้แจงบุคลากร",
                         "ผลการประเมินด้านการแก้ไขปัญหาการทุจริตลดลงจากปีก่อน", "ดำเนินการต่อเนื่อง", "งานบริหารงานบุคคล",
                         "ตัวชี้วัดที่๖ คุณภาพการดำเนินงาน"], 4),
                   _row(["แนวทางเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำ", "1 เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน",
                         "การเผยแพร่ข้อมลการจัดซื้อจัดจ้างยังไม่", "ดำเนินการต่อเนื่อง", "หน่วยตรวจสอบภายใน",
                         "ตัวชี้วัดที่๕ การปรับปรุงการทำงาน"], 4)])
    p5 = Table(page=5, index=0, header=[HEAD5], n_cols=6, method="ocr", flags=["ocr_grid_inferred"],
               col_x=[62.4, 151.4, 281.8, 364.3, 416.2, 479.5, 544.6], rows=[
                   _row(["ปีผ่านเว็บไซต์ของหน่วยงาน", "2 ประเมินผลและนำข้อเสนอแนะมาปรับปรุง 3 จัดทำแผนและกำหนดกรอบเวลา",
                         "ครบถ้วนตามที่กำหนด", "", "งานบริหารงานบุคคล", ""], 5)])
    return [p4, p5]


def test_parts_of_a_scanned_table_with_a_misread_title_are_stitched():
    out = stitch(_tables())
    assert len(out) == 1 and [r.page for r in out[0].rows] == [4, 4, 5]


def test_the_rest_under_the_repeated_header_joins_its_measure():
    t = stitch(_tables())[0]
    lay = Layout(kind="measures", roles=list(ROLES))
    assert split_row_signals(t.rows[1], t.rows[2], lay, False, indicators_printed=True) == \
        ["indicator_above_only", "steps_numbering_continues"]
    merge_page_breaks(t, lay)
    assert len(t.rows) == 2
    last = t.rows[-1]
    assert "row_split_across_pages" in last.flags
    assert "งานบริหารงานบุคคล" in last.cells[4] and "หน่วยตรวจสอบภายใน" in last.cells[4]
    assert last.cells[0].startswith("แนวทางเปิดเผยข้อมูล") and "ปีผ่านเว็บไซต์" in last.cells[0]


def test_a_dotless_one_is_no_list_going_on():
    # a first step without its point after the break under a dotless list: not a continuation
    lay = Layout(kind="measures", roles=list(ROLES))
    prev = _row(["ก", "1 เผยแพร่ข้อมูล", "ข", "", "ค", "ตัวชี้วัดที่๕"], 4)
    row = _row(["ง", "1 ประเมินผล", "จ", "", "ฉ", "ตัวชี้วัดที่๖ คุณภาพ"], 5)
    assert "steps_numbering_continues" not in split_row_signals(prev, row, lay, False, indicators_printed=True)
    assert "indicator_above_only" not in split_row_signals(prev, row, lay, False, indicators_printed=True)
