"""Dev scan 31020 (300 dpi, per-measure tables, codes in the findings cell): OCR dropped a digit
of ``o๒๓`` and read ``o๒``, a code of another question. The row names indicator 10, and the
2568 catalog puts o2 under indicator 9, but the code was kept without a flag (the scorer counted
it wrong with unrelated flags). Now such a row says ``code_other_indicator:o2``. The table is
the extractor's real reading of page 10."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.records.measure_codes import codes_off_indicator

STEPS = ("-จัดกิจกรรมอบรมให้ความรู้แก่เจ้าหน้าที่\nโดยให้ทุกส่วนราชการรายงานผลการ\nดำเนินงานตามแบบที่กำหนดพร้อมเอกสาร\n"
         "- เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน")
ROWS = [["มาตรการ/โครงการ/กิจกรรม", "ตัวชี้วัด", "ส่วนราชการที่\nรับผิดชอบ", "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ", None, "ข้อค้นพบ"],
        [None, None, None, "ความสอดคล้องกับตัว\nชี้วัด", "ขั้นตอนการดำเนินงาน", None],
        ["(5) มาตรการประกาศ\nเจตนารมณ์ไม่รับของขวัญ\nและของกำนัลทุกชนิด", "ตัวชี้วัดที่๑๑๐ การ\nป้องกันการทุจริต\n(๖๔.๗๘ คะแนน)",
         "กองคลัง\nกองช่าง", "ลดความเสี่ยงการ\nทจริตในกระบวนงาน\nที่พบจากการประเมิน", STEPS,
         "o๒ ผู้รับบริการบางราย\nเห็นว่าการให้บริการยัง\nล่าช้าและขั้นตอนไม่ชัดเจน"]]


PAGE1 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
         "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nอบต.หนองบัว\n"
         "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
         "อบต.หนองบัว ได้คะแนน\n๗๖.๘๑ คะแนน อยู่ในระดับ ไม่ผ่าน\nหน่วยงาน : อบต.หนองบัว\n"
         "อ.เมืองอุดรธานี จ.อุดรธานี\nIIT ๘๖.๑๙ | EIT ๐.๓ | OIT ๗๔.๖๐")


def test_a_code_of_another_indicator_is_flagged():
    table = RawTable(page=2, index=0, bbox=(42.0, 218.4, 799.2, 549.6), rows=[list(r) for r in ROWS], method="ocr",
                     cell_conf=[[0.95] * 6 for _ in ROWS],
                     col_x=[42.0, 178.56, 272.16, 360.72, 473.28, 673.68, 799.2], flags=["ocr_grid_inferred"])
    ex = Extraction(doc_id="s031020", file_name="s031020_html_scan.pdf", page_count=2, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=PAGE1, full_text=PAGE1, width=841.92, height=595.44),
                           PageText(page=2, method="ocr", text="", full_text="", width=841.92, height=595.44)])
    rows = normalize(ex).planned_measures
    assert len(rows) == 1
    m = rows[0]
    assert m["indicator_no"] == 10 and m["question_codes"] == ["o2"]
    assert "code_other_indicator:o2" in m["flags"]


def test_codes_of_the_row_indicator_are_not_flagged():
    assert codes_off_indicator(["o23"], 10, 2568) == []
    assert codes_off_indicator(["o2", "o23"], 10, 2568) == ["code_other_indicator:o2"]
    assert codes_off_indicator(["zz9"], 10, 2568) == []  # not in the catalog: nothing to compare
