"""Dev seed 20024 docx (Word rows that break across pages, no rules, the header repeated on
every page; born19's dev): on pages 8, 11 and 13 the first lines of the row the page break
cut sit right under the repeated header's last title line, with no gap, and were read into
that header cell (``ขั้นตอน/วิธีการดำาเนินการ`` + ``กำาหนดกรอบเวลา…``). The part was stitched as
repeating the header, and those lines were dropped with it: steps of five measures lost their
middle words (``จัดทำแผนและ…ที่กำหนดพร้อมเอกสาร``), no flag. The text after each title's letters
is the part's first body row (``normalizers.tables.stitch._header_overrun_to_body``)."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def _steps(m) -> list[str]:
    return [s if isinstance(s, str) else s[1] for s in m["steps"]]


def test_row_rest_under_repeated_header_is_kept(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, ex, rec, exp = render_seed(20024, tmp_path, "docx")
    # the extract stage reads the rest's lines into the repeated header's steps title
    p11 = next(t for t in ex.tables if t.page == 11)
    assert any("กรอบเวล" in (c or "") and "ขั้นตอน" in (c or "") for r in p11.rows[:2] for c in r)
    got = {m["measure"]: m for m in rec.planned_measures}
    assert len(got) == len({m["measure"] for m in exp["planned_measures"]})
    for want in exp["planned_measures"]:
        ms = [m for m in rec.planned_measures if m["measure"] == want["measure"] and len(m["steps"]) == len(want["steps"])]
        assert any(_steps(m) == _steps(want) for m in ms), want["measure"]
    m = next(m for m in rec.planned_measures if m["measure"] == "มาตรการเผยแพร่ข่าวสารการดำเนินงานผ่านสื่อสังคมออนไลน์")
    assert _steps(m)[1].startswith("จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน โดยให้ทุกส่วนราชการ")


def test_row_rest_in_upper_header_row_is_kept(tmp_path):
    """Dev seed 20044 docx, page 9: the cut row's lines sit beside the repeated header's upper
    titles too (``ตัวชี้วัดที่`` + ``คะแนน)``, ``ข้อค้นพบ`` + ``เป็นปัจจุบัน``), so the part was not
    taken for a repeat: it stood alone, its header's body text became "header words" of the
    document and a step line on page 7 was cleared as one (``โดยให้ทุกกำหนดพร้อม…``). Every header
    row's rest is now the part's first body row: all steps as printed, indicator 9's score in
    its measure's indicator cell read."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(20044, tmp_path, "docx")
    assert len(rec.planned_measures) == len(exp["planned_measures"]) == 6
    for got, want in zip(rec.planned_measures, exp["planned_measures"]):
        assert _steps(got) == _steps(want), want["measure"]
    assert any(r["indicator_no"] == 9 and r["source"] == "measures_table" and abs(r["score"] - 91.2) < 1e-6
               for r in rec.indicator_scores)
