"""One measures table a page, HTML rules across only, every column title from the corpus's
``unknown`` bank (coordinator's seed 49400 html, unseen when scored: long rows, the period and
units merged in one column)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, read_rendered

pytest.importorskip("weasyprint")


def test_plain_header_over_a_run_off_row_with_role_words_below(tmp_path: Path):
    """49400 html p4: two rules fence the header (titles naming no role) and measure 1's row runs
    on past the page's end. Looking for a header naming roles in the grown region found one in
    the row's own cells (``ปี งบประมาณ พ.ศ.`` …), below the fenced header, so the header slab was
    dropped: the row's first line lost, the rest read without a header, measure 1 lost and
    measure 2 split in three (the document ``partial``). Role words below the fenced header are no
    header: its titles are read as a header naming no role over measures cells."""
    fuzz([49400], tmp_path, "html", header_words="unknown", log=lambda *_: None)
    records, expected = read_rendered(str(tmp_path / "s049400_html.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"]) == 6
    assert records["document"]["status"] == "ok"
    assert_same_measures(SimpleNamespace(**records), expected)
