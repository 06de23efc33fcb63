"""Page text from chars: Thai marks never cause spaces or move; spaces only from real gaps."""
from __future__ import annotations

import pdfplumber
import pytest

from extract_pdfgen import am, canon_marks, realdoc, render
from extractors.text import THAI_MARKS, glyphs_from_chars, group_lines, lines_text

MARKED = "วัสดุ) ผู้รับผิดชอบ ปี ๒๕๖๒ ตัวชี้วัดที่ ๘ คุณธรรมและความโปร่งใส"


def _page_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return lines_text(glyphs_from_chars(pdf.pages[0].chars))


@pytest.mark.parametrize("font", ["Sarabun", "Noto Sans Thai", "Garuda"])
def test_thai_marks_kept_in_place(tmp_path, font):
    path = render(f"<p>{MARKED}</p>", tmp_path / "m.pdf", font=font)
    assert canon_marks(_page_text(path)) == canon_marks(MARKED)


def test_marks_do_not_start_a_glyph(tmp_path):
    path = render(f"<p>{MARKED}</p>", tmp_path / "m.pdf", font="Noto Sans Thai")
    with pdfplumber.open(path) as pdf:
        glyphs = glyphs_from_chars(pdf.pages[0].chars)
    assert not [g for g in glyphs if g.text[0] in THAI_MARKS]


def test_space_only_from_real_gap_relative_to_font_size(tmp_path):
    # no space char in the layer: 30pt margin at 20pt is a gap; 1pt letter-spacing is not
    html = ('<p style="font-size:20pt">ก<span style="margin-left:30pt">ข</span></p>'
            '<p style="font-size:20pt; letter-spacing:1pt">ตัวชี้วัด</p>')
    path = render(html, tmp_path / "g.pdf")
    assert _page_text(path) == "ก ข\nตัวชี้วัด"


def test_lines_in_reading_order(tmp_path):
    html = "<p>บรรทัดแรก</p><p>บรรทัดที่สอง ITA 2568</p><p>บรรทัดที่สาม</p>"
    path = render(html, tmp_path / "l.pdf")
    with pdfplumber.open(path) as pdf:
        lines = group_lines(glyphs_from_chars(pdf.pages[0].chars))
    assert len(lines) == 3
    assert _page_text(path) == "บรรทัดแรก\nบรรทัดที่สอง ITA 2568\nบรรทัดที่สาม"


def test_real_word_layer_marks_in_place():
    # sompawn EB1/1.2.pdf (TH SarabunIT๙, Word 2007): pdfplumber's own text gives
    # "ป ี๒๕๖๒" and "วัสด)ุ" here
    with pdfplumber.open(realdoc("sompawn__nysso/EB1/1.2.pdf")) as pdf:
        p2 = am(lines_text(glyphs_from_chars(pdf.pages[1].chars)))
        p4 = am(lines_text(glyphs_from_chars(pdf.pages[3].chars)))
    assert p2.split("\n")[0] == "คำนำ"
    assert "งบลงทุน (ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง) ปี ๒๕๖๒" in p4
    assert "งบดำเนินงาน(ค่าตอบแทนใช้สอยวัสดุ) งวดที่ ๑/๒๕๖๒" in p4
    assert " \u0e35" not in p4 and " \u0e38" not in p4


def test_real_excel_padding_spaces_ignored():
    # Excel draws padding space chars on top of the digits: "3 ,448,000" with naive sorting
    with pdfplumber.open(realdoc("NutMontree__ktltc/017-งบหน้า68.pdf")) as pdf:
        text = lines_text(glyphs_from_chars(pdf.pages[0].chars))
    assert "3,448,000" in text and "3 ,448" not in text
    assert "1,710,000" in text
