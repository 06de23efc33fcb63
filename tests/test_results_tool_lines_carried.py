"""A results table drawn without rules, read from text lines with its tool column
(``toollines.tool_lines``), whose last row a page break moved under the repeated header on the
next page (issue 13, born17): one line is too few for a table of text lines, so indicator 10
was lost (the document only partial) and the OIT cell, its name on one page and its score on
the next, was cut in two. One Word render (dev seed 17345), the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import expected_indicators, indicators_from, needs_word, render_seed

pytest.importorskip("weasyprint")


def test_last_results_row_on_the_next_page_is_read(tmp_path):
    needs_word()
    lay = draw_layout(17345, "docx")
    assert (lay["r.rules"], lay["r.tool_span"]) == ("none", "yes")
    _, ex, records, expected = render_seed(17345, tmp_path, "docx")
    p2 = next(p for p in ex.pages if p.page == 2).full_text
    assert "83.18" in p2 and "82.95" in p2  # indicator 10's row and the OIT score opened page 2
    got = {no: r["score"] for no, r in indicators_from(records, "results_table").items()}
    assert got == expected_indicators(expected, "results_table")
    assert got[10] == 83.18
    assert not any(f.startswith("indicators_missing") for f in records.document["flags"])
