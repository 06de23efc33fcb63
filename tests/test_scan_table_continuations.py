"""Measures tables of scanned reports that run over several pages: found by the scanned-corpus
benchmark (bench/bench_scanned_corpus.py), where they cost most of the measure text errors.

Bug 1 (stitch): a table continued on the next page is joined to its first part when the
next page repeats its header. OCR reads the same printed header a little differently on
every page (``ผู้รับผิดชอบ`` / ``ผูรับผิดชอบ``, ``ขั้นตอน`` / ``ขึ้นตอน``), so the parts stayed
apart and the rest of a measure cut by the page break was lost (v001b: 1,080 characters
of one measure). OCR'd headers now match when nearly equal.

Bug 2 (stitch): the header kept for the stitched table was the first page's reading, and a
garbled one (``ข้อคำถาม`` read ``gaara``) cost the table its question column. Now the
reading in which most columns name their role wins.

Bug 3 (merge_page_breaks): with one measure per page, a row was taken for the tail of the
row above because OCR had dropped the dots of its list numbers (``๑ ปรับปรุง…``) and read
its code ``i๒๒`` as ``๑๒๒``. Rows whose indicator cells name different indicators are now
never merged, and a dotless list number still starts an item.

Bug 3b (merge_page_breaks): 001, one measure per table: the period ``ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙``
went over the page break (``ต ค ๒๕๖๘`` | ``nw. ๒๕๖๙``, the dash lost) while the units fitted
above it, so the continuation had a period cell of its own and looked like a new row. Units
printed above the break only are now a tell.

Bug 4 (split_lines): on the first line of a cell, tall glyphs (``ใ``, a digit, ``ชี``
joined to its vowel) clustered with the row of marks above the line and were read as a
line of their own (``ในตัวชี้วัดที่ 1`` -> ``1°4 1`` + ``นตว วดท``).

Bug 5 (find_grids): an underline 153 px long (``ถูกต้อง``, underlined text in the analysis
cell) seeded a row rule 19 px above the real one; the sliver row between them had no
column rules, so the whole measure row above it merged into one cell and was lost. A row
rule now has to meet a column rule.

Bug 6 (split_lines): blur joins a stacked vowel and tone (``ี่``) into one blob as tall as a
small letter, so a row of two or three of them passed for a line of text and was read on
its own (``ณ © wad``), while the line below lost its marks (``กบเจาหนาท``). A row of at
most three short blobs that ends where the next line begins is a row of marks.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from extractors.model import RawTable
from normalizers.tables.grid import build_table
from normalizers.tables.stitch import stitch
from normalizers.records.measure_breaks import merge_page_breaks
from normalizers.tables.roles import classify

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["มาตรการ/โครงการ/กิจกรรม", "ผลการวิเคราะห์ตัวชี้วัด", "ขั้นตอนหรือวิธีการปฏิบัติ",
          "ช่วงระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ"]
# the same header as OCR read it on the next page
HEADER_OCR = ["มาตรการ/โครงการ/กืจกรรม", "ผลการวิเคราะห์ตัวซี้วัด", "ขึ้นตอนหรือวิธีการปฏิบัติ",
              "ช่วงระยะเวลาในการดำเน็นการ", "ผู⏎รับผิดชอบ".replace("⏎", "\n")]


def _raw(page: int, rows: list[list[str]], method: str = "ocr") -> RawTable:
    return RawTable(page=page, index=0, bbox=(63.0, 51.0, 544.0, 790.0), rows=rows, method=method,
                    col_x=[63.0, 150.0, 260.0, 400.0, 470.0, 544.0])


FIRST = [HEADER, ["กลไกและมาตรการในการแก้ไขและป้องกันการทุจริต", "๑๑๕ รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
                  "๑. จัดทำหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ๒. จัดทำและเผยแพร่ข้อมูลแผนการบริหาร",
                  "เม.ย. - มิ.ย. ๖๙", "กองคลัง"]]
REST = [HEADER_OCR, ["", "", "ที่มีเนื้อหาและองค์ประกอบที่ถูกต้องครบถ้วนตามหลักเกณฑ์การประเมิน", "", ""]]


def test_ocr_repeat_of_a_header_read_differently_continues_the_table():
    tables = stitch([build_table(_raw(10, FIRST)), build_table(_raw(11, REST))])
    assert len(tables) == 1
    assert [r.page for r in tables[0].rows] == [10, 11]


def test_text_layer_headers_must_still_match_exactly():
    """Born-digital repeats are exact copies: a different header there is another table."""
    tables = stitch([build_table(_raw(10, FIRST, "text")), build_table(_raw(11, REST, "text"))])
    assert len(tables) == 2


def test_a_different_header_is_another_table_even_from_ocr():
    other = [["ตัวชี้วัด", "คะแนนรายตัวชี้วัด", "คะแนนรายเครื่องมือ", "หมายเหตุ", "ลำดับ"],
             ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๙.๕๓", "", "", "๑"]]
    assert len(stitch([build_table(_raw(10, FIRST)), build_table(_raw(11, other))])) == 2


def test_garbled_header_reading_is_outvoted():
    header = ["ประเด็น/ตัวชี้วัด", "ข้อคำถาม ITA", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการดำเนินการ",
              "ระยะเวลาดำเนินการ"]
    garbled = ["ประเด็น/ตัวชี้วัด", "gaara ITA", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการดำเนินการ",
               "ระยะเวลาดำเนินการ"]
    parts = []
    for k, h in enumerate([garbled, header, garbled]):
        parts.append(build_table(_raw(3 + k, [h, [f"ตัวชี้วัดที่ {k + 1}", f"i{k + 1} คำถาม", "มาตรการ", "๑. ทำ", "ต.ค. ๖๘"]])))
    tables = stitch(parts)
    assert len(tables) == 1
    assert classify(tables[0]).roles[1] == "question"


def test_rows_naming_other_indicators_are_not_merged_across_pages():
    """v003c: one measure per page; on page 4 OCR dropped the list numbers' dots and read
    the code i๒๒ as ๑๒๒, which made the row look like the tail of page 3's."""
    header = ["ประเด็น/ตัวชี้วัด", "ข้อคำถาม ITA", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการดำเนินการ",
              "ระยะเวลาดำเนินการ"]
    rows = [["๒. การใช้งบประมาณ", "i๖ หน่วยงานของท่านมีการใช้จ่ายงบประมาณ", "มาตรการส่งเสริมความโปร่งใส",
             "๑. เปิดเผยข้อมูล ๒. รายงานผล", "ต.ค. ๖๘ - ก.ย. ๖๙"],
            ["๓. การใช้อำนาจ", "i๔ การบริหารงานบุคคลในหน่วยงานของท่าน", "มาตรการเสริมสร้างธรรมาภิบาล",
             "๑. ธำรงความยุติธรรม ๒. เปิดเผยหลักเกณฑ์", "ตลอดปีงบประมาณ ๒๕๖๙"],
            ["๔. การใช้ทรัพย์สินของราชการ", "๑๒๒ การกำกับดูแลและตรวจสอบการใช้ทรัพย์สิน",
             "มาตรการส่งเสริมการปฏิบัติตามระเบียบ", "๑ ปรับปรุงแนวปฏิบัติ ออกประกาศ", "ตลอดปีงบประมาณ ๒๕๖๙"],
            ["๕. การแก้ไขปัญหาการทุจริต", "i๑๓ ผู้บริหารสูงสุดของหน่วยงาน", "มาตรการจัดการเรื่องร้องเรียน",
             "๑. ประกาศเจตจำนง", "ตลอดปีงบประมาณ ๒๕๖๙"],
            ["๖. คุณภาพการดำเนินงาน", "e๓ ท่านเคยถูกเจ้าหน้าที่เรียกรับ", "มาตรการยกระดับคุณภาพการให้บริการ",
             "๑. ปรับปรุงคู่มือ", "ต.ค. ๖๘ - มี.ค. ๖๙"]]
    t = stitch([build_table(_raw(2 + k, [header, r])) for k, r in enumerate(rows)])[0]
    merge_page_breaks(t, classify(t))
    assert len(t.rows) == 5


