"""A city municipality's Word-export report (ITA 2566 → measures for 2567), rebuilt as a real
PDF with invented wording, in the arrangement that defeated the first-keyword column rule:

- a results table whose tool scores sit in cells spanning the tool's indicator rows
  (number only, no ``IIT`` in the cell), under a header the vocabulary barely knows;
- a per-question table headed ``ประเด็นการประเมิน | คะแนนที่ได้`` with indicator rows (with
  their scores) and tool heading rows between its 88 question rows (i1–i30, e1–e15, o1–o43),
  over several pages with the header repeated;
- a measures table on a landscape page with a two-level header: an upper cell
  ``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ…`` grouping five sub-columns whose titles
  use words of their own, beside question and score columns spanning both header rows.

Digits are printed as Thai digits (as TH SarabunIT๙ draws them). ``build()`` returns the
HTML and the truth (``Truth``) the tests compare against; the values come from this file,
never from the pipeline.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass, field

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
INDICATOR_NAMES = {1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
                   5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
                   8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}
TOOL_HEAD = {"IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
             "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
             "OIT": "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)"}
# invented question wording (the 2562–2566 questionnaire's subjects, our own words)
# (several name an indicator inside the question, as the real questionnaire does: the words
# that made the first-keyword rule read question rows as indicator rows)
SUBJECTS = ["การปฏิบัติหน้าที่ตามขั้นตอนที่กำหนด", "ความเท่าเทียมในการให้บริการ", "การเรียกรับสิ่งตอบแทน",
            "การรับของขวัญจากผู้มาติดต่อ", "การเอื้อประโยชน์แก่พวกพ้อง", "ความซื่อสัตย์ในการปฏิบัติหน้าที่",
            "การใช้งบประมาณอย่างคุ้มค่า", "การจัดซื้อจัดจ้างอย่างโปร่งใส", "การเบิกจ่ายเงินตามจริง",
            "การเปิดเผยแผนการใช้จ่าย", "การมีส่วนร่วมของบุคลากรในการตรวจสอบ", "การใช้ทรัพย์สินของราชการไปเป็นประโยชน์ส่วนตน"]


def th(x) -> str:
    return str(x).translate(TH)


def fmt(v: float) -> str:
    return th(f"{v:.2f}")


@dataclass
class Truth:
    questions: dict[str, float] = field(default_factory=dict)  # code -> score
    question_indicator: dict[str, int] = field(default_factory=dict)
    indicators: dict[int, float] = field(default_factory=dict)
    tools: dict[str, float] = field(default_factory=dict)
    overall: float = 0.0
    measures: list[dict] = field(default_factory=list)


def _scores(seed: int = 2566) -> Truth:
    rnd = random.Random(seed)
    t = Truth()
    groups = {n: [f"i{k}" for k in range(6 * n - 5, 6 * n + 1)] for n in range(1, 6)}
    groups.update({n: [f"e{k}" for k in range(5 * (n - 6) + 1, 5 * (n - 5) + 1)] for n in range(6, 9)})
    groups[9] = [f"o{k}" for k in range(1, 34)]
    groups[10] = [f"o{k}" for k in range(34, 44)]
    for n, codes in groups.items():
        for c in codes:
            t.questions[c] = (100.0 if rnd.random() < 0.85 else 0.0) if c[0] == "o" else round(rnd.uniform(78, 99.9), 2)
            t.question_indicator[c] = n
        t.indicators[n] = round(sum(t.questions[c] for c in codes) / len(codes), 2)
    for tool, nos in (("IIT", range(1, 6)), ("EIT", range(6, 9)), ("OIT", range(9, 11))):
        t.tools[tool] = round(sum(t.indicators[n] for n in nos) / len(nos), 2)
    t.overall = round(0.3 * t.tools["IIT"] + 0.3 * t.tools["EIT"] + 0.4 * t.tools["OIT"], 2)
    return t


def question_text(code: str) -> str:
    """The question as the report prints it: the edition's own wording where the catalog has
    it (reports print the questionnaire as issued), else our invented wording."""
    from normalizers.fields.codes import load_catalog

    k = int(code[1:])
    text = load_catalog(2566).get(code)
    if text:
        return text
    if code[0] == "o":
        return f"รายการข้อมูลสาธารณะที่ {th(k)}"
    who = "บุคลากรในหน่วยงานของท่าน" if code[0] == "i" else "เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ"
    return f"{who}มี{SUBJECTS[(k - 1) % len(SUBJECTS)]} มากน้อยเพียงใด"


def _td(text: str, attrs: str = "") -> str:
    return f"<td{attrs}>" + "<br>".join(html.escape(x) for x in text.split("\n")) + "</td>"


def results_table(t: Truth, tool_header: str = "ผลการประเมินแยกตามแบบ", tool_label: bool = False) -> str:
    """Ten indicator rows; the tool score in a cell spanning its indicators (5, 3, 2 rows)."""
    spans = {1: ("IIT", 5), 6: ("EIT", 3), 9: ("OIT", 2)}
    rows = []
    for n in range(1, 11):
        cells = _td(th(n), ' style="text-align:center"') + _td(INDICATOR_NAMES[n]) + _td(fmt(t.indicators[n]))
        if n in spans:
            tool, k = spans[n]
            text = (f"{tool}\n" if tool_label else "") + fmt(t.tools[tool])
            cells += _td(text, f' rowspan="{k}" style="vertical-align:middle;text-align:center"')
        rows.append(f"<tr>{cells}</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("ที่", "ตัวชี้วัด", "คะแนน", tool_header))
    return f'<table class="ruled"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def question_table(t: Truth, head=("ประเด็นการประเมิน", "คะแนนที่ได้"), tool_rows: bool = True) -> str:
    """Question rows grouped by indicator rows that print the indicator's score."""
    rows = []
    current_tool = None
    for code, score in t.questions.items():
        n = t.question_indicator[code]
        tool = "IIT" if n <= 5 else "EIT" if n <= 8 else "OIT"
        if tool != current_tool and tool_rows:
            rows.append("<tr>" + _td(TOOL_HEAD[tool], ' colspan="2" style="font-weight:bold"') + "</tr>")
        current_tool = tool
        if code == next(c for c in t.questions if t.question_indicator[c] == n):
            rows.append("<tr>" + _td(f"ตัวชี้วัดที่ {th(n)} {INDICATOR_NAMES[n]}", ' style="font-weight:bold"')
                        + _td(fmt(t.indicators[n]), ' style="font-weight:bold"') + "</tr>")
        shown = th(code)
        rows.append("<tr>" + _td(f"{shown} {question_text(code)}") + _td(fmt(score) if code[0] != "o" else th(int(score))) + "</tr>")
    hh = "".join(f"<th>{h}</th>" for h in head)
    return f'<table class="ruled"><thead><tr>{hh}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


