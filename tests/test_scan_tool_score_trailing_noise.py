"""Unbiased scan 36100 (fresh26s, 200 dpi, Noto Sans Thai, a results table whose tool cells
span the indicator rows): OCR read specks under two tool scores as letters after them
(``IIT⏎๗๙.๐๑ฒญ๕``, ``o1⏎๗๓.๗๒ตตุฆฒ``) and ``อำเภอ`` as ``จำเภอ``. IIT, OIT and the district
were null in an ``ok`` document without a flag (the tool-evidence check did not see the
scores either). Now a two-decimal score before a short run of no word or number is kept,
flagged ``score_trailing_noise``, and ``จำเภอ`` reads as the district word, flagged
``district_word_misread``. The rows and text are the extractor's real reading of the page."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.fields.numbers import score_before_noise

ROWS = [["ตัวชี้วัดการประเมิน", "คะแนน (ร้อยละ)", "คะแนนเครื่องมือ"],
        ["๑ การปฏิบัติหน้าที่", "๖๔.๖๖", "IIT\n๗๙.๐๑ฒญ๕"], ["๒. การใช้งบประมาณ", "๙๙.๗๗", None],
        ["๓. การใช้อำนาจ", "๙๒.๑๒", None], ["๔.การใช้ทรัพย์สินของราชการ", "๖๒.๐๒", None],
        ["๕.การแก้ไขปัญหาการทุจริต", "๗๖.๕๐", None], [">. คุณภาพการดำเนินงาน", "๖๘.๘๕", "EIT\n๘๑.๓๕"],
        ["ฒ. ประสิทธิภาพการสื่อสาร", "๘๐.๒๖", None], ["๘. การปรับปรุงการทำงาน", "๙๔.๙๔", None],
        ["๙. การเปิดเผยข้อมูล", "๗๔.๙๙", "o1\n๗๓.๗๒ตตุฆฒ"], ["๑๐ การป้องกันการทุจริต", "๗๒.๔๕", None]]
CONF = [[0.94, 0.94, 0.94], [0.95, 0.97, 0.86], [0.94, 0.97, 1.0], [0.95, 0.97, 1.0], [0.94, 0.97, 1.0],
        [0.94, 0.97, 1.0], [0.91, 0.97, 0.98], [0.93, 0.97, 1.0], [0.94, 0.97, 1.0], [0.92, 0.97, 0.79],
        [0.95, 0.97, 1.0]]
TEXT = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน\nภาครัช\n"
        "ประจำปั่งบประมาณ พ.ศ. ๒๕๖๗\nองค์การบริหารส่วนตำบลคลองใหม่\n"
        "องค์การบริหารส่วนตำบลคลองใหม่ จำเภอสามพราน จังหวัดนครปชม\n"
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี\n"
        "งบประมาณ พ.ศ. ๒๕๖๗วง องค์การบริหารส่วนตำบลคลองใหม่ ได้คะแนน ๗๗.๖๐ คะแนน อยู่ใน\n"
        "ระดับ B\nผลคะแนนรายตัวชี้วัด\nเกณฑ์ระดับผลการประเมิน")


def _doc(rows):
    table = RawTable(page=1, index=0, bbox=(62.16, 245.04, 544.8, 462.72), rows=rows, method="ocr",
                     cell_conf=CONF, col_x=[62.16, 270.72, 400.08, 544.8])
    ex = Extraction(doc_id="s036100", file_name="s036100_html_scan.pdf", page_count=1, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=TEXT, full_text=TEXT, width=595.44, height=842.04,
                                    numbers=[["๒๕๖๗", 0.993], ["๒๕๖๗", 0.999], ["๗๗.๖๐", 0.97]])])
    return normalize(ex).document


def test_tool_scores_with_specks_after_them_are_kept_and_flagged():
    d = _doc([list(r) for r in ROWS])
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (79.01, 81.35, 73.72)
    assert "iit_score:score_trailing_noise:ฒญ5" in d["flags"]
    assert "oit_score:score_trailing_noise:ตตุฆฒ" in d["flags"]
    assert not any(f.startswith("eit_score:score_trailing") for f in d["flags"])


def test_district_word_read_with_its_first_letter_wrong():
    d = _doc([list(r) for r in ROWS])
    assert d["district"] == "สามพราน" and "district_word_misread:จำเภอ" in d["flags"]


def test_what_is_no_score_before_noise():
    assert score_before_noise("๗๙.๐๑ฒญ๕") == (79.01, "ฒญ5")
    assert score_before_noise("๗๙.๐๑") == (None, "")  # a clean score is the parser's
    assert score_before_noise("๗๙.๐ฒญ") == (None, "")  # one decimal: no score's shape
    assert score_before_noise("๗๙.๐๑ คะแนนของหน่วยงาน") == (None, "")  # words, not specks
    assert score_before_noise("๗๙.๐๑5") == (None, "")  # a third decimal is no speck
