"""A born-digital results announcement for tests, rendered with weasyprint from HTML.

A province's announcement of its local bodies' ITA 2568 results: a title, a paragraph, a
table with a two-level header (``ผลคะแนนตามเครื่องมือ`` over ``IIT (30) | EIT (30) | OIT (40)``)
that weasyprint repeats on the second page, tool columns printed as weighted parts, names
wrapped onto two lines, ``-`` for a tool a body has no score for, one total misprinted, a
note and a signature under it. ``build(path)`` writes the PDF and returns the rows as
printed (the expected ``announced_scores``).
"""
from __future__ import annotations

import html
from pathlib import Path

from extract_pdfgen import css

TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# (name as printed — "\n" is a forced line break —, IIT/30, EIT/30, OIT/40, total as printed, level)
BODIES = [
    ("อบต.นาขุม", 29.83, 27.55, 38.43, 95.81, "ผ่านดีเยี่ยม"),
    ("อบต.วัฒนานคร", 28.00, 27.10, 30.80, 85.90, "ผ่านดีมาก"),
    ("ทต.ท่าเสา", 29.10, 28.44, 36.00, 93.54, "ผ่านดีมาก"),
    ("องค์การบริหารส่วนตำบล\nบ้านด่านนาขาม", 27.31, 26.98, 32.40, 86.69, "ผ่านดีมาก"),
    ("อบต.ป่าเซ่า", 25.12, None, 30.00, 55.12, "ไม่ผ่าน"),
    ("อบต.คุ้งตะเภา", 28.75, 27.90, 40.00, 96.65, "ผ่านดีเยี่ยม"),
    ("อบต.วังกะพี้", 26.40, 25.85, 28.80, 81.05, "ผ่าน"),
    ("เทศบาลตำบลหาดกรวด", 27.77, 28.12, 34.16, 90.05, "ผ่านดีมาก"),
    ("อบต.น้ำริด", 24.90, 26.30, 25.60, 76.80, "ผ่าน"),
    ("อบต.งิ้วงาม", 29.95, 29.40, 39.20, 98.55, "ผ่านดีเยี่ยม"),
    ("องค์การบริหารส่วนตำบล\nบ้านด่าน", 26.66, 27.04, 33.60, 87.30, "ผ่านดีมาก"),
    ("อบต.ผาจุก", 23.50, 24.10, 21.60, 69.20, "ไม่ผ่าน"),
    ("อบต.วังดิน", 28.02, 27.71, 36.80, 92.53, "ผ่านดีมาก"),
    ("อบต.แสนตอ", 27.45, 26.62, 32.00, 86.07, "ผ่านดีมาก"),
    ("อบต.หาดงิ้ว", 29.30, 28.80, 38.40, 96.50, "ผ่านดีเยี่ยม"),
    ("อบต.ขุนฝาง", None, None, 12.40, 12.40, "ไม่ผ่าน"),
    ("อบต.ถ้ำฉลอง", 28.88, 27.95, 35.20, 92.03, "ผ่านดีมาก"),
    ("อบต.วังแดง", 27.14, 26.48, 31.20, 84.82, "ผ่าน"),
    ("อบต.บ้านแก่ง", 29.05, 28.36, 37.60, 95.01, "ผ่านดีเยี่ยม"),
    ("อบต.หาดสองแคว", 26.03, 25.77, 29.60, 81.40, "ผ่าน"),
    ("อบต.น้ำอ่าง", 28.47, 27.83, 34.80, 91.10, "ผ่านดีมาก"),
    ("อบต.ข่อยสูง", 27.92, 28.05, 36.40, 92.37, "ผ่านดีมาก"),
    ("องค์การบริหารส่วนตำบล\nท่าปลา", 28.60, 27.40, 35.60, 91.60, "ผ่านดีมาก"),
    ("อบต.หาดล้า", 25.55, 26.20, 27.20, 78.95, "ผ่าน"),
    ("อบต.ผาเลือด", 29.44, 28.91, 38.80, 97.15, "ผ่านดีเยี่ยม"),
    ("อบต.จริม", 27.08, 27.36, 33.20, 87.64, "ผ่านดีมาก"),
    ("อบต.น้ำหมัน", 26.81, 26.05, 30.40, 83.26, "ผ่าน"),
    ("อบต.นางพญา", 28.15, 27.59, 35.20, 90.94, "ผ่านดีมาก"),
    ("อบต.ร่วมจิต", 27.66, 26.93, 32.80, 87.39, "ผ่านดีมาก"),
    ("เทศบาลเมืองอุตรดิตถ์", 29.21, 28.67, 37.20, 95.08, "ผ่านดีเยี่ยม"),
    ("อบต.ท่าอิฐ", 26.95, 27.12, 34.00, 88.07, "ผ่านดีมาก"),
    ("อบต.บ้านเกาะ", 28.33, 27.74, 33.60, 89.67, "ผ่านดีมาก"),
    ("องค์การบริหารส่วนจังหวัด\nอุตรดิตถ์", 28.90, 28.10, 38.00, 95.00, "ผ่านดีเยี่ยม"),
    ("อบต.บ้านฝาย", 25.80, None, None, 25.80, "ไม่ผ่าน"),
    ("อบต.ด่านแม่คำมัน", 27.28, 27.67, 33.20, 88.15, "ผ่านดีมาก"),
    ("อบต.น้ำไคร้", 28.71, 28.29, 36.80, 93.80, "ผ่านดีมาก"),
    ("อบต.เจดีย์คำ", 26.37, 25.63, 28.40, 80.40, "ผ่าน"),
    ("อบต.ผาจุกใต้", 27.84, 27.16, 34.40, 89.40, "ผ่านดีมาก"),
    ("อบต.ไผ่ล้อม", None, None, None, None, "ไม่ผ่าน"),
    ("อบต.ทุ่งยั้ง", 29.12, 28.48, 36.40, 94.00, "ผ่านดีมาก"),
]
MISPRINTED = {"อบต.วังกะพี้": 81.50}  # the total printed differs from the sum of its tools


