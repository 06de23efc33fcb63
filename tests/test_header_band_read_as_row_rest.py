"""Unbiased seed 38016 docx (fresh27, scored before any change; Word measures tables, zebra
shading, no rules, a two-level header repeated on every page): the upper title
``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` over the units and target columns is a row of its
own over the header on the table's first page, but sits inside the repeated header's first row
on the next pages. The repeated header was read as the first lines of a row cut by the page
break (``normalizers.tables.stitch._header_overrun_to_body``), and the upper title joined to
each measure's last responsible unit (``หน่วยตรวจสอบภายในแนวทางการนำ…``), three measures,
flagged only as a cell mismatch. The upper title is the header's."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")

BAND = "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ"


def test_upper_title_in_repeated_header_is_not_a_row_rest(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, ex, rec, exp = render_seed(38016, tmp_path, "docx")
    # the extract stage reads the band into the first header row on the next pages
    p4 = next(t for t in ex.tables if t.page == 4)
    assert any("แนวทางการ" in "".join((c or "").split()) for c in p4.rows[0])
    assert len(rec.planned_measures) == len(exp["planned_measures"])
    for got, want in zip(rec.planned_measures, exp["planned_measures"]):
        assert got["measure"] == want["measure"]
        assert got["responsible"] == want["responsible"], want["measure"]
        assert not any(f.startswith("cell_content_mismatch") for f in got["flags"])
        assert not any(BAND in u for u in got["responsible"])
