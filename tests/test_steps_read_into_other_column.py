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
    # since h/born20 the two columns, a cell padding apart, are split (``column_refit.hidden_splits``,
    # the rows flagged ``table_columns_refit``); since 0.27.0 the header alone splits them (its
    # sub-column title is no longer taken for an upper cell: ``spaced_header.upper_pieces``,
    # fresh26 36015): the steps and the measure analysis are read whole, and no cell is doubted
    for m, want in zip(records.planned_measures, expected["planned_measures"]):
        assert m["steps"] == [s if isinstance(s, str) else s[1] for s in want["steps"]]
        assert m["measure_analysis"] == want["measure_analysis"]
        assert " - " not in m["measure_analysis"]
        assert not any(f.startswith("cell_content_mismatch") for f in m["flags"])
