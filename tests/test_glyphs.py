"""Glyphs without a Unicode mapping (``(cid:N)``) are recovered from the embedded font.

Regression for the Pango/HarfBuzz-shaped PDFs of the bundled samples: Sarabun's positional
variants (``uni0E48.small``, ``uni0E49.narrow``, ``uni0E4D0E48``) have no ToUnicode entry, so
pdfplumber lost every shifted tone mark (``ตัวชี(cid:739)วัด``).
"""
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from extractors.glyphs import GlyphRecovery, name_to_text

# plain า comes first, as in real text: a glyph's ToUnicode entry is taken from its first use
TRUTH = "การทำงาน ผู้ที่มีส่วนได้ส่วนเสีย ตัวชี้วัด ป้องกัน สื่อสาร เพิ่ม ที่ปรึกษา ฐาน ญาติ กิ่ง ปั้น"
TONES_AND_UPPER = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


def _fonts():
    from corpus.fonts import font_files

    out = {}
    for name in ("Sarabun", "Noto Sans Thai", "Garuda", "Loma", "Kinnari", "Norasi"):
        try:
            out[name] = font_files(name)[0]
        except KeyError:
            pass
    return out


@pytest.mark.parametrize("name", sorted(_fonts()))
def test_no_cid_left_and_marks_kept(tmp_path, name):
    weasyprint = pytest.importorskip("weasyprint")
    font = _fonts()[name]
    html = f"""<style>@font-face{{font-family:T;src:url(file://{font})}}
    body{{font-family:T;font-size:16pt}}</style><p>{TRUTH}</p>"""
    pdf_path = tmp_path / f"{name}.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        rec = GlyphRecovery(pdf)
        page = pdf.pages[0]
        left = rec.fix_page(page)
        text = "".join(c["text"] for c in page.chars)
    assert left == 0 and "(cid:" not in text
    if name == "Sarabun":
        # Sarabun names its positional variants (uni0E49.small ...): every tone mark and upper
        # vowel of the true text is back in the text layer (order is the repair stage's job)
        want = Counter(ch for ch in TRUTH if ch in TONES_AND_UPPER)
        got = Counter(ch for ch in text if ch in TONES_AND_UPPER)
        assert got == want


def test_glyph_names():
    assert name_to_text("uni0E48.small") == "\u0e48"
    assert name_to_text("uni0E4D0E48") == "\u0e4d\u0e48"
    assert name_to_text("uni0E49.narrow") == "\u0e49"
    assert name_to_text("u0E10.descless") == "\u0e10"
    assert name_to_text("glyph123") is None
