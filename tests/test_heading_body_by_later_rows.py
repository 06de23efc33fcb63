"""The first measures table of a per-page or per-measure layout sits under the plan's title
``มาตรการส่งเสริมคุณธรรม…``, the body's name and ``ประเด็นที่ 1 …``; its header's first cell is
``มาตรการ`` and its header's second row starts with a lower title that opens no line of the page
text (``รับผิดชอบ การรายงาน ตัวชี้วัด``). The heading finder placed the table's body by that
title only, found no line starting with it, and took the title line for the table's first line:
the heading was lost and measure 1's indicator_no was null with no flag (fresh20 20229 html p4,
20239 docx p7, 20201 docx p6; fresh19 19439 docx). The body is now placed by any of the next
rows' first cells, opening a line or inside one (``normalizers.tables.headings._body_line``)."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_first_table_under_the_title_keeps_its_heading_html(tmp_path):
    _, _, rec, exp = render_seed(20229, tmp_path, "html")
    want = [m["indicator_no"] for m in exp["planned_measures"]]
    got = [m["indicator_no"] for m in rec.planned_measures]
    assert want[0] == 5 and got == want  # ประเด็นที่ 1 การแก้ไขปัญหาการทุจริต


def test_first_table_under_the_title_keeps_its_heading_docx(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(20239, tmp_path, "docx")
    want = [m["indicator_no"] for m in exp["planned_measures"]]
    got = [m["indicator_no"] for m in rec.planned_measures]
    assert want[0] == 4 and got == want  # ประเด็นที่ 1 การใช้ทรัพย์สินของราชการ
