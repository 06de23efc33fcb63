"""Make tests/data/repair_groups.json: broken/true Thai pairs per font x PDF reader.

    PYTHONPATH=$PWD .venv/bin/python tests/make_repair_groups.py

Known Thai lines (seed prose, ITA wording, Thai names from pythainlp's corpora,
place/Wikipedia titles) are rendered into PDFs, one PDF line per source line, with
every Thai font that exists here: weasyprint/Pango with Sarabun, Noto Sans Thai and
the TLWG fonts (Garuda, Kinnari, Loma, Norasi, Laksaman, Waree, Umpush), and a
Word-like export (python-docx -> LibreOffice) in TH Sarabun IT9 and Kinnari. Each PDF
is read back with pdfplumber ``extract_text``, pypdfium2 ``get_text_range`` and
poppler's ``pdftotext -raw`` (content order: its default layout mode puts a mark
that hangs below the line on a line of its own, which changes the line count). The pairs are kept as test data because rendering depends on
library versions; the file is regenerated only on purpose.

Split: the ``dev`` lines (rules were debugged on them) and the ``held_out`` lines
(only measured) are disjoint source lines; every group has both. A reader line that
starts with a mark (PDFium: a mark overhanging the line end; pdftotext: a mark drawn
left of its base) stays with the line before it, joined by a newline, as ``ita repair``
receives it; CER compares the lines of such an entry joined without the newline.
No Angsana/Cordia font is installable from Debian or PyPI here; Kinnari (looped
serif, Angsana-like proportions) stands in for that style.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import thai_repair_sets as sets  # noqa: E402

OUT = HERE / "data" / "repair_groups.json"
TLWG = sets.TLWG
WEASY_FONTS = {
    "Sarabun": sets.FONTS["Sarabun"],
    "NotoSansThai": sets.FONTS["NotoSansThai"],
    "Garuda": TLWG / "Garuda.ttf",
    "Kinnari": TLWG / "Kinnari.ttf",
    "Loma": TLWG / "Loma.ttf",
    "Norasi": TLWG / "Norasi.ttf",
    "Laksaman": TLWG / "Laksaman.ttf",
    "Waree": TLWG / "Waree.ttf",
    "Umpush": TLWG / "Umpush.ttf",
}
WORD_FONTS = {"word-SarabunIT9": "TH Sarabun IT9", "word-Kinnari": "Kinnari"}
READERS = ("pdfplumber", "pypdfium2", "pdftotext")

# ITA wording written for this set (the kinds of phrase the reports print).
ITA_DEV = [
    "หน่วยงานจัดทำรายงานการกำกับติดตามการดำเนินงานประจำปี",
    "ข้อคำถามที่ ๑ เจ้าหน้าที่ปฏิบัติงานตามขั้นตอนที่กำหนด",
    "ผู้รับบริการเชื่อมั่นในการเลื่อนขั้นเงินเดือนที่เป็นธรรม",
    "มีการขอใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว",
    "ชี้แจงแผนการใช้จ่ายงบประมาณต่อสาธารณะ",
    "การกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    "นำผลการประเมินไปปรับปรุงการทำงานของหน่วยงาน",
    "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
]
ITA_HELD = [
    "ผู้บริหารกำกับดูแลการใช้ดุลพินิจของเจ้าหน้าที่อย่างใกล้ชิด",
    "จำนวนเรื่องร้องเรียนที่ได้รับการแก้ไขภายในระยะเวลาที่กำหนด",
    "หน่วยงานเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม",
    "การจัดทำคำสั่งมอบหมายงานและการประเมินผลการปฏิบัติราชการ",
    "เจ้าหน้าที่นำรถยนต์ของทางราชการไปใช้ในเรื่องส่วนตัว",
    "ประกาศผลการจัดซื้อจัดจ้างและสรุปผลการดำเนินการรายเดือน",
    "คำแนะนำในการกรอกแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "กำชับให้บุคลากรปฏิบัติตามประมวลจริยธรรมอย่างเคร่งครัด",
]


def _names(skip: int, n: int) -> list[str]:
    """Full names (title first family) from pythainlp's name lists, deterministic."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    fam = sorted(f for f in thai_family_names() if 4 <= len(f) <= 14)
    male = sorted(m for m in thai_male_names() if 3 <= len(m) <= 10)
    female = sorted(f for f in thai_female_names() if 3 <= len(f) <= 10)
    out = []
    for k in range(n):
        i = skip + k
        first = (male if i % 2 else female)[(i * 7919) % (len(male) if i % 2 else len(female))]
        title = "นาย" if i % 2 else "นางสาว"
        a = fam[(i * 104729) % len(fam)]
        b = fam[(i * 15485863 + 17) % len(fam)]
        out.append(f"{title}{first} {a} และ {b}")
    return out