MEASURES = [
    # (question code, measure, steps, period, units, report)
    ("i3", "ส่งเสริมจิตสำนึกการไม่รับสิ่งตอบแทนจากการปฏิบัติหน้าที่",
     ["ประกาศนโยบายไม่รับของขวัญ", "อบรมบุคลากรทุกกอง", "สรุปผลเสนอนายกเทศมนตรี"],
     "๑ ตุลาคม ๒๕๖๖ ถึง มีนาคม ๒๕๖๗", ["สำนักปลัดเทศบาล"], "รายงานผลทุกไตรมาส"),
    ("i8", "เปิดเผยขั้นตอนการจัดซื้อจัดจ้างให้ตรวจสอบได้",
     ["จัดทำแผนจัดซื้อจัดจ้าง", "ประกาศผลทางเว็บไซต์เทศบาล"],
     "ต.ค. ๖๖ - ก.ย. ๖๗", ["กองคลัง"], "รายงานผลรอบ ๖ เดือน"),
    ("i20", "กำหนดแนวปฏิบัติการยืมพัสดุของทางราชการ",
     ["ทบทวนระเบียบการยืม", "แจ้งเวียนแนวปฏิบัติ", "ตรวจนับพัสดุประจำปี"],
     "ม.ค. - มี.ค. ๖๗", ["กองคลัง", "กองช่าง"], "รายงานผลต่อผู้บริหาร"),
    ("e4", "พัฒนาช่องทางรับฟังความคิดเห็นของผู้รับบริการ",
     ["เปิดแบบสอบถามออนไลน์", "สรุปความคิดเห็นรายเดือน"],
     "ตลอดปีงบประมาณ ๒๕๖๗", ["สำนักปลัดเทศบาล", "กองสวัสดิการสังคม"], "รายงานผลทุกเดือน"),
    ("e12", "ลดขั้นตอนการให้บริการงานทะเบียน",
     ["ทบทวนขั้นตอนบริการ", "ประกาศระยะเวลาให้บริการ"],
     "ไตรมาสที่ ๒ - ๓", ["กองยุทธศาสตร์และงบประมาณ"], "รายงานผลรอบ ๖ เดือน"),
    ("o12", "ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน",
     ["มอบหมายผู้ดูแลข้อมูล", "ตรวจสอบข้อมูลทุกเดือน", "รายงานผู้บริหาร"],
     "พ.ย. ๖๖ - ก.ย. ๖๗", ["สำนักปลัดเทศบาล"], "รายงานผลทุกไตรมาส"),
    ("o40", "จัดทำมาตรการป้องกันผลประโยชน์ทับซ้อน",
     ["ประเมินความเสี่ยงการทุจริต", "ประกาศมาตรการภายใน"],
     "๑ มกราคม ๒๕๖๗ ถึง ๓๐ มิถุนายน ๒๕๖๗", ["ทุกส่วนราชการ"], "รายงานผลต่อคณะกรรมการ"),
]