def _cell(v) -> str:
    return "-" if v is None else f"{v:.2f}".translate(TH_DIGITS)


def expected() -> list[dict]:
    """The rows as printed: ``announced_scores`` values a reader must give."""
    out = []
    for i, (name, iit, eit, oit, total, level) in enumerate(BODIES, 1):
        out.append({"row_no": i, "org_name": name.replace("\n", ""), "iit": iit, "eit": eit, "oit": oit,
                    "overall_score": MISPRINTED.get(name.replace("\n", ""), total), "level": level})
    return out


def body_html() -> str:
    rows = []
    for i, (name, iit, eit, oit, total, level) in enumerate(BODIES, 1):
        total = MISPRINTED.get(name.replace("\n", ""), total)
        cells = [str(i).translate(TH_DIGITS), "<br>".join(html.escape(x) for x in name.split("\n")),
                 _cell(iit), _cell(eit), _cell(oit), _cell(total), html.escape(level)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"""
<p style="text-align:center">ประกาศจังหวัดอุตรดิตถ์<br>
เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น
(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<p>ตามที่สำนักงาน ป.ป.ช. ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น
ในจังหวัดอุตรดิตถ์ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น จังหวัดอุตรดิตถ์จึงขอประกาศผลการประเมิน ดังนี้</p>
<table class="ruled" style="font-size:13pt">
<colgroup><col style="width:7%"><col style="width:33%"><col style="width:10%"><col style="width:10%">
<col style="width:10%"><col style="width:12%"><col style="width:18%"></colgroup>
<thead>
<tr><th rowspan="2">ที่</th><th rowspan="2">ชื่อหน่วยงาน</th><th colspan="3">ผลคะแนนตามเครื่องมือ</th>
<th rowspan="2">คะแนนรวม</th><th rowspan="2">ระดับผลการประเมิน</th></tr>
<tr><th>IIT (30)</th><th>EIT (30)</th><th>OIT (40)</th></tr>
</thead>
<tbody>
{''.join(rows)}
</tbody></table>
<p>หมายเหตุ เครื่องหมาย - หมายถึง ไม่มีผลคะแนนในเครื่องมือนั้น</p>
<p style="text-align:center">ประกาศ ณ วันที่ ๓๑ ตุลาคม พ.ศ. ๒๕๖๘<br>(ลงชื่อ) ผู้ว่าราชการจังหวัดอุตรดิตถ์</p>
"""


def build(path: Path, repeat_header: bool = True) -> list[dict]:
    """Write the PDF; ``repeat_header=False`` prints the header once (page 2 starts with a body)."""
    import weasyprint

    body = body_html()
    if not repeat_header:
        body = body.replace("<thead>", "").replace("</thead>", "").replace("<tbody>", "")
    doc = (f"<html><head><meta charset='utf-8'><style>{css('Sarabun', 14)}</style></head>"
           f"<body>{body}</body></html>")
    weasyprint.HTML(string=doc).write_pdf(str(path))
    return expected()


# A second layout: each tool 0-100 (percent) with the total printed first, a province column,
# ASCII digits, one header row not repeated (one page), an average row at the end.
PERCENT_BODIES = [
    ("สำนักงานสาธารณสุขจังหวัดยโสธร", "ยโสธร", 96.12, 90.40, 100.00, "AA"),
    ("สำนักงานสาธารณสุขจังหวัดอำนาจเจริญ", "อำนาจเจริญ", 88.35, 84.20, 92.50, "A"),
    ("สำนักงานสาธารณสุขจังหวัดมุกดาหาร", "มุกดาหาร", 79.60, 81.15, None, "F"),
    ("โรงพยาบาลศรีสะเกษ", "ศรีสะเกษ", 91.25, 88.80, 97.50, "A"),
    ("โรงพยาบาลสรรพสิทธิประสงค์\nอุบลราชธานี", "อุบลราชธานี", 85.00, 86.45, 75.00, "B"),
    ("สำนักงานสาธารณสุขจังหวัดร้อยเอ็ด", "ร้อยเอ็ด", 93.70, 92.10, 100.00, "AA"),
]


def percent_expected() -> list[dict]:
    out = []
    for i, (name, prov, iit, eit, oit, level) in enumerate(PERCENT_BODIES, 1):
        total = None if oit is None else round(0.3 * iit + 0.3 * eit + 0.4 * oit, 2)
        out.append({"row_no": i, "org_name": name.replace("\n", ""), "province": prov, "iit": iit, "eit": eit,
                    "oit": oit, "overall_score": total, "level": level})
    return out


def build_percent(path: Path) -> list[dict]:
    import weasyprint

    exp = percent_expected()
    rows = []
    for e, (name, *_rest) in zip(exp, PERCENT_BODIES):
        cells = [str(e["row_no"]), "<br>".join(html.escape(x) for x in name.split("\n")), e["province"],
                 "-" if e["overall_score"] is None else f"{e['overall_score']:.2f}",
                 f"{e['iit']:.2f}", f"{e['eit']:.2f}", "-" if e["oit"] is None else f"{e['oit']:.2f}", e["level"]]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    avg = [sum(e[k] for e in exp if e[k] is not None) / len([e for e in exp if e[k] is not None])
           for k in ("overall_score", "iit", "eit", "oit")]
    rows.append("<tr><td></td><td>ค่าเฉลี่ย</td><td></td>" + "".join(f"<td>{v:.2f}</td>" for v in avg) + "<td></td></tr>")
    body = f"""
<p>รายงานสรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
ประจำปีงบประมาณ พ.ศ. 2567 เขตสุขภาพที่ 10</p>
<table class="ruled" style="font-size:12pt">
<thead><tr><th>ลำดับ</th><th>หน่วยงาน</th><th>จังหวัด</th><th>คะแนน ITA</th><th>IIT</th><th>EIT</th><th>OIT</th>
<th>ผลการประเมิน</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p>ข้อมูล ณ วันที่ 30 กันยายน 2567</p>
"""
    doc = (f"<html><head><meta charset='utf-8'><style>{css('Sarabun', 14)}</style></head>"
           f"<body>{body}</body></html>")
    weasyprint.HTML(string=doc).write_pdf(str(path))
    return exp
