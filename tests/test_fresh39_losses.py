"""Losses of session 39's unbiased born-digital fresh39 (59000–59029, both renderers, scored with
0.38.0 before any change): each read end to end from the corpus' own render."""
from __future__ import annotations

import pytest

from corpus_seeds import needs_word, render_seed


@pytest.mark.parametrize("renderer", ["html", "docx"])
def test_issue_heading_at_the_page_top_is_no_row_rest(tmp_path, renderer):
    """59011 p4-p5 (borderless tables, one per issue): the next issue's heading ``ประเด็นที่ 2
    การปฏิบัติหน้าที่`` at page 5's top was read as the rest of page 4's table (the spacing carry),
    stitched on and appended to measure 3's last step, with no flag. A headerless table of that
    one heading line above a headed table is the heading."""
    if renderer == "docx":
        needs_word()
    _, _, records, expected = render_seed(59011, tmp_path, renderer)
    got = records.planned_measures
    assert len(got) == len(expected["planned_measures"])
    for g, w in zip(got, expected["planned_measures"]):
        assert not any("ประเด็นที่" in s for s in g["steps"]), g["steps"][-1]
        assert g["indicator_no"] == w["indicator_no"]
