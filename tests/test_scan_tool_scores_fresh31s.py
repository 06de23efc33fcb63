"""Tool scores the unbiased scanned set fresh31s (seeds 43100–43115, scored with 0.30.0 before any
change) lost; the cells are the OCR's own readings of those pages.

- 43107 (300 dpi, landscape results table, horizontal rules only, each tool's cell spanning its
  indicators' rows with the tool's name over its score): ``IIT`` read ``HT``, ``EIT`` read ``e1``
  and ``OIT`` read ``o1 เห``. ``e1`` looked like a question code and ``o1 เห`` like a code and its
  text, so the column was no tool column and IIT, EIT and OIT were all null.
"""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.tables.cells import TOOL, cell_type

ROWS_43107 = [
    ["", "ตัวชี้วัด", "คะแนน", "เครื่องมือการประเมิน"],
    ["๑.การปฏิบัติหน้าที่", "", "๗๕.๒๔", "HT\n๗๑.๙๒"],
    ["๒. การใช้งบประมาณ", "", "๖๒.๔๒", None],
    ["๓.การใช้อำนาจ", "", "๖๖.๕๖", None],
    ["๔.การใช้ทรัพย์สินของราชการ", "", "๙๔.๘๗", None],
    ["๕.การแก้ไขปัญหาการทุจริต", "", "๖๐.๕๒", None],
    ["๖. คุณภาพการดำเนินงาน", "", "๖๘.๕๕", "e1\n๗๔.๔๖"],
    ["ov. ประสิทธิภาพการสื่อสาร", "", "๗๕.๑๑", None],
    ["๘. การปรับปรุงการทำงาน", "", "๗๙.๗๑", None],
    ["«. การเปิดเผยข้อมูล", "", "๗๐.๕๐", "o1 เห\n๖๖.๐๗"],
    ["๑๐. การป้องกันการทุจริต", "", "๖๑.๖๔", None],
]
TEXT_43107 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
              "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเทศบาลเมืองกาฬสินธุ์\n"
              "เทศบาลเมืองกาฬสินธุ์ ได้คะแนน ๗๐.๓๔ คะแนน อยู่ในระดับ ไม่ผ่าน\nผลคะแนนรายตัวชี้วัด\n")


def _doc(rows):
    table = RawTable(page=1, index=0, bbox=(39.8, 198.5, 802.6, 416.4), rows=rows, method="ocr")
    ex = Extraction(doc_id="s043107", file_name="s043107_html_scan.pdf", page_count=1, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=TEXT_43107, full_text=TEXT_43107,
                                    width=842.0, height=595.0)])
    return normalize(ex)


def test_spanned_tool_cells_whose_names_ocr_garbled():
    res = _doc(ROWS_43107)
    doc = res.document
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (71.92, 74.46, 66.07)
    # each tool comes from the indicator rows its cell spans, never from the garbled name: flagged
    for tool, head in (("iit", "HT"), ("eit", "e1"), ("oit", "o1เห")):
        assert f"{tool}_score:tool_from_spanned_rows" in doc["flags"]
        assert f"{tool}_score:tool_name_unread:{head}" in doc["flags"]
    assert {i["indicator_no"]: i["score"] for i in res.indicator_scores if i["source"] == "results_table"}[6] == 68.55


def test_a_level_or_a_word_over_a_score_is_no_garbled_tool():
    assert cell_type("HT ๗๑.๙๒", "HT\n๗๑.๙๒") == TOOL
    for lines in ("AA\n๙๕.๒๐", "ดีมาก\n85.00", "คะแนน\n85.00", "ผ่าน\n70.34"):
        assert cell_type(lines.replace("\n", " "), lines) != TOOL, lines
    # a code over a whole number is a question code, as before
    assert cell_type("i1 85", "i1\n85") != TOOL


ROWS_43113 = [
    ["ตัวขี้วัด", "ร้อยละ", "คะแนนเครื่องมือ"],
    ["๑.การปฏิบัติหน้าที่", "๖๕.๗๐", "WT"], ["๒.การใช้งบประมาณ", "๙๗.๑๔", "๙๐.๓๓"],
    ["๓. การใช้อำนาจ", "๙๗.๗๙", ""], ["๔.การใช้ทรัพย์สินของราชการ", "๙๘.๖๒", ""],
    ["๕.การแก้ไขปัญหาการทุจริต", "๙๒.๔๒", ""], ["๖. คุณภาพการดำเนินงาน", "๙๓.๒๖", "e1"],
    ["ฒ ประสิทธิภาพการสื่อสาร", "๖๘.๒๒", "๘๖.๑๙"], ["๘. การปรับปรุงการทำงาน", "๙๗.๐๙", ""],
    ["ฒ.การเปิดเผยข้อมูล", "๗๘.๔๖", "o1"], ["๑๐. การป้องกันการทุจริต", "๗๓.๖๘", "๗๖.่"],
]


