"""Measures tables ruled across only, one per measure under a heading (``ประเด็นที่ N``), Word
renders (issue 13, born-digital columns): a page holding the rest of a row the page break cut,
then the next measure's heading, then that table's header cut at the page's foot, was one
stack of rules, read as one table in 2 columns (the rest, the heading and the upper titles
left no common whitespace): the measure's last steps unread (``measure_rest_unread``), the
document partial. The heading's slab (text larger than the body's, between two rules) cuts
the stack (``extractors.rule_stacks.split_at_headings``): the rest is read in the columns of
the table it continues.

- dev seed 18412 docx p6: measure 1's steps 5-8 (of 8) lost.
- dev seed 20011 docx p6-p7 under unknown titles: measures 2 and 3 lost (the next parts read
  with fewer columns, refitted from p5's table read by its contents).
"""
from __future__ import annotations

import shutil

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import read_rendered, render_seed

pytest.importorskip("weasyprint")
pytest.importorskip("docx")


def _office():
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")


def _steps(m) -> list[str]:
    return [s if isinstance(s, str) else s[1] for s in m["steps"]]


def test_row_rest_over_heading_read_in_its_columns(tmp_path):
    _office()
    _, ex, rec, exp = render_seed(18412, tmp_path, "docx")
    p6 = [t for t in ex.tables if t.page == 6]
    assert len(p6[0].col_x) == 8  # the rest in the 7 columns of p5's table, the heading left out
    assert not any("ประเด็นที่ ๒" in (c or "") for t in p6 for r in t.rows for c in r)  # the heading: page text
    want = exp["planned_measures"][0]
    m = next(m for m in rec.planned_measures if m["measure"] == "มาตรการสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต")
    assert _steps(m) == _steps(want) and len(_steps(m)) == 8
    assert _steps(m)[-1] == "ประเมินผลและนำข้อเสนอแนะมาปรับปรุง"
    assert "measure_rest_unread" not in m["flags"]
    assert rec.document["status"] == "ok"


def test_unknown_titles_parts_read_whole(tmp_path):
    _office()
    fuzz([20011], tmp_path, "docx", log=lambda *_: None, header_words="unknown")
    rec, exp = read_rendered(str(tmp_path / "s020011_docx.pdf"))
    assert exp["dims"]["header_half"] == "unknown"
    got = {m["measure"]: m for m in rec["planned_measures"]}
    assert "แนวทางส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน" in got
    for want in exp["planned_measures"]:
        assert len(got[want["measure"]]["steps"]) == len(want["steps"]), want["measure"]
    assert "table_columns_refit" in got["โครงการเผยแพร่ข่าวสารการดำเนินงานผ่านสื่อสังคมออนไลน์"]["flags"]
