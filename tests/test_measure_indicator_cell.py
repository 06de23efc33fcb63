"""The indicator column of a measures table read from a scan may hold an analysis: codes and
a finding (its header unreadable, the column mapped from its cells). A finding can name an
indicator in passing; that name is not the measure's indicator."""
from __future__ import annotations

from normalizers.records.measures import measure_rows
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import Layout

# fresh14s seed 10507 (html scan, page 7) as OCR read it: the header over the second column
# came out `ขา ร รา "รร” พัฒนา` and the column was mapped as the indicator from its cells
CELLS = ["โครงการสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงงาน",
         "[i๒ บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของราชการ",
         "- รวบรวมข้อมูลและตรวจสอบความถูกต้อง", "กองช่าง", "รายงานผลต่อผู้บริหารทุกไตรมาส", ""]


def test_finding_naming_an_indicator_in_the_indicator_column_is_no_indicator():
    # the finding ends `…การใช้ทรัพย์สินของราชการ` (indicator 4's name); the measure is for
    # question i2, indicator 1 — it came out indicator 4 with no flag
    table = Table(page=7, index=0, header=[["มาตรการ /แนวทาง", 'ขา ร รา "รร” พัฒนา', "วิธีการดำเนินการ",
                                            "ผู้รับผิดชอบ", "การติดตามและประเมินผล", "หมายเหตุ"]],
                  rows=[Row(cells=list(CELLS), page=7, conf=[1.0] * 6, lines=list(CELLS))], n_cols=6)
    layout = Layout(kind="measures", roles=["measure", "indicator", "steps", "responsible", "follow_up", ""])
    rows, _ = measure_rows(table, layout, plan_year=2568, year=2567, start_seq=1, context={})
    assert len(rows) == 1
    m = rows[0]
    assert m["indicator_no"] == 1 and m["question_codes"] == ["i2"]
    assert {"indicator_cell_holds_codes", "indicator_from_questions"} <= set(m["flags"])
    assert m["analysis"] == "บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของราชการ"
