"""A tool score printed twice, in a key/value line and in the results table, with different
values (issue 15; scanned fresh15s 12609 at 200 dpi: the line ``IIT ๘๕.๔๔ | EIT ๘๐.๓๑ | OIT …``
read as ``EIT ๐.๓๑``). The text's value used to be kept, flagged: a wrong EIT of 0.31 in the
documents row. The table's value is kept when the mean of the tool's indicator scores bears it
out and not the text's; both printings stay named in the flags. Where the indicators do not
decide (too few of them, or both values far off), the text's value is kept as before."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

INDICATORS = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
              "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน",
              "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
SCORES = [99.56, 73.85, 86.26, 75.70, 91.84, 68.58, 72.92, 99.43, 68.77, 65.77]
# each tool score the mean of its indicators (the ITA tools' scores are)
IIT, EIT, OIT = round(sum(SCORES[:5]) / 5, 2), round(sum(SCORES[5:8]) / 3, 2), round(sum(SCORES[8:]) / 2, 2)
TITLE = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567\n"
         "องค์การบริหารส่วนตำบลนาทราย อำเภอลี้ จังหวัดลำพูน\n")


def _extraction(kv_line: str, rows: int = 10) -> Extraction:
    table = [["ตัวชี้วัด", "คะแนน", "คะแนนเครื่องมือ"]]
    tools = {0: f"IIT\n{IIT:.2f}", 5: f"EIT\n{EIT:.2f}", 8: f"OIT\n{OIT:.2f}"}
    for k in range(rows):
        table.append([f"{k + 1}. {INDICATORS[k]}", f"{SCORES[k]:.2f}", tools.get(k)])
    text = TITLE + kv_line
    t = RawTable(page=1, index=0, bbox=(0, 0, 500, 700), rows=table, method="text")
    return Extraction(doc_id="b" * 64, file_name="x.pdf", page_count=1,
                      pages=[PageText(page=1, method="text", text=text, full_text=text)], tables=[t])


def test_tool_score_text_vs_table_the_indicators_decide():
    doc = normalize(_extraction(f"IIT {IIT:.2f} | EIT 0.31 | OIT {OIT:.2f}")).document
    assert doc["eit_score"] == EIT, doc
    assert f"eit_score_disagrees:0.31/{EIT:g}" in doc["flags"], doc["flags"]
    assert f"eit_score_from_table:{EIT:.2f}" in doc["flags"], doc["flags"]
    assert doc["iit_score"] == IIT and doc["oit_score"] == OIT


def test_tool_score_text_vs_table_text_kept_without_the_indicators():
    # only indicators 1-6 printed: EIT's mean cannot be taken, the text's value stays (flagged)
    doc = normalize(_extraction(f"IIT {IIT:.2f} | EIT 0.31 | OIT {OIT:.2f}", rows=6)).document
    assert doc["eit_score"] == 0.31, doc
    assert f"eit_score_disagrees:0.31/{EIT:g}" in doc["flags"], doc["flags"]
    assert not any(f.startswith("eit_score_from_table") for f in doc["flags"])
