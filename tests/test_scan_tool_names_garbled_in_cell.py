"""Unseen scan 32004 (200 dpi, results table with tool cells spanning the indicator rows): OCR
read the tool names over the scores as ``แห`` (IIT), ``e1`` (EIT) and ``o1`` (OIT), and EIT's
``88.81`` as ``«8.81``. The column took no role, nothing read the cells, and IIT/EIT/OIT were
null in an ``ok`` document without a flag. Now a short garbled name before a score, on a row
whose indicator names the tool, gives the tool's score (flagged ``tool_name_unread``); a score
with one character past reading takes the mean of the tool's indicators only where that mean
is the printed score but for that character, else null with ``<tool>_score_unread``. The rows
are the extractor's real reading of the page."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.records.tool_pieces import _one_digit_from_mean

ROWS = [["ตัวชี้วัดที่", "คะแนน\n(ร้อยละ)", "คะแนนเครื่องมือ"],
        ["๑.การปฏิบัติหน้าที่", "๘๘.13", "แห\n๘3.06"], ["๒. การใช้งบประมาณ", "7๙.๑7", None],
        ["3 การใช้อำนาจ", "๙2.๔1", None], ["4 การใช้ทรัพย์สินของราชการ", "7๖.5๖", None],
        ["๕. การแก้ไขปัญหาการทุจริต", "๗9.0๑", None], ["คุณภาพการดำเนินงาน", "97.9๔", "e1\n«8.81"],
        ["7 ประสิทธิภาพการสื่อสาร", "๙๕.๑6", None], ["8 การปรับปรุงการทำงาน", "๗3.33", None],
        ["9 การเปิดเผยข้อมูล", "8๘.๔1", "o1\n91.๘6"], ["1๐ การป้องกันการทุจริต", "9๕.32", None]]
CONF = [[0.93, 0.94, 0.95], [0.95, 0.97, 0.97], [0.95, 0.97, 1.0], [0.95, 0.97, 1.0], [0.95, 0.97, 1.0],
        [0.94, 0.97, 1.0], [0.94, 0.97, 0.79], [0.95, 0.97, 1.0], [0.95, 0.97, 1.0], [0.95, 0.97, 0.96],
        [0.95, 0.97, 1.0]]
TEXT = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนิน\nงานของหน่วยงานภาครัฐ\n"
        "ประจำปีงบประมาณ พ .ศ. 2๕66\nองค์การบริหารส่วนตำบลนาทราย\nองค์การบริหารส่วนตำบลนาทราย อำเภอลี้ จังหวัดลำพูน\n"
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาค\nรัฐ ประจำปีงบประมาณ พ.ศ. 2๕6๖ "
        "องค์การบริหารส่วนตำบลนาทราย ได้คะแนน\n๘๘.3๑ คะแนน อยู่ในระดับ ผ่าน\nผลคะแนนรายตัวชี้วัด")


def _doc(rows):
    table = RawTable(page=1, index=0, bbox=(62.88, 245.04, 543.84, 479.04), rows=rows, method="ocr",
                     cell_conf=CONF, col_x=[62.88, 303.36, 399.84, 543.84])
    ex = Extraction(doc_id="s032004", file_name="s032004_html_scan.pdf", page_count=1, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=TEXT, full_text=TEXT, width=595.44, height=842.04,
                                    numbers=[["2๕66", 1.0], ["2๕6๖", 1.0], ["๘๘.3๑", 0.5]])])
    return normalize(ex).document


def test_garbled_tool_names_in_the_tool_cells():
    d = _doc([list(r) for r in ROWS])
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (83.06, 88.81, 91.86)
    assert "iit_score:tool_name_unread:แห" in d["flags"] and "oit_score:tool_name_unread:o1" in d["flags"]
    assert "eit_score_digit_from_mean:«8.81" in d["flags"]


def test_a_score_past_reading_the_mean_does_not_bear_out_is_null_and_told():
    rows = [list(r) for r in ROWS]
    rows[6][2] = "e1\n«7.81"  # the mean of indicators 6-8 is 88.81: no one-character reading of it
    d = _doc(rows)
    assert d["eit_score"] is None and "eit_score_unread:p1" in d["flags"]
    assert d["status"] == "partial"


def test_one_character_from_the_mean():
    assert _one_digit_from_mean("«8.81", 88.8100001) == 88.81
    assert _one_digit_from_mean("«8.8«", 88.81) is None  # two characters past reading
    assert _one_digit_from_mean("88.81", 88.81) is None  # nothing to mend: read by the parser
    assert _one_digit_from_mean("«8.81", None) is None
