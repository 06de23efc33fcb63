"""Steps read into another column (issue 13): dev seed 19240 html (m8, no rules, one table per
measure) finds the measure-analysis and steps columns as one; every measure's steps came out []
in an ``ok`` document with no flag about them (only ``period_year_from_plan``), the step items
(`` - สรุปผลการดำเนิน… - ประชุมชี้แจง…``) interleaved in ``measure_analysis``. A row with no steps
whose measure, analysis or measure analysis holds two or more list items is flagged
``cell_content_mismatch:<role>``. Since
h/born20 the columns are split where the steps' left-set text starts again beside the measure
analysis on every line, and the steps are read. One HTML render, the real extract and normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_empty_steps_beside_a_cell_of_items_is_flagged(tmp_path):
    _, _, records, expected = render_seed(19240, tmp_path, "html")
    assert all(m["steps"] for m in expected["planned_measures"])
    assert len(records.planned_measures) == 3
    # since h/born20 the two columns, a cell padding apart, are split (``column_refit.hidden_splits``):
    # the steps and the measure analysis are read whole, the rows flagged for the refit
    for m, want in zip(records.planned_measures, expected["planned_measures"]):
        assert m["steps"] == [s if isinstance(s, str) else s[1] for s in want["steps"]]
        assert m["measure_analysis"] == want["measure_analysis"]
        assert " - " not in m["measure_analysis"]
        assert "table_columns_refit" in m["flags"]
