"""Unbiased seed 39003 docx (fresh28, scored before any change; a Word measures table fenced
by rules across only): the last line of measure 5's last step, ``การดำเนินงาน``, is alone at
page 7's top, a part with no header on its page. The word names the steps column's role, so
``clear_header_leftovers`` took it for a lower header title read as a row and dropped it: the
step read ``จัดทำแผนและกำหนดกรอบเวลา``, no flag. A header not found on its page and read as a
row fills more than one cell: one title word alone in one cell of such a row is the row's
rest, kept and flagged ``header_text_kept:<field>``."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_lone_title_word_at_headerless_page_top_is_the_row_rest(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, ex, rec, exp = render_seed(39003, tmp_path, "docx")
    p7 = [t for t in ex.tables if t.page == 7]
    # (the raw text layer: Word's broken ``ดำา``, repaired by the normalize stage)
    assert p7 and ["".join((c or "").split()) for c in p7[0].rows[0] if c] == ["การดำาเนินงาน"]
    want = exp["planned_measures"][-1]
    got = next(m for m in rec.planned_measures if m["measure"] == want["measure"])
    assert got["steps"] == want["steps"]
    assert "header_text_kept:steps" in got["flags"]