def test_units_above_the_break_only_tell_a_continued_row():
    header = ["มาตรการ / โครงการ / กิจกรรม", "ผลการวิเคราะห์ตัวชี้วัดตามหลักเกณฑ์การประเมิน ITA",
              "ขั้นตอนหรือวิธีการปฏิบัติ", "ช่วงระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ"]
    p9 = [header, ["e๗ หน่วยงานมีการเปิดโอกาสให้บุคคล", "ผู้รับบริการหรือผู้มาติดต่อราชการกับ",
                   "๑. หน่วยงานควรเปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมใน", "ต ค ๒๕๖๘", "ทุกหน่วยงาน"]]
    p10 = [header, ["ภายนอกได้เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงานของหน่วยงาน",
                    "หน่วยงานบางรายมีความเห็นว่าหน่วยงานยังขาดการเปิดโอกาส",
                    "การดำเนินงานตามภารกิจของหน่วยงาน ๒ เผยแพร่ผลการเปิดโอกาส", "nw. ๒๕๖๙", ""]]
    t = stitch([build_table(_raw(9, p9)), build_table(_raw(10, p10))])[0]
    merge_page_breaks(t, classify(t))
    assert len(t.rows) == 1
    assert t.rows[0].cells[0].startswith("e๗ หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอก")


