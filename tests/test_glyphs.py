"""The Thai text layer is read from the embedded font's glyphs, not only from ToUnicode.

Regression for the weasyprint/Pango-shaped samples (bug: ``ตัวชี(cid:739)วัด``, ``ประจ\u200b า``,
``ผูู``): shapers attach a cluster's text to its first glyph, so the PDF's ToUnicode map
loses SARA AM's NIKHAHIT (mapped to ""), drops positional variants (``(cid:N)``) or swaps
marks. ``extractors.glyphs.install()`` takes each Thai glyph's text from its name in the
embedded font (or, for a subset that lost its names, from the installed original font).
"""
import re
import unicodedata

import pdfplumber
import pytest

from extractors.glyphs import install, name_to_text

TRUTH = "การทำงาน น้ำ คำนำ ผู้ที่มีส่วนได้ส่วนเสีย ตัวชี้วัด ป้องกัน สื่อสาร เพิ่ม ที่ปรึกษา ฐาน ญาติ กิ่ง ปั้น"


def _fonts():
    from corpus.fonts import font_files

    out = {}
    for name in ("Sarabun", "Noto Sans Thai", "Garuda", "Loma", "Kinnari", "Norasi", "Laksaman", "Waree"):
        try:
            out[name] = font_files(name)[0]
        except KeyError:
            pass
    return out


def _compose_am(s: str) -> str:
    # a shaper splits SARA AM into NIKHAHIT + SARA AA (tone in between): put it back
    return re.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", s)


@pytest.mark.parametrize("name", sorted(_fonts()))
def test_text_layer_from_glyph_names(tmp_path, name):
    weasyprint = pytest.importorskip("weasyprint")
    install()
    font = _fonts()[name]
    html = f"""<style>@font-face{{font-family:T;src:url(file://{font})}}
    body{{font-family:T;font-size:16pt}}</style><p>{TRUTH}</p>"""
    pdf_path = tmp_path / f"{name}.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        text = "".join(c["text"] for c in pdf.pages[0].chars)
    assert "(cid:" not in text
    # glyph order can put a tone before a lower vowel (canonical reordering is NFC's, and
    # the repair stage's, job): compare in NFC, never NFKC
    got = unicodedata.normalize("NFC", _compose_am(text)).replace(" ", "")
    assert got == unicodedata.normalize("NFC", TRUTH).replace(" ", "")


def test_glyph_names():
    assert name_to_text("uni0E48.small") == "\u0e48"
    assert name_to_text("uni0E4D0E48") == "\u0e4d\u0e48"
    assert name_to_text("uni0E49.narrow") == "\u0e49"
    assert name_to_text("u0E10.descless") == "\u0e10"
    assert name_to_text("glyph00123") is None


def test_garuda_word_export_sara_aa_left_unmapped(tmp_path):
    """Seed 3025 (docx, Garuda, hdr9-unk): LibreOffice's simple TrueType subset of Garuda gives
    SARA AA no ToUnicode entry, so the text layer read ``ผลก(cid:13)รประเมิน`` and the measures
    pages found no table (the text looked like garbage). The glyph's outline is the installed
    Garuda's ``า`` and nothing else's: that character is taken now."""
    pytest.importorskip("docx")
    import shutil

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    import docx

    from corpus.docx_render import _para, soffice_to_pdf

    d = docx.Document()
    lines = ["ประจำปีงบประมาณ อำเภอแม่ริม", "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"]
    for line in lines:
        _para(d, line, "Garuda", 14)
    src = tmp_path / "garuda.docx"
    d.save(str(src))
    pdf = soffice_to_pdf([src], tmp_path)[0]
    install()
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "(cid:" not in text
    # the shaper's SARA AM stays NIKHAHIT + SARA AA in the text layer (``อำา``); the rest reads as printed
    assert text.replace("ำา", "ำ").split("\n") == lines


def test_renamed_copy_of_an_installed_font_reads_its_unnamed_ligature(tmp_path):
    """Unknown-titles seed 45419 html is set in the corpus's ``Sarabun IT9`` (Sarabun with TH
    SarabunIT๙-style digits added, PostScript name ``SarabunIT9-Regular``, installed nowhere). The
    browser's subset names most glyphs ``glyphNNNNN`` and leaves the nikhahit+mai ek ligature's text
    empty, so ``คะแนนต่ำกว่า`` came out ``คะแนนตากว่า`` with no flag. No installed font bears the
    subset's name, but Sarabun's advance widths agree glyph by glyph on every glyph it draws: the
    ligature is Sarabun's ``uni0E4D0E48``."""
    pytest.importorskip("weasyprint")
    from corpus.fuzz import fuzz
    from corpus_seeds import read_rendered

    fuzz([45419], tmp_path, "html", log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / "s045419_html.pdf"))
    assert expected["dims"]["font"] == "Sarabun IT9"
    want = {m["seq"]: m["analysis"] for m in expected["planned_measures"]}
    got = {m["seq"]: m["analysis"] for m in records["planned_measures"]}
    assert "ต่ำกว่า" in want[1] and got[1] == want[1]
    assert got == want
