"""A measures table without rules whose rows run over page breaks (coordinator's seed 45419, every
column title from the corpus's ``unknown`` bank, one table, columns shuffled, long rows)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


@pytest.mark.parametrize("renderer", ["html", "docx"])
def test_row_line_right_under_the_rows_first_line_is_no_header(tmp_path: Path, renderer: str):
    """45419 p7: the rest of measure 1's steps, then measure 2's row. Its second line
    (``ดำเนินงานประจำปีเผยแพร่ | ดำเนินงาน | บริหารทุกไตรมาส | รายงานผลการดำเนินงาน``) holds
    role words in four cells and no digit, so it was taken for a header: the carried table ended
    after the row's first line, the rest was read as a new table under that "header", measure 2
    was split into two (an extra ``ต่อสาธารณะ`` measure) and the columns of every later measure
    were mapped anew, their analyses and indicators lost. A line following the line above at a
    cell's line gap is that row's next line."""
    if renderer == "docx":
        needs_word()
    fuzz([45419], tmp_path, renderer, log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / f"s045419_{renderer}.pdf"))
    assert expected["dims"]["m.rules"] == "none" and expected["dims"]["m.long_rows"] == "yes"
    got = {m["seq"]: m for m in records["planned_measures"]}
    assert got[2]["measure"] == "กิจกรรมจัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ"
    assert all(m["analysis"] for m in records["planned_measures"])
    assert_same_measures(SimpleNamespace(**records), expected)