SUB_HEAD = ("สิ่งที่จะดำเนินการ", "วิธีปฏิบัติ", "ห้วงระยะเวลา", "หน่วยปฏิบัติ", "การรายงานผล")
UPPER = "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติเพื่อยกระดับผลการประเมิน ปีงบประมาณ พ.ศ. ๒๕๖๗"


def measures_table(t: Truth, left=("ข้อคำถามที่ได้คะแนนต่ำ", "คะแนน"), sub=SUB_HEAD, upper=UPPER) -> str:
    head1 = "".join(f'<th rowspan="2">{h}</th>' for h in left) + f'<th colspan="{len(sub)}">{upper}</th>'
    head2 = "".join(f"<th>{h}</th>" for h in sub)
    rows = []
    t.measures = []
    for code, measure, steps, period, units, report in MEASURES:
        q = f"{th(code)} {question_text(code)}"
        score = t.questions[code]
        st = "\n".join(f"{th(k)}. {s}" for k, s in enumerate(steps, 1))
        cells = [q, fmt(score) if code[0] != "o" else th(int(score)), measure, st, period, "\n".join(units), report]
        rows.append("<tr>" + "".join(_td(c) for c in cells) + "</tr>")
        t.measures.append({"code": code, "measure": measure, "steps": steps, "period_text": period,
                           "responsible": units, "follow_up": report, "indicator": t.question_indicator[code]})
    return (f'<table class="ruled"><thead><tr>{head1}</tr><tr>{head2}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


CSS = """
@page { size: A4; margin: 2cm; }
@page land { size: A4 landscape; margin: 1.5cm; }
.landscape { page: land; }
body { font-family: "T"; font-size: 14pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; margin-bottom: 10pt; }
table.ruled td, table.ruled th { border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top; }
tr { break-inside: avoid; }
"""

ORG = "เทศบาลเมืองบางกระบือ"
PLACE = "อำเภอเมืองสมุทรสงคราม จังหวัดสมุทรสงคราม"


def build(tool_label: bool = False, questions_head=("ประเด็นการประเมิน", "คะแนนที่ได้"),
          sub=SUB_HEAD, upper=UPPER, left=("ข้อคำถามที่ได้คะแนนต่ำ", "คะแนน"),
          tool_header: str = "ผลการประเมินแยกตามแบบ") -> tuple[str, Truth]:
    t = _scores()
    body = (f"<h3>รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
            f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</h3><p>{ORG} {PLACE}</p>"
            f"<p>ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ{ORG} ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน "
            f"{fmt(t.overall)} คะแนน</p><p>ผลคะแนนรายตัวชี้วัดและรายแบบวัด</p>"
            + results_table(t, tool_header, tool_label)
            + "<p>ผลคะแนนรายข้อคำถาม</p>" + question_table(t, questions_head)
            + '<div class="landscape"><p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>'
            + measures_table(t, left, sub, upper) + "</div>")
    return body, t


def render(path, body: str) -> None:
    import weasyprint

    from corpus.fonts import font_face_css

    doc = (f"<html><head><meta charset='utf-8'><style>{font_face_css('Sarabun', 'T')}{CSS}</style></head>"
           f"<body>{body}</body></html>")
    weasyprint.HTML(string=doc).write_pdf(str(path))
