"""Scanned score tables with a single question row (a table cut by a page break, or an
indicator with one question): found by the scanned-corpus benchmark, where i6 of one
report and i10-i12 of another were lost.

Bug 1 (OCR): a numeric column is read by our numeral recognizer only when it holds two
number-looking cells, so a one-row table's score went to Tesseract (``๙๑`` -> ``exe)``,
``๙๖.๖๗`` -> ``ed.ded``). Now a column with one such cell is read as numeric when another
table on the page has a numeric column at the same place.

Bug 2 (normalize): that row, with its unreadable score and the analysis cell
``ข้อคำถามที่ได้คะแนนน้อยที่สุด`` (header words), was taken for a second header row, so the
rows continuing the table on the next page (i11, i12) were lost with it.
"""
from __future__ import annotations

import html
from types import SimpleNamespace

from corpus.scan import ScanParams, scan_pdf
from extractors.ocr import borrowed_columns, ocr_page
from normalizers.tables.header_rows import header_depth

HEADER = ["ประเด็นข้อคำถาม", "คะแนน", "การวิเคราะห์ผลการประเมินฯ"]


def test_question_row_with_unreadable_score_is_not_a_header():
    rows = [HEADER, ["i๑๐ เจ้าหน้าที่ในหน่วยงานของท่าน มีการขอยืมทรัพย์สินของราชการ", "ed.ded",
                     "ข้อคำถามที่ได้คะแนนน้อยที่สุด: เจ้าหน้าที่ยังไม่ทราบแนวทาง"]]
    assert header_depth(rows) == 1
    assert header_depth([["[i๒ เจ้าหน้าที่ในหน่วยงาน", "", "ข้อคำถามที่ได้คะแนน"]]) == 0
    assert header_depth([HEADER]) == 1  # a real header stays one


def test_borrowed_columns_need_a_numeric_column_at_the_same_place():
    grid = SimpleNamespace(xs=[0, 300, 360, 600])
    glyphs = SimpleNamespace(glyphs=[object()])
    empty = SimpleNamespace(glyphs=[])
    numeric = {(0, 0): False, (0, 1): True, (0, 2): False, (1, 0): False, (1, 1): False, (1, 2): False}
    readings = {(0, 0): glyphs, (0, 1): glyphs, (0, 2): glyphs, (1, 0): glyphs, (1, 1): empty, (1, 2): empty}
    assert borrowed_columns(grid, numeric, [331.0], 15, readings) == {1}
    assert borrowed_columns(grid, numeric, [420.0], 15, readings) == set()  # elsewhere on the page
    assert borrowed_columns(grid, numeric, [], 15, readings) == set()
    words = {**numeric, (1, 1): False, (2, 1): False}
    inked = {**readings, (1, 1): glyphs, (2, 1): glyphs}  # the column's other cells hold words
    assert borrowed_columns(grid, words, [331.0], 15, inked) == set()


def test_one_row_score_table_is_read_by_the_numeral_recognizer(tmp_path):
    from weasyprint import HTML

    from ocr_samples import _page

    def table(rows: list[list[str]]) -> str:
        body = "".join("<tr>" + "".join(f"<td{' class=n' if i == 1 else ''}>{html.escape(c)}</td>"
                                        for i, c in enumerate(r)) + "</tr>" for r in rows)
        return f"<table><col style='width:52%'><col style='width:10%'><col>{body}</table>"

    first = table([HEADER,
                   ["i๑ การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่เป็นไปตามขั้นตอน", "๙๘.๖๗", ""],
                   ["i๒ เจ้าหน้าที่มีการเลือกปฏิบัติอย่างไม่เป็นธรรม", "๑๐๐", ""]])
    single = table([HEADER,
                    ["i๖ หน่วยงานของท่านมีการใช้งบประมาณเพื่อประโยชน์ส่วนตัวหรือไม่", "๙๖.๖๗", "ควรชี้แจง"]])
    HTML(string=_page(first + "<p>ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ</p>" + single,
                      "Sarabun-Regular")).write_pdf(str(tmp_path / "born.pdf"))
    scan = scan_pdf(tmp_path / "born.pdf", tmp_path / "scan.pdf",
                    ScanParams(dpi=300, rotation=0.6, blur=0.5, noise=6, jpeg_quality=70))
    _, tables = ocr_page(scan, 1, dpi=300)
    assert len(tables) == 2
    scores = [[r[1] for r in t.rows if r and r[0] and r[0].strip().startswith("i")] for t in tables]
    assert scores == [["๙๘.๖๗", "๑๐๐"], ["๙๖.๖๗"]], [t.rows for t in tables]


def test_giant_ink_blobs_are_not_read_as_a_question_code():
    """v002a of the scanned corpus: a steps cell whose lines of text ran together into two
    blobs (1158 and 1066 px tall) was read as the question code ``i1``, and its text lost."""
    import numpy as np

    from extractors.numerals import CellReading, Glyph
    from extractors.ocr import text_sized

    def reading(*boxes):
        glyphs = [Glyph(x, y, w, h, kind) for kind, x, y, w, h in boxes]
        n = sum(g.kind == "digit" for g in glyphs)
        return CellReading(glyphs, "๐๑๒๓๔๕๖๗๘๙", np.zeros((n, 11)), np.zeros(n))

    blobs = reading(("digit", 8, 10, 422, 1158), ("mark", 348, 2, 19, 8), ("digit", 419, 27, 224, 1066))
    code = reading(("mark", 4, 2, 6, 6), ("digit", 4, 12, 8, 30), ("digit", 16, 12, 24, 31))
    assert not text_sized(blobs, 1.0)
    assert text_sized(code, 1.0)
    assert text_sized(reading(("digit", 0, 0, 90, 100)), 1.0) and not text_sized(reading(("digit", 0, 0, 90, 100)), 0.5)
