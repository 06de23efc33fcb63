"""Page routing: text layer vs OCR vs nothing, on strings and on real PDFs."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from extract_pdfgen import realdoc, render
from extractors.document import extract_document, read_text_page
from extractors.route import decide, image_cover

THAI = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568"
CUSTOM = "1>@01>1/0@1@>@1 =>@1/@01>@ 0@1>/=@1 1>@01>1/0@1@>@1 @>1/0=@1>"


def test_usable_text_layer_is_read():
    assert decide(THAI, 0.0).method == "text"
    assert decide(THAI, 0.3).method == "text"  # a page with a chart image


def test_empty_page_is_none():
    r = decide("", 0.0)
    assert (r.method, r.flags) == ("none", ("empty_page",))


def test_image_only_page_goes_to_ocr():
    r = decide("", 1.0)
    assert (r.method, r.reason) == ("ocr", "no_text_layer")
    assert decide("", 0.0, drawn=400).method == "ocr"  # text drawn as outlines


def test_garbled_layer_goes_to_ocr():
    r = decide(CUSTOM, 0.0)
    assert (r.method, r.flags) == ("ocr", ("text_layer_garbled:custom_encoding",))


def test_scan_with_stamp_text_goes_to_ocr():
    r = decide("- สอศ. แจ้งผลประเมิน ITA", 1.0)
    assert (r.method, r.flags) == ("ocr", ("scanned_page:thin_text_layer",))


def test_ocr_never_and_always():
    assert decide(CUSTOM, 0.0, "never").flags == ("text_layer_garbled:custom_encoding", "ocr_disabled")
    assert decide(CUSTOM, 0.0, "never").method == "none"
    assert decide("", 1.0, "never").method == "none"
    assert decide("- สอศ. แจ้งผลประเมิน ITA", 1.0, "never").method == "text"
    assert decide(THAI, 0.0, "always").method == "ocr"
    with pytest.raises(ValueError):
        decide(THAI, 0.0, "sometimes")


def _route(rel: str, page: int, ocr: str = "auto"):
    with pdfplumber.open(realdoc(rel)) as pdf:
        p = pdf.pages[page - 1]
        return read_text_page(p, page, ocr)[2], image_cover(p)


def test_real_custom_encoding_routes_to_ocr():
    # NutMontree 6.pdf: TCPDF Royal Gazette, body text "1>@01>1/0@1@>@1"
    route, _ = _route("NutMontree__ktltc/6.pdf", 1)
    assert (route.method, route.flags) == ("ocr", ("text_layer_garbled:custom_encoding",))
    ex = extract_document(realdoc("NutMontree__ktltc/6.pdf"), "d", ocr="never")
    assert {p.method for p in ex.pages} == {"none"}
    assert all("text_layer_garbled:custom_encoding" in p.flags for p in ex.pages)


@pytest.mark.parametrize("page", [1, 2, 3])
def test_real_latin_mojibake_scan_routes_to_ocr(page):
    # o20(1).pdf: a scan whose hidden OCR layer was made as English (G7) on every page
    route, cover = _route("NutMontree__ktltc/o20(1).pdf", page)
    assert cover == 1.0 and route.method == "ocr"


def test_real_pure_scan_routes_to_ocr():
    route1, _ = _route("NutMontree__ktltc/ผลประเมินITA2568.pdf", 1)  # stamp text only
    route2, _ = _route("NutMontree__ktltc/ผลประเมินITA2568.pdf", 3)  # no text layer at all
    assert route1.flags == ("scanned_page:thin_text_layer",)
    assert (route2.method, route2.reason) == ("ocr", "no_text_layer")


def test_real_word_pdf_stays_on_text_layer():
    ex = extract_document(realdoc("sompawn__nysso/EB1/1.2.pdf"), "d", ocr="auto")
    assert [p.method for p in ex.pages] == ["text"] * 9 and ex.ocr_pages == 0 and ex.errors == []


def test_text_path_never_imports_ocr(tmp_path):
    pdf = render("<p>รายงานผลการประเมิน</p>", tmp_path / "t.pdf")
    code = ("import sys; from extractors.document import extract_document; "
            f"ex = extract_document({str(pdf)!r}, 'd'); assert ex.pages[0].method == 'text'; "
            "bad = [m for m in ('extractors.ocr', 'cv2', 'pytesseract', 'prefect') if m in sys.modules]; "
            "assert not bad, bad")
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


@pytest.mark.slow
def test_real_garbled_scan_is_read_by_ocr():
    # o20(2).pdf: one scanned page with a Latin-mojibake OCR layer → our OCR, Thai text
    ex = extract_document(realdoc("NutMontree__ktltc/o20(2).pdf"), "d", ocr="auto")
    (page,) = ex.pages
    assert ex.errors == [] and ex.ocr_pages == 1
    assert page.method == "ocr" and page.flags[0] == "text_layer_garbled:latin_mojibake"
    assert "ประกาศ" in page.text and "วิทยาลัยเทคนิค" in page.text