def _bench_seed(name: str) -> int:  # as bench/bench_scanned_corpus.py seeds each document
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def test_tall_glyphs_rising_into_the_mark_row_stay_on_their_line(tmp_path):
    """The scanned corpus's v000c, page 5, scanned as the benchmark scans it."""
    from extractors.ocr import ocr_page

    _, tables = ocr_page(_bench_scan("v000c_results_analysis", 5, tmp_path), 1, dpi=300)
    cells = [c for t in tables for r in t.rows for c in r if c and "i1" in c.replace(" ", "")]
    assert cells, [t.rows for t in tables]
    first_line = cells[0].split("\n")[0]
    assert first_line.replace(" ", "").startswith("ในตัวชี"), cells[0]


def _bench_scan(name: str, page: int, tmp_path: Path, dpi: int = 300) -> Path:
    from corpus.scan import random_params, scan_pdf

    params = random_params(np.random.default_rng(_bench_seed(name)), dpi)
    return scan_pdf(ROOT / "tests" / "corpus" / f"{name}.pdf", tmp_path / f"p{page}.pdf", params,
                    seed=_bench_seed(name) % 1000, pages=[page])


def test_an_underline_is_not_a_row_rule(tmp_path):
    """The scanned corpus's v000c, page 8: the measure for indicator 9 kept its cells."""
    from extractors.ocr import ocr_page

    _, tables = ocr_page(_bench_scan("v000c_results_analysis", 8, tmp_path), 1, dpi=300)
    rows = [r for t in tables for r in t.rows]
    row9 = [r for r in rows if r[0] and r[0].replace("\n", "").startswith("ปรับปรุงระบบ")]
    assert len(row9) == 1, rows
    assert all(c.strip() for c in row9[0]), row9  # every column read, not one merged cell
    assert "ศึกษา" in row9[0][3]


def test_a_row_of_blurred_stacked_marks_is_not_a_line(tmp_path):
    """The scanned corpus's v000b, page 5: the steps of the first measure."""
    from extractors.ocr import ocr_page

    _, tables = ocr_page(_bench_scan("v000b_results_analysis", 5, tmp_path), 1, dpi=300)
    cells = [c for t in tables for r in t.rows for c in r if c and c.startswith("จัดกิจกรรม")]
    assert cells, [t.rows for t in tables]
    assert "กับเจ้าหน้าที่" in cells[0].replace(" ", ""), cells[0]
    assert not any(w in cells[0] for w in ("wad", "©")), cells[0]


def test_a_partial_digit_reading_does_not_replace_the_number(tmp_path):
    """The scanned corpus at 200 dpi, v000b page 3: blur ran the ``64`` of ``93.64`` into one
    blob; the numeral re-reading of the text cell's digits stopped before it and ``93``
    replaced the word, at confidence 0.9996 — an indicator score wrong without a flag.
    A reading with fewer digits than the words it would replace now leaves them, doubted."""
    from extractors.ocr import ocr_page

    _, tables = ocr_page(_bench_scan("v000b_results_analysis", 3, tmp_path, dpi=200), 1)
    t = tables[0]
    cells = [(r[1], t.cell_conf[i][1]) for i, r in enumerate(t.rows) if r[0] and "ทรัพย์สิน" in r[0]]
    assert cells, t.rows
    text, conf = cells[0]
    assert text == "93.64" or conf < 0.9, cells
