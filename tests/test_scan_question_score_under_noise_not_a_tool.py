"""Unseen scan fresh34s 49108 (300 dpi, per-indicator question tables with zebra rows): the
table of i13-i15 was read as a body of two columns (code and text | score) under a header
read apart, and its first score cell came with a shading band's noise over it, ``ณะ⏎๔6.๔0``.
That shape is a tool's garbled name over its score (``ct.garbled_tool``, a results table's
spanned cell), so the score column was mapped as tool scores and the three questions were
lost (the document ``partial``, ``questions_missing:i13-i15``); e1-e2 the same. Where the
rows print a question each, a cell of that shape is a score under noise. The tables are the
extractor's real reading of page 2."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

HEADER = [["รหัส", "รายการข้อคำถาม", "คะแนน (ร้อยละ)"]]
BODY = [["i๑3 ผู้บริหารสูงสุดของหน่วยงานของท่านให้ความสำคัญกับการแก้ไข\nปัญหาการทุจริต มากน้อยเพียงใด", "ณะ\n๔6.๔0"],
        ["i๑4 ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน\nสามารถป้องกันได้มากน้อยเพียงใด", "๖1.1๘"],
        ["i1๕ ท่านเช ื่อมั่นในกระ บวนการจัดการเรื่องร้องเรียนการทุจริ ตและ\nประพฤติมิชอบภายในหน่วยงานของท่าน มากน้อยเพียงใด",
         "๖๔.4๓"]]
TEXT = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nเทศบาลตำบลบ้านแพง อำเภอบ้านแพง จังหวัดนครพนม\n"
        "ตัวชี้วัดที่ ๒ การใช้งบประมาณ")


def _records(body):
    header = RawTable(page=1, index=0, bbox=(63.6, 531.84, 543.36, 549.12), rows=HEADER, method="ocr",
                      cell_conf=[[0.95, 0.95, 0.94]], col_x=[63.6, 165.84, 389.76, 543.36], flags=["ocr_grid_inferred"])
    table = RawTable(page=1, index=1, bbox=(65.52, 549.6, 514.08, 653.52), rows=body, method="ocr",
                     cell_conf=[[0.6, 0.85], [0.94, 0.97], [0.6, 0.97]], col_x=[65.52, 461.28, 514.08],
                     flags=["ocr_grid_inferred"])
    ex = Extraction(doc_id="s049108", file_name="s049108_html_scan.pdf", page_count=1, tables=[header, table],
                    pages=[PageText(page=1, method="ocr", text=TEXT, full_text=TEXT, width=595.44, height=841.92)])
    return normalize(ex)


def test_scan_question_score_under_noise_not_a_tool():
    r = _records([list(row) for row in BODY])
    got = {q["question_code"]: q for q in r.question_scores}
    assert {c: got[c]["score"] for c in ("i13", "i14", "i15")} == {"i13": 46.4, "i14": 61.18, "i15": 64.43}
    assert "score_cell_noise_dropped" in got["i13"]["flags"]  # the noise is told, the value doubted
    assert r.document["iit_score"] is None


def test_scan_tool_name_over_score_still_a_tool_beside_indicator_rows():
    # the same cell beside rows that name indicators, not questions, is still a tool's score
    # (``test_scan_tool_names_garbled_in_cell`` holds the whole results table)
    from normalizers.tables import cells as ct

    assert ct.cell_type("ณะ ๔6.๔0", "ณะ\n๔6.๔0") == ct.TOOL
