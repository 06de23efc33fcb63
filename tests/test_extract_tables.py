"""Table finding on real rendered PDFs (weasyprint) and real Thai PDFs from ../shared."""
from __future__ import annotations

import re

import pdfplumber
import pytest

from extract_pdfgen import am, HEADER, WIDTHS, realdoc, render, split_table_body, table_html
from extractors.document import extract_document
from extractors.tables import find_tables

INDICATOR_ROWS = [
    ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "99.56", "IIT"],
    ["ตัวชี้วัดที่ 2 การใช้งบประมาณ", "98.89", ""],
    ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "92.14", "OIT"],
]
INDICATOR_HEADER = ["ตัวชี้วัด", "คะแนน", "เครื่องมือ"]


@pytest.fixture(scope="module")
def split_pdf(tmp_path_factory):
    body, rows = split_table_body()
    path = render(body, tmp_path_factory.mktemp("split") / "split.pdf")
    return path, rows


@pytest.fixture(scope="module")
def split_extraction(split_pdf):
    return extract_document(split_pdf[0], "split", ocr="never")


def _ruled_pdf(tmp_path, cls: str, font: str = "Sarabun"):
    body = ("<p>ผลการประเมินรายตัวชี้วัด ดังนี้</p>" + table_html(INDICATOR_ROWS, INDICATOR_HEADER, cls=cls)
            + "<p>จากตารางพบว่า ตัวชี้วัดที่ได้คะแนนมากที่สุด</p>")
    return render(body, tmp_path / f"{cls}.pdf", font=font)


@pytest.mark.parametrize("cls", ["ruled", "hrules", "boxed"])
@pytest.mark.parametrize("font", ["Sarabun", "Noto Sans Thai", "Garuda"])
def test_ruled_table_cells_exact(tmp_path, cls, font):
    # fully ruled, horizontal rules only, and outer box + row rules without column rules
    path = _ruled_pdf(tmp_path, cls, font)
    with pdfplumber.open(path) as pdf:
        tables = find_tables(pdf.pages[0])
    assert len(tables) == 1
    t = tables[0]
    assert t.rows == [INDICATOR_HEADER, *INDICATOR_ROWS]
    assert t.page == 1 and t.index == 0 and t.method == "text"
    assert len(t.col_x) == 4 and t.col_x == sorted(t.col_x)
    x0, top, x1, bottom = t.bbox
    assert x0 < x1 and top < bottom


def test_text_outside_tables_only(tmp_path):
    ex = extract_document(_ruled_pdf(tmp_path, "ruled"), "d", ocr="never")
    page = ex.pages[0]
    assert page.method == "text"
    assert page.text == "ผลการประเมินรายตัวชี้วัด ดังนี้\nจากตารางพบว่า ตัวชี้วัดที่ได้คะแนนมากที่สุด"
    assert "99.56" in page.full_text and "99.56" not in page.text


def test_explicit_line_breaks_become_newlines(tmp_path):
    rows = [["1", "เผยแพร่ข้อมูล", "1. ตรวจสอบข้อมูล o1 - o10\n2. ปรับปรุงให้เป็นปัจจุบัน", "ม.ค.-มี.ค. 69", "กองคลัง\nกองช่าง"]]
    path = render(table_html(rows, HEADER, widths=WIDTHS), tmp_path / "br.pdf", size_pt=11)
    with pdfplumber.open(path) as pdf:
        (t,) = find_tables(pdf.pages[0])
    assert t.rows == [HEADER, rows[0]]


def test_auto_wrapped_cell_keeps_every_char(tmp_path):
    long = "ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการใช้งบประมาณและการจัดซื้อจัดจ้างของหน่วยงาน"
    path = render(table_html([["1", long, "x"]], ["ที่", "มาตรการ", "หมายเหตุ"], widths=["10%", "25%", "65%"]),
                  tmp_path / "wrap.pdf")
    with pdfplumber.open(path) as pdf:
        (t,) = find_tables(pdf.pages[0])
    cell = t.rows[1][1]
    assert cell.count("\n") >= 2  # wrapped over several lines
    assert cell.replace("\n", "") == long


def test_table_over_two_pages_with_repeated_header(split_extraction):
    ex = split_extraction
    assert [t.page for t in ex.tables] == [1, 2]
    assert all(t.rows[0] == HEADER for t in ex.tables)  # header rows stay in
    assert all(t.n_cols == 5 for t in ex.tables)


def test_row_broken_by_page_break_yields_two_halves(split_extraction, split_pdf):
    _, rows = split_pdf
    p1, p2 = split_extraction.tables
    last, first = p1.rows[-1], p2.rows[1]
    assert last[0] == "9" and first[0] == ""  # the continuation has no row number
    halves = last[2].split("\n") + first[2].split("\n")
    assert halves == rows[8][2].split("\n")  # nothing lost, nothing duplicated, in order
    assert last[2].split("\n") and first[2].split("\n")


def test_every_step_token_exactly_once(split_extraction, split_pdf):
    _, rows = split_pdf
    cells = "\n".join(c or "" for t in split_extraction.tables for r in t.rows for c in r)
    pages = "\n".join(p.text for p in split_extraction.pages)
    for r in rows:
        for step in r[2].split("\n"):
            assert len(re.findall(re.escape(step) + r"(?![0-9])", cells)) == 1, step
            assert step not in pages
    assert split_extraction.pages[0].text.startswith("แผนการขับเคลื่อนมาตรการ")
    assert split_extraction.pages[1].text == "ลงชื่อ ผู้รายงาน"


