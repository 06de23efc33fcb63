"""u642 64207 p6 (300 dpi, codes printed in the measure's text, no codes column): ``i13`` was OCR'd
``lo3`` inside the measure's name; the measure came out with no question codes and no flag about
them (the other measures of the report carry theirs). A measure with no codes, from a table with no
codes column, in a document whose measures mostly carry codes, is flagged ``code_not_found``."""
from __future__ import annotations

from normalizers.records.measure_nulls import BLANK, flag_unexplained


def _m(codes, **blank):
    return {"question_codes": codes, "indicator_no": 3, "measure": "โครงการ", "steps": ["ก"], "flags": [],
            "confidence": 1.0, BLANK: {"measure": False, "steps": False, "indicator": False, **blank}}


def test_measure_without_codes_among_coded_ones_is_flagged():
    ms = [_m(["i1"]), _m(["i2", "i3"]), _m([]), _m(["e4"])]
    flag_unexplained(ms)
    assert "code_not_found" in ms[2]["flags"] and ms[2]["confidence"] <= 0.9
    assert all("code_not_found" not in m["flags"] for k, m in enumerate(ms) if k != 2)


def test_no_flag_where_the_report_prints_no_codes_or_a_codes_column_explains_it():
    ms = [_m([]), _m([]), _m(["i1"])]  # most measures carry none: the report ties few to questions
    flag_unexplained(ms)
    assert all("code_not_found" not in m["flags"] for m in ms)
    ms = [_m(["i1"]), _m(["i2"]), _m([], question=True)]  # a codes column, its cell blank: cell_empty says it
    flag_unexplained(ms)
    assert "code_not_found" not in ms[2]["flags"] and "cell_empty:question" in ms[2]["flags"]
