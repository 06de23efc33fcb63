"""Layouts none of the seed reports use: tables are still recognised by their header text.

Each test renders a small report with weasyprint (Thai fonts), runs the real extract and
normalize stages, and checks the rows against values written here by hand.
"""
import datetime as dt
import hashlib

import pytest

from corpus.fonts import font_face_css
from extractors.document import extract_document
from normalizers.document import normalize

weasyprint = pytest.importorskip("weasyprint")

HEAD = "<h3>รายงานการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h3>" \
       "<p>องค์การบริหารส่วนตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น</p>" \
       "<p>ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ " \
       "ได้รับผลการประเมิน ๙๑.๒๕ คะแนน ระดับผลการประเมิน ผ่าน</p>"


def _render(tmp_path, body, font="Noto Sans Thai", borders=True):
    border = "border: 0.6pt solid black" if borders else "border: none"
    css = font_face_css(font, "T") + (
        "@page { size: A4 landscape; margin: 1.5cm } body { font-family: T; font-size: 13pt }"
        " table { border-collapse: collapse; width: 100% }"
        " td, th { vertical-align: top; padding: 3pt; " + border + " }")
    pdf = tmp_path / "doc.pdf"
    weasyprint.HTML(string=f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{HEAD}{body}</body></html>").write_pdf(pdf)
    ex = extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
    return normalize(ex)


def _table(header, rows):
    h = "".join(f"<th>{c}</th>" for c in header)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{b}</table>"


def test_measures_columns_in_another_order(tmp_path):
    body = _table(
        ["ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "มาตรการ/โครงการ", "ข้อคำถาม", "ขั้นตอนการดำเนินงาน"],
        [["กองคลัง<br>สำนักปลัด", "ม.ค. - มี.ค. ๖๙", "โครงการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ", "o๑๘ แผนการใช้จ่ายงบประมาณประจำปี",
          "๑. รวบรวมข้อมูล<br>๒. เผยแพร่บนเว็บไซต์"],
         ["ทุกส่วนราชการ", "ตลอดปีงบประมาณ ๒๕๖๙", "มาตรการส่งเสริมการมีส่วนร่วมของประชาชน", "e๗ หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วม",
          "- จัดเวทีประชาคม<br>- สรุปผลรายงานผู้บริหาร"]])
    r = _render(tmp_path, body)
    m = r.planned_measures
    assert len(m) == 2
    assert m[0]["measure"] == "โครงการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ"
    assert m[0]["responsible"] == ["กองคลัง", "สำนักปลัด"]
    assert (m[0]["period_start"], m[0]["period_end"]) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert m[0]["steps"] == ["รวบรวมข้อมูล", "เผยแพร่บนเว็บไซต์"]
    assert m[0]["question_codes"] == ["o18"]
    assert m[1]["question_codes"] == ["e7"] and m[1]["indicator_no"] == 8
    assert m[1]["responsible"] == ["ทุกส่วนราชการ"]
    assert (m[1]["period_start"], m[1]["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    d = r.document
    assert (d["org_name"], d["province"], d["overall_score"], d["level"]) == \
        ("องค์การบริหารส่วนตำบลหนองแวง", "ขอนแก่น", 91.25, "ผ่าน")
    assert (d["assessment_year"], d["plan_year"]) == (2568, 2569)


def test_results_table_without_borders(tmp_path):
    body = _table(["ตัวชี้วัด", "ชื่อตัวชี้วัด", "คะแนน"],
                  [["๑", "การปฏิบัติหน้าที่", "๙๘.๒๑"], ["๒", "การใช้งบประมาณ", "๙๕.๔๐"],
                   ["๓", "การใช้อำนาจ", "๙๗.๐๐"], ["๖", "คุณภาพการดำเนินงาน", "๘๙.๕๕"],
                   ["๙", "การเปิดเผยข้อมูล", "๗๕.๓๐"]])
    r = _render(tmp_path, body, font="Sarabun", borders=False)
    got = {x["indicator_no"]: x["score"] for x in r.indicator_scores if x["source"] == "results_table"}
    assert got == {1: 98.21, 2: 95.40, 3: 97.0, 6: 89.55, 9: 75.3}


def test_question_table_with_misprinted_codes(tmp_path):
    body = "<p>ตัวชี้วัดที่ ๒ การใช้งบประมาณ</p>" + _table(
        ["ข้อคำถาม", "คะแนน"],
        [["i๔ หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด", "๙๗.๕๐"],
         ["๖๕ เจ้าหน้าที่ในหน่วยงานของท่าน มีการเบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด", "๑๐๐"],
         ["I๖ หน่วยงานของท่านมีการใช้งบประมาณหรือการจัดซื้อจัดจ้างที่เอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง มากน้อยเพียงใด", "๙๙.๑๐"]])
    r = _render(tmp_path, body, font="Garuda")
    q = {x["question_code"]: x for x in r.question_scores}
    assert {c: x["score"] for c, x in q.items()} == {"i4": 97.5, "i5": 100.0, "i6": 99.1}
    assert any(f.startswith("code_corrected") for f in q["i5"]["flags"])
    assert all(x["indicator_no"] == 2 for x in q.values())


def test_measures_with_sequence_and_budget_columns_and_two_level_header(tmp_path):
    head = ("<tr><th rowspan=2>ลำดับ</th><th rowspan=2>มาตรการ/กิจกรรม</th><th colspan=3>การดำเนินงาน</th>"
            "<th rowspan=2>งบประมาณ (บาท)</th></tr>"
            "<tr><th>ขั้นตอนการดำเนินการ</th><th>ระยะเวลา</th><th>หน่วยงานรับผิดชอบ</th></tr>")
    rows = [["๑", "๒) กิจกรรมเสริมสร้างวัฒนธรรมองค์กร No Gift Policy", "๑. ประกาศนโยบาย<br>๒. จัดอบรมบุคลากร",
             "ไตรมาสที่ ๑-๒", "สำนักปลัด", "๕,๐๐๐"],
            ["๒", "โครงการประเมินความเสี่ยงการทุจริต", "- วิเคราะห์ความเสี่ยง<br>- จัดทำแผนบริหารความเสี่ยง",
             "๑๕ พ.ย. ๖๘ – ๑๐ ม.ค. ๖๙", "กองคลัง / สำนักปลัด", "-"]]
    body = "<table>" + head + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    r = _render(tmp_path, body, font="Kinnari")
    m = r.planned_measures
    assert len(m) == 2
    assert m[0]["measure"] == "กิจกรรมเสริมสร้างวัฒนธรรมองค์กร No Gift Policy"
    assert m[0]["steps"] == ["ประกาศนโยบาย", "จัดอบรมบุคลากร"]
    assert (m[0]["period_start"], m[0]["period_end"]) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    assert m[1]["responsible"] == ["กองคลัง", "สำนักปลัด"]
    assert (m[1]["period_start"], m[1]["period_end"]) == (dt.date(2025, 11, 15), dt.date(2026, 1, 10))
    assert m[1]["steps"] == ["วิเคราะห์ความเสี่ยง", "จัดทำแผนบริหารความเสี่ยง"]