def test_empty_rows_dropped(tmp_path):
    rows = [["1", "ก", "ข"], ["", "", ""], ["2", "ค", "ง"]]
    path = render(table_html(rows, ["ที่", "ก", "ข"], widths=["20%", "40%", "40%"]), tmp_path / "e.pdf")
    with pdfplumber.open(path) as pdf:
        (t,) = find_tables(pdf.pages[0])
    assert t.rows == [["ที่", "ก", "ข"], ["1", "ก", "ข"], ["2", "ค", "ง"]]


def test_merged_header_cells_are_none(tmp_path):
    html = """<table class="ruled"><tr><td rowspan="2">ตัวชี้วัด</td><td colspan="2">คะแนน</td></tr>
    <tr><td>2567</td><td>2568</td></tr><tr><td>การปฏิบัติหน้าที่</td><td>98.10</td><td>99.56</td></tr></table>"""
    path = render(html, tmp_path / "m.pdf")
    with pdfplumber.open(path) as pdf:
        (t,) = find_tables(pdf.pages[0])
    assert t.rows == [["ตัวชี้วัด", "คะแนน", None], [None, "2567", "2568"], ["การปฏิบัติหน้าที่", "98.10", "99.56"]]


# --- real PDFs ---------------------------------------------------------------------------

def test_real_word_tables_thai_digits():
    # sompawn EB1/1.2.pdf p5: Word 2007 ruled table, Thai digits
    with pdfplumber.open(realdoc("sompawn__nysso/EB1/1.2.pdf")) as pdf:
        tables = find_tables(pdf.pages[4])
    assert [len(t.rows) for t in tables] == [3, 4]
    assert [am(r) for r in tables[1].rows] == [
        ["ลำดับ", "รายการ", "จำนวนโครงการ", "วงเงินที่จ่าย (บาท)", "ร้อยละ"],
        ["๑", "การจัดซื้อจัดจ้างแบบเฉพาะเจาะจง", "๖", "๕๘๑,๐๙๖.๐๐", "๖๗.๕๑"],
        ["๒", "ดำเนินการแบบบันทึกจ่าย", "๓", "๒๗๙,๖๖๘.๔๔", "๓๒.๔๙"],
        ["", "รวมเป็นเงินทั้งสิ้น", "๙", "๘๖๐,๗๔๖.๔๔", "๑๐๐"],
    ]


def test_real_word_table_merged_title_row():
    with pdfplumber.open(realdoc("sompawn__nysso/EB1/1.2.pdf")) as pdf:
        (t,) = find_tables(pdf.pages[7])
    assert t.rows[0] == ["งบประมาณที่ได้รับการจัดสรร( หน่วย : บาท)", None, None]
    assert t.rows[1] == ["งบประมาณที่ได้รับจัดสรร", "งบประมาณที่ใช้ไป", "งบประมาณที่ประหยัดได้"]


def test_real_excel_grid():
    # NutMontree 017-งบหน้า68.pdf p1: wide Excel grid with a 3-level merged header
    with pdfplumber.open(realdoc("NutMontree__ktltc/017-งบหน้า68.pdf")) as pdf:
        (t,) = find_tables(pdf.pages[0])
    assert (len(t.rows), t.n_cols) == (36, 20)
    assert t.rows[4][0] == "หนังสือเรียนฟรี"
    assert t.rows[4][12] == "3,448,000" and t.rows[4][19] == "3,448,000"
    assert t.rows[3][2:5] == ["ตอบแทน", "ใช้สอย", "วัสดุ"]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_rotated_page_read_in_text_frame(split_pdf, split_extraction, tmp_path, turn):
    # print-to-PDF drivers emit landscape pages as /Rotate: text then runs sideways
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(split_pdf[0]))
    for page in doc:
        page.set_rotation(turn)
    doc.save(str(tmp_path / "rot.pdf"))
    doc.close()
    ex = extract_document(tmp_path / "rot.pdf", "rot", ocr="never")
    assert [t.rows for t in ex.tables] == [t.rows for t in split_extraction.tables]
    assert [p.text for p in ex.pages] == [p.text for p in split_extraction.pages]
    assert ex.pages[0].flags == [f"text_rotated:{turn}"]
    assert ex.tables[0].bbox == pytest.approx(split_extraction.tables[0].bbox, abs=0.5)


def test_nested_table_text_not_duplicated(tmp_path):
    inner = table_html([["i1", "99.56"], ["i2", "98.00"]], cls="ruled")
    pad = 'style="padding:14pt"'
    html = (f'<table class="ruled"><tr><td {pad}>ตัวชี้วัดที่ 1</td><td {pad}>{inner}</td></tr>'
            f'<tr><td {pad}>รวม</td><td {pad}>99</td></tr></table>')
    path = render(html, tmp_path / "nested.pdf")
    with pdfplumber.open(path) as pdf:
        tables = find_tables(pdf.pages[0])
    # the outer cell keeps the inner table's text (it stays with its row), once
    assert [t.rows for t in tables] == [[["ตัวชี้วัดที่ 1", "i1 99.56\ni2 98.00"], ["รวม", "99"]]]
