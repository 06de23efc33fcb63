"""fresh23s 24102 (300 dpi, unruled results table): OCR put the centred header ``ตัวชี้วัดที่`` over a
column of its own, empty in every body row, and read a speck left of it as the names' header
(``.``). The indicator role went to the empty column and the whole results table (10 indicators)
was lost. A header cell of no letter or digit is no header: the names' column takes the shifted
header (``header_shifted_column_joined``). The cells below are the extractor's real reading (its
``ตัวขี้วัดที่`` mended to ``ตัวชี้วัดที่``, as the document's other tables mend it)."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

ROWS = [[".", "ตัวชี้วัดที่", "คะแนนที่ได้", "คะแนนเครื่องมือ"],
        ["๑.การปฏิบัติหน้าที", "", "๗๔.๘๖", "HT"], ["๒.การใช้งบประมาณ", "", "๖๓.๕๑", "๘๐.๙๘"],
        ["๓.การใช้อำนาจ", "", "๙๙.๔๒", ""], ["๔.การใช้ทรัพย์สินของราชการ", "", "๗๔.๕๔", ""],
        ["๕.การแก้ไขปัญหาการทุจริต", "", "๙๒.๕๘", ""], ["๖. คุณภาพการดำเนินงาน", "", "๖๒.๓๗", "e1"],
        ["ol, ประสิทธิภาพการสื่อสาร", "", "๗๒.๑๑", "๗๐.๗๔"], ["๘. การปรับปรุงการทำงาน", "", "๗๗.๗๕", ""],
        ["a. การเปิดเผยข้อมูล", "", "๙๖.๗๔", "o1"], ["๑๐.การป้องกันการทุจริต", "", "๙๐.๗๐", "๙๓.๗๒"]]
WANT = {1: 74.86, 2: 63.51, 3: 99.42, 4: 74.54, 5: 92.58, 6: 62.37, 7: 72.11, 8: 77.75, 9: 96.74, 10: 90.70}


def _extraction(header0: str) -> Extraction:
    rows = [list(r) for r in ROWS]
    rows[0][0] = header0
    conf = [[0.95] * 4 for _ in rows]
    table = RawTable(page=1, index=0, bbox=(42.2, 238.8, 729.1, 451.2), rows=rows, method="ocr", cell_conf=conf,
                     col_x=[42.24, 198.48, 360.24, 586.8, 729.12], flags=["ocr_grid_inferred"])
    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\nอบต.นาทราย\nผลคะแนนรายตัวชี้วัด")
    page = PageText(page=1, method="ocr", text=text, full_text=text, width=841.92, height=595.44)
    return Extraction(doc_id="s024102", file_name="s024102_html_scan.pdf", page_count=1, pages=[page], tables=[table])


def test_results_table_header_speck_over_names_column_keeps_the_indicators():
    rec = normalize(_extraction("."))
    got = {r["indicator_no"]: r["score"] for r in rec.indicator_scores if r["source"] == "results_table"}
    assert got == WANT

