"""A measures-table indicator cell whose score reads but whose indicator nothing names (h/scan38p).

Dev scan 53208 (200 dpi): measure 4's row is split across p5-p6 and its indicator cell on p6 prints
indicator 9's score with its name past reading. The document's flag named indicator ``0``
(``indicator_score_unreadable:measures_table:0@p6``) and its error said ``0 on p6``: there is no
indicator 0. An indicator that is not known is named ``?``."""
from __future__ import annotations

from normalizers.records.heading_scores import late_cell_score, measure_cells_unread


def test_unread_cell_flag_names_no_indicator_zero():
    # the score read, no indicator for the row
    got, flags = late_cell_score("ตัวชี้วัดที่ว (๖๘.๕๗ คะแนน)", None, [], 6)
    assert got is None and flags == ["indicator_score_unreadable:measures_table:?@p6"]
    # the score unread, no indicator for the row
    got, flags = late_cell_score("ตัวชี้วัดที่ว (ale. dev คะแนน)", None, [], 6)
    assert got is None and flags == ["indicator_score_unreadable:measures_table:?@p6"]
    # the score unread, the row's indicator known: named by its number
    got, flags = late_cell_score("ตัวชี้วัดที่ว (ale. dev คะแนน)", 9, [], 6)
    assert got is None and flags == ["indicator_score_unreadable:measures_table:9@p6"]


def test_unread_cell_flag_unknown_indicator_reaches_the_document():
    measures = [{"flags": ["indicator_score_unreadable:measures_table:?@p6", "row_split_across_pages"]},
                {"flags": ["indicator_score_unreadable:measures_table:9@p5"]}]
    have = [{"indicator_no": 9, "source": "measures_table", "score": 68.57}]
    assert measure_cells_unread(measures, have) == ["indicator_score_unreadable:measures_table:?@p6"]
    assert measures[0]["flags"] == ["row_split_across_pages"] and measures[1]["flags"] == []
