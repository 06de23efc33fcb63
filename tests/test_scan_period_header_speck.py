"""Unseen scan 32001 (200 dpi, per-measure tables): the steps and period columns were read as one
column under one header cell, and a speck read into its words (``ช่วงระยะ⏎๐: เวลาใน``) kept the
header from naming the period. Measure 3's period (``1 ธ ค 30 … มิ.ย68``) went into its steps and
the period was null without a flag (``NULL WITHOUT FLAG``). Now the header's words are matched
without digits and marks too, and the row says ``column_not_read:period``. The table is the
extractor's real reading of page 6 (its first two rows)."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

ROWS = [["ที่", "ตัวชี้วัด", "ประเด็นที่ต้อง\nปรับปรุง/พัฒนา", "มาตรการ",
         "ผลการ\nวิเคราะห์ตัวชี\nวัดที่สอดคล้อง\nกับมาตรการ",
         "การดำเนินงาน\nช่วงระยะ\n๐: เวลาใน\nแนวทางการดาเนนการ ๐\nการดาเนน\nการ", "หน่วยงาน\nรับผิดชอบ"],
        ["3", "ตัวชี้วัดที่6\nคุณภาพการ\nดำเนินงาน",
         "e1 e2 หน่วยงานยัง\nขาดการเปิดโอกาส\nให้บุคคลภายนอกมี\nส่วนร่วมในการ\nปรับปรุงงาน",
         "3. โครงการจัดทำคู่มือ\nการยืมและคืนทรัพย์สิน\nของทางราชการ",
         "ลดความเสียง\nการทุจริตใน\nกระบวนงานที่พบ\nจากการประเมิน",
         "1 เปิดช่องทางรับฟังความคิดเห็น 1 ธ ค 30\nจากประชาชน มิ.ย68\n2 ติดตามความก้าวหน้าทุกเดือน",
         "กองสวัสดิการ\nสังคม\nกองส่งเสริม\nการเกษตร\nกองคลัง"]]
PAGE1 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนิน\nงานของหน่วยงานภาครัฐ\n"
         "ประจำปีงบประมาณ พ .ศ. 2567\nอบต.ดอนแก้ว\nผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาค\n"
         "รัฐ ประจำปีงบประมาณ พ.ศ. 2567 อบต.ดอนแก้ว ได้คะแนน 75.27 คะแนน อยู่ใน\nระดับ B\n"
         "หน่วยงาน : อบต.ดอน แก้ว\nอ.แม่ริม จ.เชียงใหม่\nIIT 84.67 | EIT 79.31 | OIT 65.20")


def test_period_named_by_a_header_with_a_speck_is_flagged_unread():
    table = RawTable(page=2, index=0, bbox=(39.6, 70.08, 802.56, 447.36), rows=[list(r) for r in ROWS], method="ocr",
                     cell_conf=[[0.93, 0.94, 0.94, 0.95, 0.94, 0.93, 0.95], [1.0, 0.94, 0.95, 0.94, 0.95, 0.95, 0.95]],
                     col_x=[39.6, 66.48, 140.88, 261.6, 386.4, 479.76, 721.68, 802.56], flags=["ocr_grid_inferred"])
    ex = Extraction(doc_id="s032001", file_name="s032001_html_scan.pdf", page_count=2, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=PAGE1, full_text=PAGE1, width=841.92, height=595.44),
                           PageText(page=2, method="ocr", text="", full_text="", width=841.92, height=595.44)])
    rows = normalize(ex).planned_measures
    assert len(rows) == 1
    m = rows[0]
    assert m["period_start"] is None and "column_not_read:period" in m["flags"]
