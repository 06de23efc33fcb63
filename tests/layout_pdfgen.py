"""Summary-sheet reports in layouts without table rules, rendered with weasyprint.

One report = a summary sheet (key/value block: organisation, district/province, tool scores,
overall score, level, with distractors quoting last year and a national average), a results
table, a dotted-leader list of question scores, a dotted-leader list of indicator scores, and
a measures table with wrapped multi-line cells. ``Style`` picks how each part is drawn:
zebra shading per cell or per row, header shaded or not, rules across only (booktabs), key/value
lines with colons, leaders or bars, Thai or Arabic digits, fonts. ``expected(style)`` gives
the values written into the PDF (the truth), never what the code reads.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import weasyprint

from corpus.fonts import font_face_css

_TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@dataclass(frozen=True)
class Style:
    name: str
    font: str = "Sarabun"
    kv: str = "colon"  # colon | leader | bars | table
    tools: str = "bar"  # bar (one line) | lines (one per line)
    measures: str = "zebra_cells"  # zebra_cells | zebra_rows | booktabs
    results: str = "zebra_cells"  # zebra_cells | zebra_rows | booktabs | none
    header_shaded: bool = True
    first_row_shaded: bool = True
    thai_digits: bool = False
    size: float = 14
    padding: str = "4pt 6pt"
    seed: int = 0


ORG = ("องค์การบริหารส่วนตำบลโนนสูง", "อบต.โนนสูง", "น้ำพอง", "ขอนแก่น")
ORG2 = ("เทศบาลตำบลบ้านแพง", "ทต.บ้านแพง", "บ้านแพง", "นครพนม")
AY = 2568
INDICATOR_NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
                   5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
                   8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}
MEASURES = [
    ("ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานให้เป็นปัจจุบันและครบถ้วนตามเกณฑ์",
     ["ตรวจสอบรายการข้อมูลที่ต้องเผยแพร่", "มอบหมายผู้รับผิดชอบแต่ละรายการ", "รายงานผลต่อผู้บริหารทุกไตรมาส"],
     "ต.ค. 68 - มี.ค. 69", ["สำนักปลัด"]),
    ("ส่งเสริมการมีส่วนร่วมของประชาชนในการติดตามการใช้งบประมาณ",
     ["จัดเวทีประชาคมหมู่บ้าน", "สรุปข้อเสนอแนะ"], "ม.ค. - มิ.ย. 69", ["กองคลัง", "กองช่าง"]),
    ("อบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน",
     ["จัดอบรมเชิงปฏิบัติการ"], "ตลอดปีงบประมาณ", ["สำนักปลัด"]),
    ("เผยแพร่ช่องทางร้องเรียนการทุจริตและติดตามผลการดำเนินการ",
     ["ประชาสัมพันธ์ช่องทางออนไลน์", "ตอบกลับผู้ร้องเรียนภายใน 15 วัน", "สรุปผลรายเดือน"],
     "ต.ค. 68 - ก.ย. 69", ["สำนักปลัด", "กองสวัสดิการสังคม"]),
]


def _scores(seed: int) -> dict:
    """Deterministic scores of one report (two decimals, never a round row number)."""
    base = [85.00, 92.31, 78.45, 96.12, 88.40, 90.05, 81.77, 86.90, 73.25, 79.60]
    ind = {i + 1: round(min(100.0, base[(i + seed) % 10] + (seed % 3) * 0.37), 2) for i in range(10)}
    ind[1] = 85.00  # the value the evaluation saw come out as 1.00
    q = {f"i{n}": round(70 + ((n * 7 + seed) % 29) + 0.25 * (n % 4), 2) for n in range(1, 9)}
    q.update({f"e{n}": round(75 + ((n * 5 + seed) % 23) + 0.5 * (n % 2), 2) for n in range(1, 5)})
    return {"indicators": ind, "questions": q, "iit": 85.12 + seed % 5, "eit": 90.00 - seed % 4,
            "oit": 77.50 + seed % 7, "overall": 84.21 + seed % 6, "level": "B", "prev": 80.11, "national": 88.90}


def expected(style: Style) -> dict:
    s = _scores(style.seed)
    org = ORG2 if style.seed % 2 else ORG
    return {"org_name": org[0], "district": org[2], "province": org[3], "overall_score": round(s["overall"], 2),
            "level": s["level"], "iit_score": round(s["iit"], 2), "eit_score": round(s["eit"], 2),
            "oit_score": round(s["oit"], 2), "indicators": s["indicators"], "questions": s["questions"],
            "measures": MEASURES, "results": style.results != "none"}


def _num(style: Style, v: float) -> str:
    t = f"{v:.2f}"
    return t.translate(_TH) if style.thai_digits else t


def _css(style: Style) -> str:
    first, second = ("odd", "even") if style.first_row_shaded else ("even", "odd")
    head_bg = "background: #c9d6e8;" if style.header_shaded else ""
    return font_face_css(style.font, "T") + f"""
