"""Per-measure Word tables without rules, every column title from the corpus's ``unknown`` bank,
header printed once per table (coordinator's seed 49409 docx, unseen when scored)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


@pytest.mark.parametrize("renderer", ["docx", "html"])
def test_known_header_alone_at_the_page_foot(tmp_path: Path, renderer: str):
    """49409 docx p5: under the rest of measure 2's row, measure 3's heading and its table's
    header (the same titles as every measure's table, naming no role) stand at the page's foot;
    the row went whole to p6. A header read by the cells under it had nothing under it, so no
    table was taken there, nothing carried, and p6 was read by nobody: measure 3 lost (the
    document ``partial``, ``measures read / issue headings 4/5``). A header alone at the foot that
    prints the carried table's titles is a table of its header, whose columns carry over: the carried
    table's columns, not those its header words place (the html render, whose table above runs low
    enough to carry by itself, lost measure 5's last four steps under the header's own columns)."""
    if renderer == "docx":
        needs_word()
    fuzz([49409], tmp_path, renderer, header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / f"s049409_{renderer}.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"]) == 5
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)
