"""fresh23s 24114 (scanned, questions grouped under indicator rows): indicator 10's row of the
questions table read ``ตัวชี้วัดที่10 การปข้องกันการทุจริต | 61.41`` (``ป้อง`` as ``ปข้อง``). The
name matched no indicator and a number alone did not make the row a heading: indicator 10's score
was lost. A cell ``ตัวชี้วัดที่ N`` and a short name is an indicator row; its indicator comes by
the printed number, flagged ``indicator_by_number``. The rows are the extractor's real reading."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.tables import rows as rk

ROWS = [["o19 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "93.66"],
        ["o20 การเปิดโอกาสให้เกิดการมีส่วนร่วม", "86.22"],
        ["ตัวชี้วัดที่10 การปข้องกันการทุจริต", "61.41"],
        ["o21 ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy\nจาก การปฏิบัติหน้าที่", "52.69"],
        ["o22 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", "44.17"]]


def test_numbered_indicator_row_with_garbled_name_keeps_its_score():
    table = RawTable(page=3, index=0, bbox=(65.0, 50.2, 512.2, 499.2), rows=[list(r) for r in ROWS], method="ocr",
                     cell_conf=[[0.95, 0.97] for _ in ROWS], col_x=[65.04, 460.56, 512.16], flags=["ocr_grid_inferred"])
    text = "ผลคะแนนรายข้อคำถาม ประจำปีงบประมาณ พ.ศ. 2568"
    ex = Extraction(doc_id="s024114", file_name="s024114_html_scan.pdf", page_count=3, tables=[table],
                    pages=[PageText(page=3, method="ocr", text=text, full_text=text, width=595.44, height=841.92)])
    rec = normalize(ex)
    ind = [r for r in rec.indicator_scores if r["indicator_no"] == 10]
    assert [r["score"] for r in ind] == [61.41]
    assert "indicator_by_number:10" in ind[0]["flags"]


def test_finding_opening_with_an_indicator_number_is_no_indicator_row():
    cell = "ตัวชี้วัดที่ 5 ได้คะแนนต่ำกว่าค่าเป้าหมายเนื่องจากข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน"
    assert rk.row_kind([cell, "61.41"], 0, []) != rk.INDICATOR
