"""Real test PDFs for the extract stage, rendered with weasyprint from HTML.

The layouts follow the seed reports (``../shared/seeds``): a Thai heading, paragraphs,
ruled Word-style tables with wrapped cells, a measures table running over two pages with
its header repeated and one row broken across the page break.
Helpers only; the expected values live in the tests.
"""
from __future__ import annotations

import html
from pathlib import Path

import weasyprint

from extractors.glyphs import install as _install_glyph_recovery

# the extract stage always reads chars with glyph recovery on (extractors.pdf.open_pdf);
# tests that open PDFs with pdfplumber directly must see the same chars
_install_glyph_recovery()

VENV_SITE = Path(weasyprint.__file__).resolve().parents[1]
SARABUN = VENV_SITE / "fontpkg_sarabun" / "files" / "Sarabun-Regular.ttf"
NOTO = next((VENV_SITE / "fontpkg_noto_sans_thai" / "files").glob("NotoSansThai*.ttf"))
GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")

UMPUSH = Path("/usr/share/fonts/truetype/tlwg/Umpush.ttf")

FONT_FILES = {"Sarabun": SARABUN, "Noto Sans Thai": NOTO, "Garuda": GARUDA, "Umpush": UMPUSH}


def css(font: str = "Sarabun", size_pt: float = 14, page: str = "A4", extra: str = "") -> str:
    """Page CSS: one embedded Thai font, Word-like ruled tables."""
    return f"""
@font-face {{ font-family: "T"; src: url("{FONT_FILES[font].as_uri()}"); }}
@page {{ size: {page}; margin: 2cm; }}
body {{ font-family: "T"; font-size: {size_pt}pt; line-height: 1.4; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ruled td, table.ruled th {{ border: 0.75pt solid black; padding: 2pt 4pt; vertical-align: top; }}
table.hrules td, table.hrules th {{ border-top: 0.75pt solid black; border-bottom: 0.75pt solid black;
  padding: 2pt 6pt; vertical-align: top; }}
table.boxed {{ border: 0.75pt solid black; }}
table.boxed td, table.boxed th {{ border-bottom: 0.75pt solid black; padding: 2pt 6pt; vertical-align: top; }}
table.plain td, table.plain th {{ padding: 2pt 10pt; vertical-align: top; }}
tr {{ break-inside: auto; }}
{extra}
"""


def table_html(rows: list[list[str]], header: list[str] | None = None, cls: str = "ruled",
               widths: list[str] | None = None) -> str:
    """A table; ``header`` goes in <thead> (weasyprint repeats it on each page)."""
    out = [f'<table class="{cls}">']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>")
    if header:
        out.append("<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr></thead>")
    out.append("<tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _cell(text: str) -> str:
    """Cell HTML: explicit line breaks as <br>."""
    return "<br>".join(html.escape(t) for t in text.split("\n"))


def render(body: str, path: Path, **css_kw) -> Path:
    """Render an HTML body to a PDF at ``path``."""
    doc = f"<html><head><meta charset='utf-8'><style>{css(**css_kw)}</style></head><body>{body}</body></html>"
    weasyprint.HTML(string=doc).write_pdf(str(path))
    return path


HEADER = ["ที่", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ"]
WIDTHS = ["6%", "30%", "30%", "16%", "18%"]

MEASURE_ROWS = [
    ["1", "เสริมสร้างความรู้ความเข้าใจเกี่ยวกับการปฏิบัติหน้าที่อย่างโปร่งใส",
     "1. จัดประชุมชี้แจงบุคลากร\n2. เผยแพร่ประกาศทางเว็บไซต์", "ต.ค. 68 – ก.ย. 69", "สำนักปลัด"],
    ["2", "ปรับปรุงการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงาน",
     "1. ตรวจสอบข้อมูล o1 - o10\n2. ปรับปรุงให้เป็นปัจจุบัน", "ม.ค.-มี.ค. 69", "กองคลัง\nกองช่าง"],
    ["3", "ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการใช้งบประมาณ",
     "๑. ประชาสัมพันธ์ช่องทางร้องเรียน\n๒. สรุปผลการดำเนินงานรายไตรมาส", "ไตรมาสที่ ๑-๒", "กองสวัสดิการสังคม"],
]

from shared_dir import REALDOCS, SHARED  # noqa: E402,F401 - $ITA_SHARED_DIR or ../shared


def realdoc(rel: str) -> Path:
    """A file under ../shared/realdocs (tests skip when the shared folder is absent)."""
    import pytest

    p = REALDOCS / rel
    if not p.exists():
        pytest.skip(f"missing shared realdoc {rel}")
    return p


def split_table_body(n_rows: int = 12, tall_row: int = 9) -> tuple[str, list[list[str]]]:
    """A measures table that runs over two pages (header repeated by weasyprint), with row
    ``tall_row`` long enough to be broken by the page break. Every step is a unique token
    (``ขั้นที่ 9.7``) so tests can check that each appears exactly once."""
    rows = []
    for i in range(1, n_rows + 1):
        n_steps = 12 if i == tall_row else 3
        steps = "\n".join(f"ขั้นที่ {i}.{k}" for k in range(1, n_steps + 1))
        rows.append([str(i), f"มาตรการที่ {i} ส่งเสริมความโปร่งใส", steps, "ต.ค. 68 – ก.ย. 69", "กองคลัง"])
    body = ("<h3>แผนการขับเคลื่อนมาตรการ</h3><p>องค์การบริหารส่วนตำบลตัวอย่าง ได้จัดทำมาตรการดังนี้</p>"
            + table_html(rows, HEADER, widths=WIDTHS) + "<p>ลงชื่อ ผู้รายงาน</p>")
    return body, rows


def am(text):
    """SARA AM as one char: glyph recovery gives the decomposed NIKHAHIT + SARA AA that the
    font draws; tests compare text modulo that one representation choice."""
    if isinstance(text, list):
        return [am(t) for t in text]
    return text.replace("\u0e4d\u0e32", "\u0e33") if isinstance(text, str) else text


def canon_marks(text: str) -> str:
    """Thai marks stacked on one base in a fixed order (fonts emit them in either order)."""
    import re

    return re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{2,}", lambda m: "".join(sorted(m.group())), text)
