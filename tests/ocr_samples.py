"""Synthetic ITA-style table pages for the OCR tests and benchmark (known truth).

``results_table_pdf`` renders, with weasyprint and a real Thai font, a page like the ONAC
announcement scans: a paragraph, then a ruled table ที่ / ชื่อสถานศึกษา / IIT / EIT / OIT /
รวม / ระดับผลการประเมิน in Thai digits, where รวม = IIT + EIT + OIT (tools already weighted).
``question_table_pdf`` renders a per-question score table (i๑ ... | ๙๘.๖๗). Both return the
truth rows exactly as printed.
"""
from __future__ import annotations

import html
from pathlib import Path

import numpy as np

from extractors.numerals import font_files

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NAMES = ["วิทยาลัยเทคนิคเชียงใหม่", "วิทยาลัยการอาชีพนวมินทราชูทิศ", "วิทยาลัยอาชีวศึกษาปัตตานี",
         "วิทยาลัยเทคนิคยโสธร", "วิทยาลัยการอาชีพบ้านโป่ง", "วิทยาลัยอาชีวศึกษาร้อยเอ็ด",
         "องค์การบริหารส่วนตำบลหินโคน", "เทศบาลตำบลนาขุม", "วิทยาลัยเกษตรและเทคโนโลยีสระแก้ว",
         "องค์การบริหารส่วนตำบลวัฒนานคร", "วิทยาลัยสารพัดช่างภูเก็ต", "เทศบาลเมืองลำพูน",
         "วิทยาลัยเทคนิคกันทรลักษ์", "องค์การบริหารส่วนตำบลพัฒน์นคร", "วิทยาลัยการอาชีพพนมทวน"]
QUESTIONS = ["การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่เป็นไปตามขั้นตอนและระยะเวลา",
             "เจ้าหน้าที่มีการเลือกปฏิบัติอย่างไม่เป็นธรรมต่อผู้มาติดต่อ",
             "หน่วยงานใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์มากน้อยเพียงใด",
             "การบริหารงานบุคคลมีการให้หรือรับสินบนเพื่อแลกกับการบรรจุแต่งตั้ง"]
PARAGRAPH = ("สำนักงานคณะกรรมการการอาชีวศึกษา จึงขอประกาศผลการประเมินคุณธรรมและความโปร่งใส "
             "ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้")


def _font_url(name: str) -> str:
    for f in font_files():
        if f.stem == name:
            return f.as_uri()
    return font_files()[0].as_uri()


def _level(total: float) -> str:
    return "ผ่านดีเยี่ยม" if total >= 95 else "ผ่านดี" if total >= 85 else "ผ่าน" if total >= 60 else "ปรับปรุง"


def _page(body: str, font: str) -> str:
    return f"""<html><head><meta charset="utf-8"><style>
@font-face {{ font-family: T; src: url('{_font_url(font)}'); }}
@page {{ size: A4; margin: 18mm 15mm; }}
body {{ font-family: T; font-size: 14pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #000; padding: 2px 5px; font-weight: normal; }}
td.n {{ text-align: center; }}
</style></head><body>{body}</body></html>"""


def results_rows(n: int, seed: int) -> list[list[str]]:
    """Body rows of a results table: numbers consistent (รวม = IIT + EIT + OIT)."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        a = int(rng.integers(2300, 3001))
        b = int(rng.integers(2300, 3001))
        c = int(rng.integers(2000, 4001))
        tot = a + b + c
        cells = [f"{v // 100}.{v % 100:02d}" for v in (a, b, c, tot)]
        if rng.random() < 0.08:
            cells = ["-", "-", cells[2], cells[2]]
        rows.append([str(i + 1).translate(TH), NAMES[int(rng.integers(len(NAMES)))]]
                    + [x.translate(TH) for x in cells] + [_level(tot / 100)])
    return rows


def results_table_pdf(path: Path, n_rows: int = 20, seed: int = 0, font: str = "Sarabun-Regular") -> list[list[str]]:
    """Write a results-table page; returns its body rows as printed."""
    from weasyprint import HTML

    rows = results_rows(n_rows, seed)
    head = ("<tr><th rowspan=2>ที่</th><th rowspan=2>ชื่อสถานศึกษา</th><th colspan=4>เครื่องมือการประเมิน ITA</th>"
            "<th rowspan=2>ระดับผลการประเมิน</th></tr><tr><th>IIT</th><th>EIT</th><th>OIT</th><th>รวม</th></tr>")
    body = "".join("<tr>" + "".join(f"<td class={'n' if j != 1 and j != 6 else 't'}>{html.escape(c)}</td>"
                                    for j, c in enumerate(r)) + "</tr>" for r in rows)
    HTML(string=_page(f"<p>{PARAGRAPH}</p><table>{head}{body}</table>", font)).write_pdf(str(path))
    return rows


def question_table_pdf(path: Path, n_rows: int = 16, seed: int = 0, font: str = "Sarabun-Regular") -> list[list[str]]:
    """Write a per-question score table (code+question | score); returns rows as printed."""
    from weasyprint import HTML

    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n_rows):
        v = int(rng.integers(7000, 10001))
        score = "๑๐๐" if v == 10000 or rng.random() < 0.2 else f"{v // 100}.{v % 100:02d}".translate(TH)
        code = "ieo"[i % 3] + str(int(rng.integers(1, 30))).translate(TH)
        rows.append([code, QUESTIONS[i % len(QUESTIONS)], score])
    body = "".join(f"<tr><td class=n>{r[0]}</td><td>{r[1]}</td><td class=n>{r[2]}</td></tr>" for r in rows)
    head = "<tr><th>ข้อ</th><th>ประเด็นข้อคำถาม</th><th>คะแนน</th></tr>"
    HTML(string=_page(f"<p>{PARAGRAPH}</p><table>{head}{body}</table>", font)).write_pdf(str(path))
    return rows
