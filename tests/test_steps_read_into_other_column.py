"""Steps read into another column (issue 13): dev seed 19240 html (m8, no rules, one table per
measure) finds the measure-analysis and steps columns as one; every measure's steps came out []
in an ``ok`` document with no flag about them (only ``period_year_from_plan``), the step items
(`` - สรุปผลการดำเนิน… - ประชุมชี้แจง…``) interleaved in ``measure_analysis``. A row with no steps
whose measure, analysis or measure analysis holds two or more list items is flagged
``cell_content_mismatch:<role>``. One HTML render, the real extract and normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_empty_steps_beside_a_cell_of_items_is_flagged(tmp_path):
    _, _, records, expected = render_seed(19240, tmp_path, "html")
    assert all(m["steps"] for m in expected["planned_measures"])
    assert len(records.planned_measures) == 3
    for m in records.planned_measures:
        assert m["steps"] == []
        assert " - " in m["measure_analysis"]
        assert "cell_content_mismatch:measure_analysis" in m["flags"]
