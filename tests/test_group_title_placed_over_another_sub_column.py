"""Per-measure Word tables ruled across only, every column title from the corpus's ``unknown``
bank (coordinator's seed 49401 docx, unseen when scored: two-level header, columns shuffled)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_group_title_placed_over_another_sub_column(tmp_path: Path):
    """49401 docx p8-p9: the group title ``ส่วนที่ ๒`` was read over the table's fourth column
    there and over its third on the other measures' pages, so those two tables did not count as
    printed under the same header: mapped alone, titles naming no role and one or two steps per
    cell, their steps column was left unmapped and measures 2 and 3 lost every step
    (``column_unmapped_text``). Headers alike but where they place a group title are one."""
    needs_word()
    fuzz([49401], tmp_path, "docx", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s049401_docx.pdf"))
    assert [m["steps"] for m in records["planned_measures"]] == [m["steps"] for m in expected["planned_measures"]]
    assert_same_measures(SimpleNamespace(**records), expected)
