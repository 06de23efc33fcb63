"""Unseen-then scan u48b 48202 (scan33z's check set, dev since; one measures table, columns in
mirror order, a two-level header over a one-row page): the OCR grid of page 6 put a column line
14 pt from another inside the measure's words, กิ | จกรรมสร้างวัฒนธรรม over อ | งค์กร…
(the group title over the findings leaves that letter gap blank from top to bottom). The measure
was named จกรรม…, and the table had eight columns against the seven of its headerless rest on
page 7, which nothing mapped: two of three measures lost. A column narrower than a letter pair
printing only pieces of words, one per line of its neighbour's, is joined to it line by line.
The table is the extractor's real reading of page 6."""
from __future__ import annotations

from extractors.model import RawTable
from normalizers.tables.grid import build_table
from normalizers.tables.headercol import join_header_columns

ROWS = [['หน่วยงาน\nรับผิดชอบ', 'ตัวชี้วัด', 'ความสอดคล้องกับ\nตัวชี้วัด', 'การนำ\nวิธีการดำเนินการ', 'ผลการวิเคราะห์ไปสู่การปฏิ\nผลการวิเคราะห์', 'บัติ', 'มาตรการ / แนวทาง', 'ที่'], ['งานบริหารงาน\nบุคคล', 'ตัวชี้วัดที่1 การ\nปฏิบัติหน้าที่\n(70.69 คะแนน)', 'ลดความเสียงการ\nทจริตในกระบวนงาน\nที่พบจากการประเมิน', '1 ประเมินผลและนำข้อเสนอแนะมา\nปรับปรุง โดยให้ทุกส่วนราชการรายงาน\nผลการดำเนินงานตามแบบที่กำหนด\nพร้อมเอกสารหลักฐานประกอบและ\nเสนอผู้บริหารพิจารณาให้ความเห็นชอบ\nก่อนเผยแพร่ต่อสาธารณะผ่านช่องทาง\nต่างๆ ของหน่วยงาน\n2 เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วย\nงาน\n3 รวบรวมข้อมูลและตรวจสอบความ\nถูกต้อง โดยให้ทุกส่วนราชการรายงานผล\nการดำเนินงานตามแบบที่กำหนดพร้อม\nเอกสารหลักฐานประกอบและเสนอผู้\nบริหารพิจารณาให้ความเห็นชอบก่อน\nเผยแพร่ต่อสาธารณะผ่านช่องทางต่าง ๆ\nของหน่วยงาน\n4 สรุปผลการดำเนินงานรายงานผู้\nบริหาร โดยให้ทุกส่วนราชการรายงานผล\nการดำเนินงานตามแบบที่กำหนดพร้อม\nเอกสารหลักฐานประกอบและเสนอผู้\nบริหารพิจารณาให้ความเห็นชอบก่อน\nเผยแพร่ต่อสาธารณะผ่านช่องทางต่าง ๆ\nของหน่วยงาน\n5 ติดตามความก้าวหน้าทุกเดือน\n6 จัดทำแผนและกำหนดกรอบเวลาการ\nดำเนินงาน โดยให้ทกส่วนราชการ\nรายงานผลการดำเนิ่นงานตามแบบที่', 'i2 14 บุคลากรบางส่วน\nเห็นว่าการมอบหมายงาน\nยังไม่เป็นธรรม', 'กิ\nอ', 'จกรรมสร้างวัฒนธรรม\nงค์กรต่อต้านการทุจริต', '|']]
COL_X = [39.6, 120.48, 212.4, 318.48, 507.6, 627.84, 642.24, 760.08, 802.56]


def _table(rows, col_x=COL_X):
    raw = RawTable(page=6, index=0, bbox=(39.6, 90.0, 802.56, 546.72), rows=rows, method="ocr",
                   cell_conf=[[0.94] * len(rows[0]) for _ in rows], col_x=col_x, flags=["ocr_grid_inferred"])
    return join_header_columns(build_table(raw, {}))


def test_scan_sliver_column_inside_a_cells_words():
    t = _table([list(r) for r in ROWS])
    assert t.n_cols == 7 and "sliver_column_joined:c5" in t.flags
    body = t.rows[-1]
    assert body.cells[5] == "กิจกรรมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต"


def test_a_narrow_column_of_numbers_stays():
    # a narrow column of row numbers (digits) is a column of its own
    rows = [list(r) for r in ROWS]
    rows[1][5] = "1"
    t = _table(rows)
    assert t.n_cols == 8 and not any(f.startswith("sliver_column_joined") for f in t.flags)
