"""The Latin words of a scanned summary (extractors/ocr/keywords.py): level letters read by
their shape, tool names in brackets and glued place abbreviations mended."""
from __future__ import annotations

import hashlib
import re

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.numerals import font_files
from extractors.ocr.keywords import mend_line, read_level

LEVELS = ("AA", "A", "B", "C", "D", "E", "F")
NOT_LEVELS = tuple("0123456789๐๑๒๓๔๕๖๗๘๙") + ("ผ่าน", "G", "S")
REPORT_FONTS = ("Sarabun-Regular", "Sarabun-Bold", "Garuda", "Kinnari", "Laksaman", "Loma", "Norasi", "Waree")


def _word(text: str, font, px: int = 33) -> np.ndarray:
    """``text`` drawn at the size of 16 pt print at 300 dpi, softened like a scan."""
    f = ImageFont.truetype(str(font), px)
    img = Image.new("L", (40 + 2 * px * len(text), 2 * px), 255)
    ImageDraw.Draw(img).text((12, px // 3), text, font=f, fill=25)
    return cv2.GaussianBlur(np.array(img), (3, 3), 0.8)


@pytest.fixture(scope="module")
def fonts():
    return [f for f in font_files() if f.stem in REPORT_FONTS]


def test_level_letter_tesseract_reads_as_digit_is_read_by_shape(fonts):
    assert len(fonts) >= 4
    for f in fonts:
        for lv in LEVELS:
            assert read_level(_word(lv, f)) == lv, (f.stem, lv)


def test_level_reader_never_turns_a_digit_into_a_level(fonts):
    for f in fonts:
        for ch in NOT_LEVELS:
            assert read_level(_word(ch, f)) is None, (f.stem, ch)


def test_tool_name_bracket_run_into_its_letter_is_mended():
    line = "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน CIT) ได้๘๑.๕๓"
    assert mend_line(line) == "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้๘๑.๕๓"
    assert mend_line("ภายนอก (E1T) ได้ ๗๓.๗๙ คะแนน") == "ภายนอก (EIT) ได้ ๗๓.๗๙ คะแนน"
    kept = "IIT ๘๓.๘๐ | EIT ๘๙.๓๒ | OIT ๘๕.๗๓"
    assert mend_line(kept) == kept


def test_district_and_province_glued_by_ocr_get_their_space():
    assert mend_line("อ.ลี้จ.ลำพูน") == "อ.ลี้ จ.ลำพูน"
    assert mend_line("อ.บ้านแพง จ.นครพนม") == "อ.บ้านแพง จ.นครพนม"


def test_scanned_summary_level_and_place_read_at_200_dpi(tmp_path):
    """Dev seed 2 as the corpus scans it (200 dpi): ``ระดับ B`` came out ``ระดับ 8`` and
    ``อ.ลี้ จ.ลำพูน`` as ``อ.ลี้จ.ลำพูน``."""
    from corpus.draw import draw
    from corpus.html_render import render_html_pdf
    from corpus.scan import random_params, scan_pdf
    from extractors.ocr import ocr_page

    m = draw(2, "html")
    born = tmp_path / f"{m['name']}.pdf"
    born.write_bytes(render_html_pdf(m)[0])
    seed = int(hashlib.sha256(born.name.encode()).hexdigest()[:8], 16)  # as corpus.fuzz.scan_sample
    rng = np.random.default_rng(seed)
    dpi = int(rng.choice([200, 300]))
    assert dpi == 200
    scan = scan_pdf(born, tmp_path / "p1.pdf", random_params(rng, dpi), seed=seed % 1000, pages=[1])
    text = ocr_page(scan, 1)[0].text
    assert "ระดับ B" in text
    assert re.search(r"อ\.ล\S{1,3} จ\.ลำพูน", text)  # (its vowel read ี or ิ)


def test_tool_name_garbled_with_a_bar_at_the_line_start_is_named_by_elimination():
    """Dev scan 16522 (Sarabun IT9, 300 dpi): the key/value line ``IIT ๘๓.๓๔ | EIT … | OIT …``
    read ``|!โส๘๓.๓๔ | EIT ๘๔.๖๔ | OIT ๙๓.๑๗``; the leading bar made four items and the IIT score
    was lost. A line that does not open with a bar and three items keeps its text."""
    assert mend_line("|!โส๘๓.๓๔ | EIT ๘๔.๖๔ | OIT ๙๓.๑๗") == "IIT ๘๓.๓๔ | EIT ๘๔.๖๔ | OIT ๙๓.๑๗"
    odd = "| EIT ๘๔.๖๔ | OIT ๙๓.๑๗ | x"
    assert mend_line(odd) == odd


def test_tool_name_read_as_digits_and_org_abbreviation_loose_dot_are_mended():
    """Dev scan 16509 (Waree, 300 dpi): ``(OIT) ได้82.26`` read ``(017) ได้82.26`` (OIT lost) and
    the title's ``ทต.ท่าศาลา`` read ``ทต .ท่าศาลา`` (no organisation found: name, type, district and
    province lost). A bracketed number that is no score before nothing score-shaped stays."""
    assert mend_line("สาธารณะ (017) ได้82.26 คะแนน") == "สาธารณะ (OIT) ได้82.26 คะแนน"
    assert mend_line("(017) ๘๒.๒๖ คะแนน") == "(OIT) ๘๒.๒๖ คะแนน"
    assert mend_line("ทต .ท่าศาลา อำเภอท่าศาลา") == "ทต.ท่าศาลา อำเภอท่าศาลา"
    for kept in ("โทร (017) 123", "โทร (017) 12.345", "ผลทต .x"):
        assert mend_line(kept) == kept


def test_tool_name_lost_its_i_before_a_score_is_mended():
    """Dev scan 16507 (Laksaman, 300 dpi): ``(OIT) ได้ 84.31`` read ``(OT) ได้ 84.31``: OIT lost."""
    assert mend_line("สาธารณะ (OT) ได้ 84.31 คะแนน") == "สาธารณะ (OIT) ได้ 84.31 คะแนน"
    assert mend_line("(ET) ๗๗.๖๐ คะแนน") == "(EIT) ๗๗.๖๐ คะแนน"
    kept = "ตาม (OT) ข้อ 3"
    assert mend_line(kept) == kept
