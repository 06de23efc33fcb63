"""A results table printed as text lines (no rules), its last line straight before the first
question line on the page (issue 13): dev seed 19209 html prints ``๑0. การป้องกันการทุจริต ๘7.๔๐``,
then the national-average table, the titles and indicator 1's heading without a score, then the
questions. The last line of the results run was taken as the heading row of the questions
(``analysis_table``, indicator 10) and the results table lost indicator 10 (the document
partial). A line that ends a run of indicator lines and does not head the questions after it
(``ตัวชี้วัดที่ N …`` of their tool) stays in the results table. One HTML render, the real extract
and normalize stages.
"""

import pytest

from corpus_seeds import expected_indicators, indicators_from, render_seed

pytest.importorskip("weasyprint")


def test_last_results_line_is_not_a_question_heading(tmp_path):
    _, ex, records, expected = render_seed(19209, tmp_path, "html")
    p1 = next(p for p in ex.pages if p.page == 1).text
    assert "การป้องกันการทุจริต ๘7.๔๐" in p1
    got = {n: r["score"] for n, r in indicators_from(records, "results_table").items()}
    assert got == expected_indicators(expected, "results_table")
    assert got[10] == 87.4
    assert 10 not in indicators_from(records, "analysis_table")
    assert records.document["status"] == "ok"
