"""fresh20 20247 docx (one measures table per measure, a running-number column, zebra shading):
measure 3's row broke at page 2's foot; its rest on page 3, ``การดำเนินงาน`` (the end of the
measure's name) and ``๒5๖๖`` (its period's year), had one tell of a rest only (the year alone
under a period ending with its month) and was read as an extra measure. Every measure of the
table prints its running number, the rest prints none: a second tell (``seq_empty`` in
``normalizers.records.measure_breaks``), the rest is joined."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed


def test_rest_without_running_number_is_joined(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(20247, tmp_path, "docx")
    assert len(rec.planned_measures) == len(exp["planned_measures"])
    assert [m["measure"] for m in rec.planned_measures] == [m["measure"] for m in exp["planned_measures"]]
    m3 = rec.planned_measures[2]
    assert m3["measure"].endswith("ในการตรวจสอบการดำเนินงาน") and "row_split_across_pages" in m3["flags"]
