"""Unseen scan fresh34s 49111 (200 dpi, one question table per indicator): the table of o1-o2
was read in five columns, ``| ข้อที่ | | ข้อคำถาม | ผลคะแนน`` over ``๐๑ | | โครงสร้าง… | | ๕๑.๒๐``:
the header drawn a column right of the body, and the codes ``๐๑``/``๐๒`` (the ``o`` read as a
Thai zero, two Thai digits: a padded row number's shape too) taken for row numbers. The texts
went under ``ข้อที่``, the question role to an empty column, and o1-o2 were lost (the document
``partial``). A zero-padded number beside the catalog's OIT question of that number is that
code, and an empty column whose title names the question texts, right of the joined codes and
texts, joins them. The table is the extractor's real reading of page 3."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

ROWS = [["", "ข้อที่", "", "ข้อคำถาม", "ผลคะแนน"], ["๐๑", "", "โครงสร้างและอำนาจหน้าที่", "", "๕๑.๒๐"],
        ["๐๒", "", "ข้อมูลผู้บริหาร", "", "๖๒.๔๓"]]
TEXT = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\n"
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nองค์การบริหารส่วนตำบลนาทราย อำเภอลี้ จังหวัดลำพูน\n"
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล")


def _records(rows):
    table = RawTable(page=1, index=0, bbox=(39.6, 492.96, 802.56, 552.48), rows=rows, method="ocr",
                     cell_conf=[[1.0, 0.94, 1.0, 0.95, 0.95], [0.99, 1.0, 0.94, 1.0, 0.97], [0.99, 1.0, 0.95, 1.0, 0.97]],
                     col_x=[39.6, 62.16, 103.92, 303.12, 553.92, 802.56], flags=["ocr_grid_inferred"])
    ex = Extraction(doc_id="s049111", file_name="s049111_html_scan.pdf", page_count=1, tables=[table],
                    pages=[PageText(page=1, method="ocr", text=TEXT, full_text=TEXT, width=841.92, height=595.44)])
    return normalize(ex)


def test_scan_oit_codes_under_a_header_drawn_off():
    got = {q["question_code"]: q for q in _records([list(r) for r in ROWS]).question_scores}
    assert {c: got[c]["score"] for c in ("o1", "o2")} == {"o1": 51.2, "o2": 62.43}
    assert "code_repaired:๐๑->o1" in got["o1"]["flags"]  # the code's reading is told


def test_padded_row_numbers_beside_other_texts_stay_numbers():
    # the same numbers beside texts that are not those OIT questions are no codes: nothing is
    # read as o1/o2 with those scores
    rows = [list(r) for r in ROWS]
    rows[1][2], rows[2][2] = "ข้อมูลผู้บริหาร", "โครงสร้างและอำนาจหน้าที่"
    assert not _records(rows).question_scores
