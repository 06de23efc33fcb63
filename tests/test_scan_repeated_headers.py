"""Scanned score tables printed one per indicator, each under a heading and its own shaded
header row (``ประเด็นข้อคำถาม | คะแนน``), with no rules (fresh seeds 2900 and 2909 scanned:
i7, i13, i19, i25 ... lost, others given a wrong code).

Bug (OCR): the shaded header rows were found as small grids of their own and blanked before
the borderless score tables were looked for; the lines ending in a number of all the tables
made one borderless grid whose rows reach from number to number, so each repeated header
(and the heading above it) joined the question row below: its score cell read ``คะแนน`` with
the number (a dash at confidence 0.97, or a two-line cell), its code cell lost the code.
Now a borderless grid is cut where another table lies inside its rows.
"""
from __future__ import annotations

import html

from corpus.scan import ScanParams, scan_pdf
from extractors.ocr import ocr_page

HEADER = ["ประเด็นข้อคำถาม", "คะแนน"]
SECTIONS = [
    ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", [("i๑ เจ้าหน้าที่ปฏิบัติงานตามขั้นตอนและระยะเวลา อย่างไร", "๔๐.๖๙"),
                                       ("i๒ ท่านเคยเห็นการเบิกจ่ายงบประมาณที่ไม่เป็นไปตามวัตถุประสงค์ อย่างไร", "๔๖.๙๙"),
                                       ("i๓ ผู้บังคับบัญชาของท่านมอบหมายงานอย่างเป็นธรรม อย่างไร", "๕๐.๘๗")]),
    ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ", [("i๔ เจ้าหน้าที่นำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัว อย่างไร", "๗๕.๐๙"),
                                     ("i๕ หน่วยงานของท่านให้ความสำคัญกับการต่อต้านการทุจริต อย่างไร", "๕๓.๘๓"),
                                     ("i๖ การจัดซื้อจัดจ้างของหน่วยงานเอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง อย่างไร", "๕๑.๐๓")]),
    ("ตัวชี้วัดที่ ๓ การใช้อำนาจ", [("i๗ ท่านสามารถร้องเรียนการทุจริตได้โดยไม่ต้องกังวล อย่างไร", "๗๒.๑๒"),
                                  ("i๘ การยืมทรัพย์สินของราชการมีขั้นตอนชัดเจน อย่างไร", "๘๐.๗๑")]),
]


def _pdf(path) -> None:
    """One page as the corpus draws it: zebra tables (shaded header, every other row lightly
    shaded, no rules), Sarabun IT9 (ASCII digits drawn as Thai: they sit lower than the text
    of their row, so the rows of number-ending lines fall between the text lines)."""
    from weasyprint import HTML

    from corpus.fonts import it9_font_files

    regular, bold = it9_font_files()
    body = ""
    for heading, rows in SECTIONS:
        trs = "".join(f"<tr><td>{html.escape(q)}</td><td class=num>{s.translate(ASCII)}</td></tr>" for q, s in rows)
        head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADER)
        body += f"<h2>{html.escape(heading)}</h2><table class=zebra><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>"
    HTML(string=f"""<html><head><meta charset="utf-8"><style>
@font-face {{ font-family: T; src: url('{regular.as_uri()}'); }}
@font-face {{ font-family: T; font-weight: bold; src: url('{bold.as_uri()}'); }}
@page {{ size: A4 landscape; margin: 15mm; }}
body {{ font-family: T; font-size: 13pt; line-height: 1.35; }}
h2 {{ font-size: 13.5pt; font-weight: bold; margin: 8pt 0 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 12pt; }}
th, td {{ padding: 1.5pt 3pt; vertical-align: top; text-align: left; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; background: #c8c8c8; }}
td.num {{ text-align: right; width: 12%; }}
tbody tr:nth-child(even) td {{ background: #e8e8e8; }}
</style></head><body>{body}</body></html>""").write_pdf(str(path))


ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def test_repeated_score_table_header_does_not_join_the_row_below(tmp_path):
    _pdf(tmp_path / "born.pdf")
    scan = scan_pdf(tmp_path / "born.pdf", tmp_path / "scan.pdf",
                    ScanParams(dpi=300, rotation=0.4, blur=0.5, noise=6, jpeg_quality=70))
    _, tables = ocr_page(scan, 1, dpi=300)
    rows = [[c.strip() for c in r if c and c.strip()] for t in tables for r in t.rows]
    scores = [r[-1] for r in rows if len(r) >= 2 and any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in r[-1])]
    # every score alone in its cell, in a row of its own question (no header words with it)
    assert scores == [s for _, qs in SECTIONS for _, s in qs], rows
    assert not [r for r in rows if len(r) >= 2 and r[-1] in scores and any("คะแนน" in c or "ประเด็น" in c for c in r)]
