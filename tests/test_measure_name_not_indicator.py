"""Dev seed 20011 docx under column titles no vocabulary holds (``fuzz --header-words unknown``;
issue 13 item 1, column roles from evidence). Measure 1's name ``(1) โครงการเปิดเผยข้อมูลการใช้
จ่ายงบประมาณประจำปี…`` names indicator 2's subject (``การใช้งบประมาณ``), so its cell was typed an
indicator cell: the measure column and the real indicator column (``ตัวชี้วัดที่ ๒ …``) tied, the
measure was put on little evidence and ``measure_column_unsure`` left the table unread: all 4
measures lost. A numbered measure name is the measure's, never an indicator cell. Its steps 6-7
go on at page 6's top (read in its columns since the heading slab below them is cut off).
"""
from __future__ import annotations

import shutil

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import read_rendered
from normalizers.tables import cells as ct

pytest.importorskip("weasyprint")


def test_numbered_measure_name_is_no_indicator_cell():
    """The cell as the docx render prints it (page 5, first column)."""
    text = "(1) โครงการเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีผ่านเว็บไซต์ของหน่วยงาน"
    assert ct.cell_type(text, text) != ct.INDICATOR
    assert ct.cell_type("ตัวชี้วัดที่ ๒ การใช้งบประมาณ (7๕.๖2 คะแนน)", "") == ct.INDICATOR


def test_measure_named_like_an_indicator_is_read(tmp_path):
    pytest.importorskip("docx")
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    fuzz([20011], tmp_path, "docx", log=lambda *_: None, header_words="unknown")
    rec, exp = read_rendered(str(tmp_path / "s020011_docx.pdf"))
    assert exp["dims"]["header_half"] == "unknown"
    first = exp["planned_measures"][0]
    got = [m for m in rec["planned_measures"] if m["measure"] == first["measure"]]
    assert len(got) == 1, [m["measure"] for m in rec["planned_measures"]]
    m = got[0]
    assert m["measure"] == "โครงการเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีผ่านเว็บไซต์ของหน่วยงาน"
    assert m["question_codes"] == ["i4", "i6"] == first["question_codes"]
    assert m["responsible"] == ["กองคลัง", "กองสวัสดิการสังคม", "งานนิติการ"]
    assert m["analysis"] == first["analysis"]
    # its 7 steps read: the rest at page 6's top, over the heading and the next table, is read in
    # its columns (``rule_stacks.split_at_headings``, test_rules_across_heading_slab)
    assert len(m["steps"]) == len(first["steps"]) == 7
    assert "measure_rest_unread" not in m["flags"]
