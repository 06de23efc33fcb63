"""A steps cell's list marks set apart as an untitled column on a scan (issue 15; dev 62102,
scan40s's unseen set, 200 dpi, landscape, one table per measure, m5f, horizontal rules).

The grid of p6's first table cut a channel between the steps' numbers (``๑`` ``lo.`` ``om.``) and
their text; the two tables under it, drawn alike, took that column too, and their steps' text lay
across it and the titled steps column (the cell covering both). The untitled column was unmapped:
measures 2 and 3 came out without steps (flagged ``column_unmapped_text``), measure 1's three steps
as one. The column is now joined to the titled one right of it (``tables.markcol``)."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_steps_of_the_three_measures_on_p6_are_read(tmp_path_factory):
    rec = scan_pages_read(62102, [6], tmp_path_factory.mktemp("step_marks"))
    ms = rec.planned_measures
    assert len(ms) == 3, [m["measure"] for m in ms]
    for m in ms:
        assert len(m["steps"]) >= 2, (m["measure"], m["steps"])
        assert "column_unmapped_text" not in m["flags"], (m["measure"], m["flags"])
    assert any("รวบรวมข้อมูล" in s for s in ms[1]["steps"]), ms[1]["steps"]
