"""Per-measure Word tables without rules (coordinator's seed 47009 docx), one of whose rows the
page break cut after its steps' second item."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_carried_rest_whose_last_cell_runs_past_the_tables_right_edge(tmp_path: Path):
    """47009 docx p7: the page opens with the rest of measure 3's row, one line: its third step
    (``๓. ติดตามความก้าวหน้าทุกเดือน``) and, in the last column, ``(๙๔.๙๒ คะแนน)``, which runs
    5.5 pt past the right edge the table above gave its last column. The carried columns took only
    lines inside that edge (2 pt), so the rest was left out and the step lost, in an ``ok``
    document without a flag (CER 0.13). A line starting right of the first column may run an em
    past the edge."""
    needs_word()
    fuzz([47009], tmp_path, "docx", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s047009_docx.pdf"))
    got = next(m for m in records["planned_measures"] if "ประกาศเจตนารมณ์" in (m["measure"] or ""))
    want = next(m for m in expected["planned_measures"] if "ประกาศเจตนารมณ์" in m["measure"])
    assert len(want["steps"]) == 3 and got["steps"] == want["steps"]
    assert_same_measures(SimpleNamespace(**records), expected)
