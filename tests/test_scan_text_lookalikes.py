"""Scans (issue 15): Tesseract's Thai misreadings that survived the mark mender in the text of
measure rows found and matched (dev set fresh18s, 0.18.0, ``corpus score --detail``).

- a consonant read as a look-alike, or a look-alike written next to the real letter:
  ``ก่อน`` read ``กค่อน``, ``กำหนด`` read ``คกำหนด``, ``หลักฐาน`` read ``หลักชฐาน``, ``พึงพอใจ``
  read ``พฟพึงพอใจ``, ``ดำเนินการ`` read ``คำเนหินการ`` (``ocr_words``, data file
  ``normalizers/data/ocr_confusions.json``);
- specks of the cell border read at a line's end (``ฒ.``, ``».``, ``a)``, ``ง,``);
- a misreading into other real words, which no dictionary sees, mended by the document's other
  copies of the same run (``ocr_consensus``): seed 18501 (scanned at 300 dpi) printed
  ``งานตามแบบที่กำหนด`` in nine cells and OCR read one ``งานตามแบบทีกำหนด``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned
from normalizers.thai.ocr_consensus import count_runs, mend_repeats
from normalizers.thai.ocr_words import mend_ocr_text


@pytest.mark.parametrize("ocr, fixed", [
    ("กค่อน", "ก่อน"),
    ("คกำหนด", "กำหนด"),
    ("หลักชฐาน", "หลักฐาน"),
    ("พฟพึงพอใจ", "พึงพอใจ"),
    ("คำเนหินการ", "ดำเนินการ"),
])
def test_lookalike_consonants_are_mended(ocr, fixed):
    assert mend_ocr_text(ocr) == fixed


@pytest.mark.parametrize("ocr, fixed", [
    ("เปิดช่องทางรับฟังความคิดเห็นจากประชาชน ฒ.", "เปิดช่องทางรับฟังความคิดเห็นจากประชาชน"),
    ("สรุปผลการดำเนินงาน ».", "สรุปผลการดำเนินงาน"),
    ("รายงานผู้บริหาร a)", "รายงานผู้บริหาร"),
    ("ทบทวนขั้นตอนการทำงาน ง,", "ทบทวนขั้นตอนการทำงาน"),
    # a bullet misread at a line's start (18504, 18507: ``a) มาตรการจัดทำคู่มือ…``)
    ("a) มาตรการจัดทำคู่มือการยืมและคืนทรัพย์สิน", "มาตรการจัดทำคู่มือการยืมและคืนทรัพย์สิน"),
    ("». สรุปผลการดำเนินงาน", "สรุปผลการดำเนินงาน"),
])
def test_border_specks_at_a_line_end_are_taken_off(ocr, fixed):
    assert mend_ocr_text(ocr) == fixed


@pytest.mark.parametrize("text", [
    "คำเห็นการ",  # real words (a misreading of ดำเนินการ, but only the document can tell)
    "นโปเลียน โบนาปาร์ด",  # a name: not ปาร์ค, a rarer word than the edit needs
    "หนังสือชักข้อมจากหน่วยงาน",  # a seed's own misprint: not ข้อน
    "รักษาระดับคะแนวนในประเด็น",  # ... not แหวน
    "เว็บไซต์อบต.นาทราย",
    "ดำเนินการ ณ",  # a lone word, not a speck
    "ต.ค. 68 - ก.ย. 69",
    "ก. แนวทางการดำเนินงาน",  # a Thai list letter
    "i1 หน่วยงาน",
    "(1) แนวทาง",
])
def test_text_the_edits_must_not_touch(text):
    assert mend_ocr_text(text) == text


def _mend(lines: list[str]) -> list[str]:
    return [cell[0] for cell in mend_repeats([[[ln] for ln in lines]], count_runs(lines))[0]]


def test_a_misread_copy_of_a_repeated_run_is_mended_by_the_others():
    # seed 18501's OCR'd cells: eight copies of one run read right and one wrong, four and one
    # of another
    lines = ["งานตามแบบที่กำหนด"] * 8 + ["งานตามแบบทีกำหนด"] + ["แบบที่กำหนดพร้อม"] * 4 + ["แบบทีกำหนดพร้อม"]
    got = _mend(lines)
    assert got == ["งานตามแบบที่กำหนด"] * 9 + ["แบบที่กำหนดพร้อม"] * 5
    # two copies are not enough against one when both read as as many words
    assert _mend(["แบบที่กำหนดพร้อม"] * 2 + ["แบบทีกำหนดพร้อม"])[-1] == "แบบทีกำหนดพร้อม"


def test_runs_cut_by_a_line_end_real_variants_and_names_are_kept():
    # a repeated sentence wrapped at another place (seed 18501: ``รายงานผล`` | ``การดำเนินงานตาม``)
    lines = ["ผลการดำเนินงานตาม"] * 4 + ["การดำเนินงานตาม", "การดำเนินง"] + ["การดำเนินงาน"] * 3
    assert _mend(lines) == lines
    lines = ["ผลการดำเนินการตาม"] * 4 + ["ผลการดำเนินงานตาม"]  # both real
    assert _mend(lines) == lines
    lines = ["องค์การบริหารส่วนตำบลวัฒนานคร"] * 3 + ["องค์การบริหารส่วนตำบลพัฒน์นคร"]
    assert _mend(lines) == lines


@pytest.fixture(scope="module")
def scan_18501(tmp_path_factory) -> Path:
    return scanned([18501], tmp_path_factory.mktemp("lookalikes_scan"))[0]


def test_seed_18501_scan_reads_the_repeated_step_right(scan_18501):
    from corpus.fuzz import run_one
    from corpus.score import measure_text

    _, rec, err = run_one(str(scan_18501))
    assert err is None
    texts = [measure_text(m) for m in rec["planned_measures"]]
    assert not any("แบบทีกำหนด" in t for t in texts)
    assert sum(t.count("แบบที่กำหนด") for t in texts) >= 5


def test_a_text_layer_is_not_mended_by_repeats():
    """Born-digital tables keep what the author typed, whatever the document's scanned pages repeat."""
    from extractors.model import RawTable
    from normalizers.tables.grid import build_table, ocr_run_counts

    rows = [["มาตรการ", "ขั้นตอน"]] + [["ก", "งานตามแบบที่กำหนด"]] * 8 + [["ข", "งานตามแบบทีกำหนด"]]
    kw = dict(page=1, index=0, bbox=(0.0, 0.0, 100.0, 100.0), rows=rows)
    runs = ocr_run_counts([RawTable(method="ocr", **kw)])
    assert build_table(RawTable(method="text", **kw), runs).rows[-1].cells[1] == "งานตามแบบทีกำหนด"
    assert build_table(RawTable(method="ocr", **kw), runs).rows[-1].cells[1] == "งานตามแบบที่กำหนด"
