"""Header words Tesseract garbled lost whole columns on scans (fresh dev scans of seeds
1808 and 1811, 200 dpi: ``แนวทางการดลำเนินการ`` and ``แนวทางการคดำเนินการ`` -- a letter added
next to ``ำ`` -- matched no header word, so the steps column of every measure on the page
was dropped). ``normalizers/thai/ocr_vocab.py`` snaps such stretches back to the header
vocabulary; the cell texts below are those scans' own OCR output."""
from __future__ import annotations

import pytest

from extractors.model import RawTable
from normalizers.tables.grid import build_table
from normalizers.tables.roles import assign_roles
from normalizers.thai.ocr_words import mend_ocr_text


@pytest.mark.parametrize("ocr, fixed", [
    ("แนวทางการดลำเนินการ", "แนวทางการดำเนินการ"),  # seed 1811: ล added before ำ
    ("แนวทางการคดำเนินการ", "แนวทางการดำเนินการ"),  # seed 1808: ค added before ดำ
    ("รับผิดชอบการดลำเน็นงาน", "รับผิดชอบการดำเนินงาน"),  # ... and ิ read ็
    ("ก๊จกรรมตรวจสอบ", "กิจกรรมตรวจสอบ"),  # ิ read ๊
    ("ผ้รับผิดชอบ", "ผู้รับผิดชอบ"),  # not the misprint ผู้รับผิดขอบ the vocabulary also lists
])
def test_garbled_header_words_are_snapped_to_the_vocabulary(ocr, fixed):
    assert mend_ocr_text(ocr) == fixed


@pytest.mark.parametrize("text", [
    "การดำเนินงาน",  # a real word one letter from การดำเนินการ
    "ระยะเวลาดำเนินงาน",
    "ผู้รับผิดชอบโครงการ",
])
def test_real_words_near_vocabulary_words_are_left_alone(text):
    assert mend_ocr_text(text) == text


def test_a_header_word_cut_by_its_line_end_is_not_made_longer():
    # the look-alike ค Tesseract doubled before ด is taken out (ocr_confusions.json), and
    # the word is not snapped to the longer ระยะเวลาดำเนินการ
    assert mend_ocr_text("ระยะเวลาคดำเนิน") == "ระยะเวลาดำเนิน"


def test_steps_column_with_a_garbled_header_word_keeps_its_role():
    # seed 1811 scanned at 200 dpi, page 5: the measures table as OCR read it
    rows = [
        ["มาตรการส่งเสริม\nคุณธรรมและความ\nโปร่งใส", "ประเด็นที่ต้อง\nพัฒนา", "หน่วยงาน\nรับผิดชอบ",
         "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ", None, "งบประมาณ\n(บาท)"],
        [None, None, None, "แนวทางการดลำเนินการ", "ตัวชี้วัดที่", None],
        ["กิจกรรมตรวจสอบ\nการใช้รถยนต์", "การเผยแพร่\nข้อมูลการจัดซื้อ", "กองช่าง\nสำนักปลัด",
         "1 เปิดช่องทางรับฟัง\nความคิดเห็นจากประชาชน\n2 ประชุมชี้แจงบุคลากรทุก\nส่วนราชการ",
         "ตัวชี้วัดที่๔\nการใช้\nทรัพย์สิน", "๑๐,๐๐๐"],
    ]
    t = build_table(RawTable(page=5, index=0, bbox=(0.0, 0.0, 800.0, 500.0), rows=rows, method="ocr"))
    assert assign_roles(t)[3] == "steps", (t.header, assign_roles(t))
