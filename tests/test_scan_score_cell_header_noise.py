"""fresh23s 24113 (scanned at 300 dpi, zebra question tables under a shaded header): the header's
score word was read into the first row's score cell as letters above the score (``พ พ นภาล ส
ew⏎๕๓.๐๕``); the cell read as no score and the question was lost (i1, i4, i10, i13). A score on the
last line under lines of no number is the score, flagged ``score_cell_noise_dropped``. The rows are
the extractor's real reading."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.records.scores_stacked import score_under_noise

ROWS = [["รายการข้อคำถาม", "ผลคะแนน"],
        ["i๑ การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไป\nตามขันตอนและระยะเวลาอย่างน้อยเพียงใด",
         "พ พ นภาล ส ew\n๕๓.๐๕"],
        ["i๒ เจ้าหน้าที่ในหน่วยงานของท่านมีการเลือกปฏิบัติอย่างไม่เป็นธรรมต่อผู้\nที่มาติดต่อหรือผู้รับบริการอย่างน้อยเพียงใด", "๕๙.๗๗"],
        ["โด เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียกรับสินบนเพื่อแลกกับการ\nปฏิบัติงานหรือการให้บริการหรือไม่", "๕๑.๔๓"]]


def test_score_under_header_noise_in_the_first_row_is_read():
    table = RawTable(page=1, index=0, bbox=(65.5, 514.3, 514.8, 626.6), rows=[list(r) for r in ROWS], method="ocr",
                     cell_conf=[[0.95, 0.95], [0.95, 0.66], [0.94, 0.97], [0.94, 0.97]], col_x=[65.52, 461.04, 514.8], flags=["ocr_grid_inferred"])
    text = ("รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
            "ผลคะแนนรายข้อคำถาม\nตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่")
    ex = Extraction(doc_id="s024113", file_name="s024113_html_scan.pdf", page_count=1, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=text, full_text=text, width=595.44, height=841.92)])
    q = {r["question_code"]: r for r in normalize(ex).question_scores}
    assert q["i1"]["score"] == 53.05 and "score_cell_noise_dropped" in q["i1"]["flags"]
    assert q["i2"]["score"] == 59.77


def test_two_numbers_in_a_score_cell_stay_unread():
    assert score_under_noise("๔๕.๐๔\n๖๙.๙๖") is None
    assert score_under_noise("2 2 ๓ 2 : : ewew\n๗๓.๖๓") == "๗๓.๖๓"
