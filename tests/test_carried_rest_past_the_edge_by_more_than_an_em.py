"""One Word table without rules, rows longer than two pages (coordinator's seed 49020 docx,
unseen when scored: landscape, two-level header printed once, columns shuffled)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_carried_rest_past_the_edge_by_more_than_an_em(tmp_path: Path):
    """49020 docx p10: the page holds the middle of measure 2's row, its first line ending with
    the indicator cell's ``ปรับปรุงการทำางาน`` 12.9 pt (1.2 em) past the right edge the shorter
    words of that column gave the table on p9. The carried rest may overhang by one em only,
    so the page was read as no table: the row's steps there lost and measure 3, starting on p11,
    lost whole (the document ``partial``, ``tables not understood on p11``)."""
    needs_word()
    fuzz([49020], tmp_path, "docx", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s049020_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"]) == 3
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)
