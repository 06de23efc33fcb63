"""One Word table without rules or numbering, the steps column first (coordinator's seed 49025
docx, unseen when scored: landscape measures pages, a remark column)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_next_rows_cells_begin_together(tmp_path: Path):
    """49025 docx p5: the anchor column (the findings: the steps' dash lists come first) wraps
    each finding to the line right above the next row's first (``…ทั่วถึงกลุ่มเป้า`` / ``หมาย`` /
    ``คะแนนต่ำกว่า…``): no empty line, no number, no cell padding. The next row's units, measure
    and remark begin on its first line after nothing above them, and its indicator cell begins
    ``ตัวชี้วัดที่ ๗`` right under the row above's ``(๙๑.๖๑ คะแนน)``: six measures were read as three
    (three lost, the document ``partial``). Two or more cells beginning together start a row."""
    needs_word()
    fuzz([49025], tmp_path, "docx", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s049025_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"]) == 6
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)