def _titles(skip: int, n: int) -> list[str]:
    """Thai Wikipedia titles with marks and SARA AM, joined four to a line."""
    from pythainlp.corpus import thai_wikipedia_titles

    thai = re.compile("^[\u0e01-\u0e4e]{5,20}$")
    pool = [t for t in sorted(thai_wikipedia_titles()) if thai.match(t)
            and re.search("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4c]", t) and "\u0e4d" not in t]
    step = len(pool) // 400
    picked = pool[::step]
    out = []
    for k in range(n):
        base = (skip + k) * 4
        out.append(" ".join(picked[base:base + 4]))
    return out


def source_lines() -> dict[str, list[str]]:
    """The true lines of the dev and held-out halves (disjoint)."""
    dev = sets.prose_lines(4, skip=0)[:20] + ITA_DEV + _names(0, 6) + _titles(0, 6)
    held = sets.prose_lines(4, skip=20)[:14] + ITA_HELD + _names(50, 6) + _titles(50, 6)
    short = [x if len(x) <= 140 else x[:140].rsplit(" ", 1)[0] for x in dev + held]
    dev, held = short[:len(dev)], short[len(dev):]
    held = [x for x in held if x not in set(dev)]
    dev = list(dict.fromkeys(dev))
    return {"dev": dev, "held_out": held}


def _weasy(lines: list[str], font: Path, path: Path) -> None:
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    sets._weasy_pdf(body, font, path)


def _word(lines: list[str], family: str, path: Path) -> Path:
    from docx import Document
    from docx.shared import Mm

    from corpus.docx_render import _font, soffice_to_pdf

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(558), Mm(700)
    sec.left_margin = sec.right_margin = Mm(10)
    for line in lines:
        p = doc.add_paragraph()
        _font(p.add_run(line), family, 16)
    docx = path.with_suffix(".docx")
    doc.save(str(docx))
    return soffice_to_pdf([docx], path.parent)[0]


def _read(reader: str, pdf: Path) -> list[str]:
    if reader == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(str(pdf)) as doc:
            text = "\n".join(p.extract_text() or "" for p in doc.pages)
    elif reader == "pypdfium2":
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(pdf))
        text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        doc.close()
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    else:
        text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
    out: list[str] = []
    for x in text.replace("\f", "\n").split("\n"):
        x = x.rstrip()
        if not x.strip():
            continue
        if out and _MARK_FIRST.match(x):
            # PDFium puts a mark that overhangs the line end on a line of its own, and
            # pdftotext breaks the line at a mark drawn left of its base (ป + ้)
            out[-1] += "\n" + x
        else:
            out.append(x)
    return out


_SKELETON = re.compile("[^\u0e01-\u0e2e0-9A-Za-z\u0e50-\u0e59]")


def _align(got: list[str], truth: list[str]) -> list[str]:
    """Give each source line the reader lines it was split into (joined by newlines):
    reader lines are taken while their letters and digits are a prefix of the line's."""
    if len(got) == len(truth):
        return got
    out, k = [], 0
    for t in truth:
        want = _SKELETON.sub("", t)
        cur = got[k]
        k += 1
        while k < len(got) and _SKELETON.sub("", cur) != want and want.startswith(_SKELETON.sub("", cur + got[k])):
            cur += "\n" + got[k]
            k += 1
        out.append(cur)
    while out and k < len(got) and not _SKELETON.sub("", got[k]):
        # a vowel the reader put on a line of its own after the last line (PDFium, ไอบ้ + า)
        out[-1] += "\n" + got[k]
        k += 1
    if k != len(got):
        raise RuntimeError(f"{len(got)} reader lines do not align with {len(truth)} source lines")
    return out


_MARK_FIRST = re.compile("[ ]*[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def build() -> dict:
    src = source_lines()
    groups: dict[str, dict[str, list[str]]] = {}
    pdfs: dict[str, dict[str, Path]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(os.environ.get("REPAIR_GROUPS_WORK", tmp))
        work.mkdir(parents=True, exist_ok=True)
        # render everything before pypdfium2 is imported (it changes Pango's glyph positions)
        for font, path in WEASY_FONTS.items():
            for half, lines in src.items():
                pdf = work / f"{font}-{half}.pdf"
                _weasy(lines, path, pdf)
                pdfs.setdefault(font, {})[half] = pdf
        for key, family in WORD_FONTS.items():
            for half, lines in src.items():
                pdfs.setdefault(key, {})[half] = _word(lines, family, work / f"{key}-{half}.pdf")
        for font, halves in pdfs.items():
            for reader in READERS:
                g: dict[str, list[str]] = {}
                for half, pdf in halves.items():
                    got = _align(_read(reader, pdf), src[half])
                    if len(got) != len(src[half]):
                        raise RuntimeError(f"{font}/{reader}/{half}: {len(got)} lines for {len(src[half])}")
                    g[half] = got
                groups[f"{font}/{reader}"] = g
    return {"true": src, "groups": groups}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB, {len(data['groups'])} groups)")


if __name__ == "__main__":
    main()
