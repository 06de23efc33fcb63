"""One regression test per extract-stage bug found, named after the bug."""
from __future__ import annotations

import signal
import subprocess
import shutil
import time

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extract_pdfgen import HEADER, WIDTHS, realdoc, render, table_html
from extractors.document import extract_document, read_text_page
from extractors.errors import EmptyPDF, EncryptedPDF, PageTimeout
from extractors.pdf import page_deadline
from extractors.route import decide
from extractors.tables import find_tables
from extractors.text import glyphs_from_chars, lines_text


def test_curve_edges_without_orientation_crashed_table_finder():
    # 1.2.pdf p5 draws a chart with diagonal curve segments: merge_edges got orientation None
    with pdfplumber.open(realdoc("sompawn__nysso/EB1/1.2.pdf")) as pdf:
        tables = find_tables(pdf.pages[4])
    assert [(len(t.rows), t.n_cols) for t in tables] == [(3, 3), (4, 5)]


def test_excel_padding_space_chars_split_numbers():
    # 017-งบหน้า68.pdf: Excel draws padding spaces on top of the first digit, so sorting by
    # x put a space inside the number: "3 ,448,000"
    with pdfplumber.open(realdoc("NutMontree__ktltc/017-งบหน้า68.pdf")) as pdf:
        text = lines_text(glyphs_from_chars(pdf.pages[0].chars))
        (t,) = find_tables(pdf.pages[0])
    assert "3,448,000" in text and "3 ,448" not in text
    assert t.rows[6][14] == "896,480" and t.rows[7][3] == "300,000"


def test_split_row_first_half_lost_when_bottom_rule_missing(tmp_path):
    # weasyprint (like Word) draws no bottom rule under a row cut by the page break: the
    # first half of the row fell outside the table and into the page text
    rows = [[str(i), f"มาตรการที่ {i}", "\n".join(f"ขั้นที่ {i}.{k}" for k in range(1, 4 if i != 8 else 30)),
             "ต.ค. 68", "กองคลัง"] for i in range(1, 10)]
    path = render(table_html(rows, HEADER, widths=WIDTHS), tmp_path / "cut.pdf")
    ex = extract_document(path, "d", ocr="never")
    p1 = [t for t in ex.tables if t.page == 1][-1]
    assert p1.rows[-1][0] == "8" and p1.rows[-1][2].startswith("ขั้นที่ 8.1\nขั้นที่ 8.2")
    assert "ขั้นที่ 8" not in ex.pages[0].text


def test_latin_mojibake_scan_layer_passed_as_usable():
    # o20(1).pdf p1: English-OCR layer on a scan; assess() once called it usable (few "odd"
    # words), so a scan whose layer is hardly Thai goes to OCR whatever assess says
    with pdfplumber.open(realdoc("NutMontree__ktltc/o20(1).pdf")) as pdf:
        route = read_text_page(pdf.pages[0], 1, "auto")[2]
    assert route.method == "ocr"
    assert route.flags[0] in ("scanned_page:non_thai_text_layer", "text_layer_garbled:latin_mojibake")
    assert decide("rJ:ynroiy u.r6'u uvrnfi oriuvr:6'nti the ITA " * 20, 1.0).method == "ocr"


def test_pdfium_stale_error_code_made_zero_page_pdf_look_encrypted(tmp_path):
    # PDFium refuses 0-page files and its last-error code is global: after an encrypted
    # file the empty one was reported as EncryptedPDF
    qpdf = shutil.which("qpdf")
    if not qpdf:
        pytest.skip("qpdf not installed")
    good = render("<p>ทดสอบ</p>", tmp_path / "g.pdf")
    locked, zero = tmp_path / "locked.pdf", tmp_path / "zero.pdf"
    subprocess.run([qpdf, "--encrypt", "pw", "owner", "256", "--", str(good), str(locked)], check=True)
    doc = pdfium.PdfDocument.new()
    doc.save(str(zero))
    doc.close()
    with pytest.raises(EncryptedPDF):
        extract_document(locked, "d")
    with pytest.raises(EmptyPDF):
        extract_document(zero, "d")


def test_page_timeout_swallowed_by_broad_except():
    # pdfminer and the glyph hook catch Exception; a PageTimeout must still stop the page
    def stubborn():
        end = time.monotonic() + 3
        while time.monotonic() < end:
            try:
                sum(range(10_000))
            except Exception:  # noqa: BLE001 - what third-party code does
                pass

    t = time.monotonic()
    with pytest.raises(PageTimeout):
        with page_deadline(0.05):
            stubborn()
    assert time.monotonic() - t < 1.0


def test_page_deadline_cancelled_the_enclosing_timer():
    # pytest-timeout (and any caller) arms ITIMER_REAL too: the page deadline must re-arm it
    fired = []
    old = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 50)
        with page_deadline(5):
            pass
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 45 < remaining <= 50
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert fired == []


def test_closing_edges_turned_vertical_chart_lines_into_a_table(tmp_path):
    # closing rules for rows cut by a page break must not box in free-standing vertical
    # lines (chart gridlines, column separators) that no horizontal rule crosses
    lines = "".join(f'<line x1="{x}" y1="0" x2="{x}" y2="100" stroke="black" stroke-width="1"/>'
                    for x in (10, 90, 170, 250))
    labels = "".join(f'<text x="{x}" y="60" font-family="T" font-size="14">ค่า {i}</text>'
                     for i, x in ((1, 30), (2, 110), (3, 190)))
    svg = f'<svg width="300" height="110" xmlns="http://www.w3.org/2000/svg">{lines}{labels}</svg>'
    path = render(f"<p>แผนภูมิแสดงผลการประเมิน</p>{svg}", tmp_path / "chart.pdf")
    with pdfplumber.open(path) as pdf:
        assert len([e for e in pdf.pages[0].edges if e["orientation"] == "v"]) == 4
    ex = extract_document(path, "d", ocr="never")
    assert ex.tables == []
    assert ex.pages[0].text == "แผนภูมิแสดงผลการประเมิน\nค่า 1 ค่า 2 ค่า 3"


def test_fallback_font_glyph_split_off_its_line(tmp_path):
    # a Lao lookalike (ະ U+0EB0, as Word exports carry) is drawn from a fallback font whose
    # box sits higher than the Thai glyphs: line clustering by centres put it on its own line
    text = "เสริมสร้างวัฒนธรรมการไม่รับสินบนแล\u0eb0การปฏิบัติหน้าที่"
    path = render(table_html([["1", text]], ["ที่", "มาตรการ"], widths=["20%", "80%"]), tmp_path / "lao.pdf",
                  font="Umpush", size_pt=11.5)
    with pdfplumber.open(path) as pdf:
        (t,) = find_tables(pdf.pages[0])
    assert t.rows[1] == ["1", text]
