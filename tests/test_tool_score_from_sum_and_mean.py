"""u52a 52101 p1 (200 dpi): the results table's tool column printed IIT's score ``๘๘.๐๖`` and OCR read
``GG.OD`` (every Thai digit a Latin letter): no reader took it, no print to solve from, and IIT was
null with no flag. The two other tools were read (EIT 80.49, OIT 79.41), the overall (82.33) and the
five IIT indicators (89.55, 82.65, 85.51, 97.68, 84.91: mean 88.06). The indicators' exact mean, when
with the two others it makes the weighted overall hold, is now taken, flagged
``iit_score_from_sum_and_mean:88.06``. Numbers as the scan's pages read."""
from __future__ import annotations

from normalizers.records.tool_solve import solve_tools

MEANS = {"IIT": (89.55 + 82.65 + 85.51 + 97.68 + 84.91) / 5, "EIT": (86.48 + 64.43 + 90.56) / 3,
         "OIT": (74.61 + 84.20) / 2}


def test_tool_score_from_sum_and_mean():
    tools = {"EIT": 80.49, "OIT": 79.41}
    flags = solve_tools(tools, 82.33, MEANS, {}, [], {}, unread={"IIT": "GG.OD"})
    assert tools["IIT"] == 88.06
    assert "iit_score_from_sum_and_mean:88.06" in flags


def test_tool_score_mean_that_misses_the_sum_not_taken():
    tools = {"EIT": 80.49, "OIT": 79.41}
    solve_tools(tools, 82.93, MEANS, {}, [], {}, unread={"IIT": "GG.OD"})  # the overall says 90.06, the mean 88.06
    assert "IIT" not in tools


def test_tool_score_not_printed_is_not_made_up():
    tools = {"EIT": 80.49, "OIT": 79.41}
    solve_tools(tools, 82.33, MEANS, {}, [], {})  # nothing printed for IIT: nothing to take
    assert "IIT" not in tools
