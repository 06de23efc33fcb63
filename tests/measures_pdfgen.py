"""Measures tables in the arrangements real reports use besides one table for all
(issue 13, item 5), as real PDFs with invented wording:

- ``per_issue``: one 5-column table per issue under a ``ประเด็นที่ N …`` heading paragraph,
  several per landscape page, some running over a page break;
- ``one_per_page``: one measure per landscape page (its heading and a one-row table);
- ``title_row``: the issue heading as the table's first row, one cell across all columns.

``build(arrangement)`` returns (HTML body, list of true measures).
"""
from __future__ import annotations

import html

from municipality_pdfgen import th

ISSUES = [
    (1, "การปฏิบัติหน้าที่", [
        ("ประชุมชี้แจงแนวทางการให้บริการที่เป็นธรรม", ["ทบทวนคู่มือบริการ", "ประชุมบุคลากรทุกกอง"],
         "ต.ค. ๖๘ - ธ.ค. ๖๘", ["สำนักปลัด"], "รายงานผลต่อผู้บริหารทุกไตรมาส"),
        ("จัดทำป้ายแสดงขั้นตอนและระยะเวลาการให้บริการ", ["ออกแบบป้าย", "ติดตั้ง ณ จุดบริการ"],
         "ม.ค. ๖๙", ["กองช่าง"], "ตรวจสอบการติดตั้ง")]),
    (2, "การใช้งบประมาณ", [
        ("เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี", ["รวบรวมแผนของทุกกอง", "ประกาศทางเว็บไซต์", "สรุปผลรายไตรมาส"],
         "ตลอดปีงบประมาณ ๒๕๖๙", ["กองคลัง"], "รายงานผลรอบ ๖ และ ๑๒ เดือน")]),
    (4, "การใช้ทรัพย์สินของราชการ", [
        ("กำหนดขั้นตอนการขอยืมทรัพย์สินของทางราชการ", ["จัดทำแบบฟอร์มขอยืม", "แจ้งเวียนทุกกอง"],
         "พ.ย. ๖๘ - ม.ค. ๖๙", ["กองคลัง", "สำนักปลัด"], "ตรวจสอบทะเบียนการยืมทุกเดือน"),
        ("ตรวจนับทรัพย์สินประจำปี", ["แต่งตั้งคณะกรรมการตรวจนับ", "รายงานผลการตรวจนับ"],
         "ก.ย. ๖๙", ["กองคลัง"], "รายงานผลต่อนายก")]),
    (7, "ประสิทธิภาพการสื่อสาร", [
        ("พัฒนาช่องทางสื่อสารออนไลน์กับประชาชน", ["เปิดบัญชีไลน์ทางการ", "ตอบข้อซักถามภายใน ๓ วัน"],
         "ไตรมาสที่ ๑ - ๒", ["สำนักปลัด"], "สรุปจำนวนเรื่องรายเดือน")]),
    (9, "การเปิดเผยข้อมูล", [
        ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วน", ["ตรวจสอบรายการข้อมูล o1 - o33", "มอบหมายผู้รับผิดชอบรายหัวข้อ",
                                                  "ปรับปรุงข้อมูลทุกเดือน"],
         "ต.ค. ๖๘ - มี.ค. ๖๙", ["สำนักปลัด", "กองคลัง"], "ตรวจสอบเว็บไซต์ทุกเดือน"),
        ("เผยแพร่รายงานผลการดำเนินงานประจำปี", ["รวบรวมผลการดำเนินงาน", "เผยแพร่รายงาน"],
         "ธ.ค. ๖๘", ["กองยุทธศาสตร์และงบประมาณ"], "รายงานผู้บริหาร")]),
    (10, "การป้องกันการทุจริต", [
        ("ประกาศเจตจำนงสุจริตของผู้บริหาร", ["จัดทำประกาศ", "จัดกิจกรรมประกาศเจตจำนง"],
         "ต.ค. ๖๘", ["สำนักปลัด"], "ถ่ายภาพและรายงานผล"),
        ("ประเมินความเสี่ยงการทุจริตประจำปี", ["วิเคราะห์ความเสี่ยง", "จัดทำมาตรการควบคุม", "ติดตามผลรอบ ๖ เดือน"],
         "ม.ค. ๖๙ - มิ.ย. ๖๙", ["ทุกส่วนราชการ"], "รายงานผลต่อคณะทำงาน")]),
]
HEAD = ("มาตรการ/กิจกรรม", "ขั้นตอนการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "การติดตามผล")


def _td(text: str, attrs: str = "") -> str:
    return f"<td{attrs}>" + "<br>".join(html.escape(x) for x in text.split("\n")) + "</td>"


def _rows(measures) -> str:
    out = []
    for k, (m, steps, period, units, follow) in enumerate(measures, 1):
        st = "\n".join(f"{th(i)}. {s}" for i, s in enumerate(steps, 1))
        out.append("<tr>" + "".join(_td(c) for c in (f"{th(k)}. {m}", st, period, "\n".join(units), follow)) + "</tr>")
    return "".join(out)


def build(arrangement: str, head=HEAD) -> tuple[str, list[dict]]:
    truth, parts = [], []
    hh = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    for n, (no, name, measures) in enumerate(ISSUES, 1):
        for m, steps, period, units, follow in measures:
            truth.append({"indicator": no, "measure": m, "steps": steps, "period_text": period,
                          "responsible": units, "follow_up": follow})
        heading = f"ประเด็นที่ {th(n)} {name}"
        if arrangement == "per_issue":
            parts.append(f"<p><b>{heading}</b></p><table class='ruled'><thead>{hh}</thead><tbody>{_rows(measures)}</tbody></table>")
        elif arrangement == "one_per_page":
            for k, meas in enumerate(measures):
                parts.append(f"<div style='break-before: page'><p><b>{heading}</b></p>"
                             f"<table class='ruled'><thead>{hh}</thead><tbody>{_rows([meas])}</tbody></table></div>")
        elif arrangement == "title_row":
            parts.append(f"<table class='ruled'><thead><tr><td colspan='5'><b>{heading}</b></td></tr>{hh}</thead>"
                         f"<tbody>{_rows(measures)}</tbody></table>")
    body = ("<h3>แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h3>"
            "<p>องค์การบริหารส่วนตำบลโพธิ์ทอง อำเภอเมืองอ่างทอง จังหวัดอ่างทอง</p>"
            "<p>จากผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๗.๒๕ คะแนน "
            "จึงกำหนดมาตรการดังนี้</p>" + "".join(parts))
    return body, truth


CSS = """
@page { size: A4 landscape; margin: 1.5cm; }
body { font-family: "T"; font-size: 15pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
table.ruled td, table.ruled th { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top; }
"""


def render(path, body: str) -> None:
    import weasyprint

    from corpus.fonts import font_face_css

    doc = (f"<html><head><meta charset='utf-8'><style>{font_face_css('Sarabun', 'T')}{CSS}</style></head>"
           f"<body>{body}</body></html>")
    weasyprint.HTML(string=doc).write_pdf(str(path))
