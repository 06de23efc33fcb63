"""A results row carried back from the next page keeps its ``row_split_across_pages`` flag on the
indicator row it gives (born17's leftover): dev seed 17345 docx prints indicator 10's row and the
OIT score under page 2's repeated header; the row was carried back to page 1's table, flagged,
but the flag did not reach ``indicator_scores``. One Word render, the real extract and normalize
stages.
"""

from corpus_seeds import indicators_from, needs_word, render_seed


def test_carried_results_row_flag_reaches_the_indicator(tmp_path):
    needs_word()
    _, _, records, _ = render_seed(17345, tmp_path, "docx")
    got = indicators_from(records, "results_table")
    assert got[10]["score"] == 83.18
    assert "row_split_across_pages" in got[10]["flags"]
    assert not any("row_split_across_pages" in got[n]["flags"] for n in range(1, 10))