@page {{ size: A4; margin: 1.8cm }} body {{ font-family: T; font-size: {style.size}pt; line-height: 1.35 }}
table {{ border-collapse: collapse; width: 100%; margin: 8pt 0 12pt 0 }}
td, th {{ vertical-align: top; padding: {style.padding}; text-align: left; font-weight: normal }}
th {{ {head_bg} }}
table.zebra_cells tbody tr:nth-child({first}) td {{ background: #e6edf5 }}
table.zebra_rows tbody tr:nth-child({first}) {{ background: #eef2e4 }}
table.booktabs {{ border-top: 1.2pt solid black; border-bottom: 1.2pt solid black }}
table.booktabs thead th {{ border-bottom: 0.6pt solid black }}
p {{ margin: 2pt 0 }}
"""


def _table(cls: str, header: list[str] | None, rows: list[list[str]], widths: list[int] | None = None) -> str:
    out = [f'<table class="{cls}">']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>")
    if header:
        out.append("<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead>")
    out.append("<tbody>")
    for r in rows:
        out.append("<tr>" + "".join("<td>" + "<br>".join(html.escape(x) for x in c.split("\n")) + "</td>" for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _kv_block(style: Style, s: dict, org: tuple) -> str:
    n = lambda v: _num(style, v)  # noqa: E731
    ayp = str(AY - 1).translate(_TH) if style.thai_digits else str(AY - 1)
    if style.tools == "bar":
        tools = [f"IIT {n(s['iit'])} | EIT {n(s['eit'])} | OIT {n(s['oit'])}"]
    elif style.kv == "leader":
        tools = [f"แบบวัด {t} ........................ {n(s[t.lower()])}" for t in ("IIT", "EIT", "OIT")]
    else:
        tools = [f"{t} : {n(s[t.lower()])} คะแนน" for t in ("IIT", "EIT", "OIT")]
    if style.kv == "table":
        rows = [["หน่วยงาน", org[1]], ["ที่ตั้ง", f"อำเภอ{org[2]} จังหวัด{org[3]}"],
                ["คะแนน IIT", n(s["iit"])], ["คะแนน EIT", n(s["eit"])], ["คะแนน OIT", n(s["oit"])],
                ["คะแนนรวม", n(s["overall"])], ["ระดับผลการประเมิน", s["level"]],
                [f"คะแนนรวมปี {ayp}", n(s["prev"])]]
        return _table("zebra_cells", None, rows, [40, 60])
    if style.kv == "leader":
        lines = [f"หน่วยงาน ........................ {org[1]}", f"อำเภอ ........................ {org[2]}",
                 f"จังหวัด ........................ {org[3]}", *tools,
                 f"คะแนนรวม ........................ {n(s['overall'])}",
                 f"คะแนนรวมปีที่แล้ว ........................ {n(s['prev'])}",
                 f"ระดับผลการประเมิน ........................ {s['level']}"]
    else:
        lines = [f"หน่วยงาน : {org[1]}", f"ที่ตั้ง : อ.{org[2]} จ.{org[3]}", *tools,
                 f"คะแนนรวม : {n(s['overall'])} คะแนน", f"ค่าเฉลี่ยระดับประเทศ : {n(s['national'])}",
                 f"คะแนนรวม ปี {ayp} : {n(s['prev'])}", f"ระดับ : {s['level']}"]
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def body(style: Style) -> str:
    s = _scores(style.seed)
    org = ORG2 if style.seed % 2 else ORG
    ay = str(AY).translate(_TH) if style.thai_digits else str(AY)
    n = lambda v: _num(style, v)  # noqa: E731
    seq = lambda i: str(i).translate(_TH) if style.thai_digits else str(i)  # noqa: E731
    parts = [f"<h3>สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
             f"ประจำปีงบประมาณ พ.ศ. {ay}</h3>", _kv_block(style, s, org)]
    if style.results != "none":
        rows = [[seq(i), INDICATOR_NAMES[i], n(v)] for i, v in s["indicators"].items()]
        parts += ["<p>ผลคะแนนรายตัวชี้วัด</p>", _table(style.results, ["ที่", "ตัวชี้วัด", "คะแนน"], rows, [10, 65, 25])]
    parts.append("<p>คะแนนรายข้อคำถาม</p>")
    parts += [f"<p>{q} ........................................ {n(v)}</p>" for q, v in s["questions"].items()]
    parts.append("<p>ตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์</p>")
    low = [(i, v) for i, v in s["indicators"].items() if v < 85][:3]
    parts += [f"<p>ตัวชี้วัดที่ {seq(i)} {INDICATOR_NAMES[i]} ………………………… {n(v)}</p>" for i, v in low]
    mrows = [[seq(k + 1), m, "\n".join(f"{j + 1}. {x}" for j, x in enumerate(steps)), period, "\n".join(resp)]
             for k, (m, steps, period, resp) in enumerate(MEASURES)]
    parts += [f"<p>มาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {seq(AY + 1)}</p>",
              _table(style.measures, ["ที่", "มาตรการ", "ขั้นตอนการดำเนินงาน", "ระยะเวลา", "ผู้รับผิดชอบ"], mrows,
                     [6, 34, 32, 14, 14])]
    return "".join(parts)


def render(style: Style, out_dir: Path) -> Path:
    pdf = Path(out_dir) / f"{style.name}.pdf"
    doc = f"<html><head><meta charset='utf-8'><style>{_css(style)}</style></head><body>{body(style)}</body></html>"
    weasyprint.HTML(string=doc).write_pdf(str(pdf))
    return pdf


# styles tuned on (tests) and held out (never debugged on; run by bench_layout_holdout)
TUNED = [
    Style("zebra_colon", kv="colon", tools="bar"),
    Style("zebra_rows_leader", font="Noto Sans Thai", kv="leader", tools="lines", measures="zebra_rows",
          results="zebra_rows", header_shaded=False, seed=1),
    Style("booktabs_table_kv", font="Garuda", kv="table", tools="lines", measures="booktabs", results="booktabs",
          thai_digits=True, seed=2),
    Style("zebra_tight_unshaded_head", font="Loma", kv="colon", tools="bar", measures="zebra_cells",
          results="zebra_cells", first_row_shaded=False, header_shaded=False, size=15, padding="3pt 4pt", seed=5),
]
HELD_OUT = [
    Style("holdout_a", font="Kinnari", kv="leader", tools="bar", measures="zebra_cells", results="zebra_rows",
          first_row_shaded=False, header_shaded=False, size=15, padding="3pt 5pt", seed=3),
    Style("holdout_b", font="Sarabun", kv="colon", tools="lines", measures="zebra_rows", results="booktabs",
          thai_digits=True, size=13, padding="5pt 8pt", seed=4),
    Style("holdout_c", font="Umpush", kv="table", tools="bar", measures="zebra_rows", results="zebra_cells",
          header_shaded=True, first_row_shaded=False, size=14, padding="2pt 6pt", seed=7),
    Style("holdout_d", font="Noto Sans Thai", kv="leader", tools="lines", measures="booktabs", results="zebra_cells",
          header_shaded=False, thai_digits=True, size=12, padding="4pt 4pt", seed=8),
]