def test_tool_score_under_its_garbled_name_with_its_decimals_lost_is_flagged():
    """43113 p1 (200 dpi, a borderless results table, each tool's name and score in two rows): OIT's
    ``๗๖.๐๗`` read ``๗๖.่`` under ``o1``: OIT null with no flag. Now the document says it is unread."""
    doc = _doc(ROWS_43113).document
    assert (doc["iit_score"], doc["eit_score"], doc["oit_score"]) == (90.33, 86.19, None)
    assert "oit_score_unread:p1" in doc["flags"] and doc["status"] != "ok"
    # a dash where the score stands prints no score: nothing is said unread
    rows = [list(r) for r in ROWS_43113]
    rows[10][2] = "-"
    assert "oit_score_unread:p1" not in _doc(rows).document["flags"]


def test_tool_cell_with_a_number_no_reading_took_is_flagged():
    """A tool column's spanned cell that prints a number no reading takes (43107's OIT cell if its score
    came out as ``o1 เห⏎๖๖.``) leaves the tool null; the document says so, it is not ``ok``."""
    rows = [list(r) for r in ROWS_43107]
    rows[9][3] = "OIT\n๖๖.๐๗ ๑๒.๓๔"  # two numbers: no one score
    doc = _doc(rows).document
    assert doc["oit_score"] is None
    assert "oit_score_unread:p1" in doc["flags"] and doc["status"] != "ok"
    assert (doc["iit_score"], doc["eit_score"]) == (71.92, 74.46)


def test_national_average_row_in_a_tool_column_is_nobodys_tool_score():
    """A national average's row joined under a results table (dev scan 19109 p1: ``ค่าเฉลี่ยระดับประเทศ |
    เท⏎๗๔.๘๒``) is skipped by the tool column: not our IIT even when its name is read."""
    rows = [list(r) for r in ROWS_43107] + [["ค่าเฉลี่ยผลการประเมินระดับประเทศ", "", "", "IIT\n๗๔.๘๒"]]
    rows[1][3] = None  # our IIT's cell unprinted: the national one must not stand in for it
    rows[2][3] = None
    doc = _doc(rows).document
    assert doc["iit_score"] is None and doc["eit_score"] == 74.46


def test_tool_line_with_garbled_keys_held_out_fresh31u():
    """Held-out fresh31u (200 dpi, key/value summary; scored with 0.30.0 and 0.31.0 before this fix):
    43211 p1 ``!แ ๗๕.๓๔ฑ | EIT ๘๒.๙๕ | OIT ๖๒.๗๐`` (a stray letter after IIT's score: the line unread, EIT
    and OIT said unread though printed plainly) and 43207 p1 ``!โ๗๔.๖๒ |ยีเโ๘๘.๒๖ | OIT ๘๔.๒๓`` (IIT's and
    EIT's keys both garbled: all three null, OIT's plain score lost with no flag)."""
    from normalizers.records.keyvalue import read_keyvalues

    kv = read_keyvalues([(1, "!แ ๗๕.๓๔ฑ | EIT ๘๒.๙๕ | OIT ๖๒.๗๐")], 2569)
    assert {t: v for t, (v, _, _) in kv.tools.items()} == {"IIT": 75.34, "EIT": 82.95, "OIT": 62.7}
    assert kv.flags == ["keyvalue_key_garbled:iit"] and not kv.unread_tools
    kv = read_keyvalues([(1, "!โ๗๔.๖๒ |ยีเโ๘๘.๒๖ | OIT ๘๔.๒๓")], 2569)
    assert {t: v for t, (v, _, _) in kv.tools.items()} == {"IIT": 74.62, "EIT": 88.26, "OIT": 84.23}
    assert kv.flags == ["keyvalue_key_garbled:iit", "keyvalue_key_garbled:eit"]
    # one garbled piece before OIT is no pair of keys: nothing is guessed
    kv = read_keyvalues([(1, "!โ๗๔.๖๒ | OIT ๘๔.๒๓")], 2569)
    assert "IIT" not in kv.tools and "EIT" not in kv.tools


