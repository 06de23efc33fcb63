"""Fresh19 19408 docx (shared dev; an 8-column measures table without rules, its code column
first, Word rows that break across pages): page 8's part, whose first cell holds two codes
(``e7 e9``), was taken for a table of questions after a part whose single-code cells (``i9``,
``o2``, ``e8``) count as no question row, so it was not stitched to the table it continues:
measures 4-6 lost, the document partial. A table of more than four columns is no score table
(``stitch._other_kind``)."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")
pytest.importorskip("docx")


def test_measures_part_with_code_column_stitched(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, ex, rec, exp = render_seed(19408, tmp_path, "docx")
    p8 = next(t for t in ex.tables if t.page == 8)
    assert len(p8.col_x) == 9 and (p8.rows[0][0] or "").split() == ["e7", "e9"]
    names = [m["measure"] for m in rec.planned_measures]
    assert names == [m["measure"] for m in exp["planned_measures"]]
    m = next(m for m in rec.planned_measures if m["measure"] == "กิจกรรมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต")
    assert m["question_codes"] == ["e7", "e9"]
    assert rec.document["status"] == "ok"