TABLES_43212 = [  # p1's grids as OCR gave them (a zebra results table read in bands)
    [["", "", "", "ตัวชี้วัดการประเมิน", "", "", "คะแนน (ร้อยละ"]], [["องมือการประเมิน", ""]],
    [["1 การปฏิบัติหน้าที่", "๖3.4๒"], ["2 การใช้งบประมาณ", "๖๖.๗3"], ["๓. การใช้อำนาจ", "7๙.73"],
     ["4 การใช้ทรัพย์สินของราชการ", "๘5.79"], ["5 การแก ้ไขปัญหาการทุจริต", "๙4.01"]],
    [["6 คุณภาพการดำเนินงาน", "๗๖.7๙", "EIT"], ["ow. ประสิทธิภาพการสื่อสาร", "๘7.0๗", "76.๗7"],
     ["๘. การปรับปรุงการทำงาน", "๖๖.๔4", ""], ["๙. การเปิดเผยข้อมูล", "9๑.7๗", "OIT"],
     ["๑0 การป้องกันการทจริต", "7๒.94", "๘2.๓5"]],
    [["ค่าเฉลี่ยระดับประเทศ", "[]", "EIT", "OIT", "รวม"], ["องค์กรปกครองส่วนท้องถิ่น", "93.9๗อ", "6๖.77", "89.0๕", "๘๕.8๘"]],
]
TEXT_43212 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
              "ประจ ำปีงบประมาณ พ.ศ. ๒๕68\nองค์การบริหารส่วนตำบลคลอ งใหม่\n"
              "องค์การบริหารส่วนตำบลคลองใหม่ อำเภอสามพราน จ ังหวัดนครปฐม\n"
              "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 256๘ องค์การบริหาร\n"
              "ส่วนตำบลคลองใหม่ ได้คะแนน 7๙.3๕ คะแนน อยู่ในระดับ B\nผลคะแนน รายตัวชี้วัด\nเคร\n[]\n7๗.๙๔\n"
              "ค่าเฉลี่ยผลการประเมินระดับประเทศ")


def _doc_43212(text):
    from extractors.model import Extraction, PageText, RawTable

    tables = [RawTable(page=1, index=k, bbox=(0, k, 1, k + 1), rows=rows, method="ocr")
              for k, rows in enumerate(TABLES_43212)]
    ex = Extraction(doc_id="s043212", file_name="s043212_html_scan.pdf", page_count=1, tables=tables,
                    pages=[PageText(page=1, method="ocr", text=text, full_text=text, width=842.0, height=595.0)])
    return normalize(ex).document


def test_tool_score_line_under_a_name_past_reading_taken_by_the_means():
    """Held-out fresh31u 43212 p1 (200 dpi, zebra results table, tool cells spanning the indicator rows):
    IIT's cell was cut into the page's text as ``[]`` over ``7๗.๙๔``: IIT null in an ``ok`` document,
    no flag. A line of one to three glyphs, no digit, over a score line is a tool's piece whose name is
    garbled; it is the tool whose indicators' mean bears it out (77.936 for 77.94), and no other's."""
    doc = _doc_43212(TEXT_43212)
    assert doc["iit_score"] == 77.94
    assert "iit_score_from_pieces:p1" in doc["flags"] and "iit_score:tool_name_unread:[]" in doc["flags"]
    # a score no tool's mean bears out stays nobody's
    assert _doc_43212(TEXT_43212.replace("7๗.๙๔", "6๒.๑๐"))["iit_score"] is None


def test_tool_label_read_as_thai_glyphs_named_by_its_description():
    """Held-out fresh31u 43205 p1 (200 dpi): ``…ผู้มีส่วนได้ส่วนเสียภายใน (โ[1) ได้๙๑.๕๖ คะแนน``: IIT's label read as
    Thai glyphs, IIT said unread. The description before it names the tool, flagged."""
    from normalizers.records.prose import read_prose

    text = ("แยกตามเครื่องมือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (โ[1) ได้๙๑.๕๖ คะแนน แบบวัดการรับรู้ของ"
            "ผู้มีส่วนได้ส่วนเสีย\nภายนอก (EIT) ได้๗๘.๘๗ คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (011) ได้๘๒.๓๐ คะแนน\n")
    pr = read_prose([(1, text)], 2568)
    assert pr.tools == {"IIT": 91.56, "EIT": 78.87, "OIT": 82.3} and not pr.tools_unread
    assert "tool_name_from_description:?->IIT" in pr.flags
