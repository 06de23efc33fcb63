"""Unbiased fresh27s 38103 (300 dpi, scored before any change): the summary's overall score
``๗๙.๖๑`` was OCR'd as ``๗.๖๑`` (an integer digit lost) and written as 7.61, flagged only
``check_overall_weighted:79.61``: the tool scores read from the same page weigh to exactly the
number read with one digit back. The weighted sum is written, flagged
``overall_score_from_tools:7.61->79.61`` (``normalizers.records.prose.overall_digit_from_tools``)."""
from __future__ import annotations

from normalizers.records.prose import overall_digit_from_tools

TOOLS = {"IIT": 83.06, "EIT": 79.0, "OIT": 77.47}  # 38103's tool scores, as its page prints them
WEIGHED = round(0.3 * 83.06 + 0.3 * 79.0 + 0.4 * 77.47, 2)


def test_integer_digit_lost_is_the_weighted_sum():
    assert WEIGHED == 79.61
    assert overall_digit_from_tools(7.61, ["83.06", "7.61", "79.00"], TOOLS) == WEIGHED
    assert overall_digit_from_tools(9.61, ["9.61"], TOOLS) == WEIGHED  # the first digit lost


def test_other_readings_are_left_alone():
    assert overall_digit_from_tools(7.61, [], TOOLS) is None  # the page prints no such number
    assert overall_digit_from_tools(7.62, ["7.62"], TOOLS) is None  # the decimals differ too
    assert overall_digit_from_tools(6.61, ["6.61"], TOOLS) is None  # no digit of 79 left out gives 6
    assert overall_digit_from_tools(79.61, ["79.61"], TOOLS) is None  # nothing lost (no change, no flag)
    assert overall_digit_from_tools(7.61, ["7.61"], {"IIT": 83.06, "EIT": 79.0}) is None  # a tool unread


def test_last_decimal_lost_still_read():
    # the older case (fresh18s 18507: ``84.9๘`` read ``84.9``)
    tools = {"IIT": 85.0, "EIT": 84.9, "OIT": 84.93}
    total = round(0.3 * 85.0 + 0.3 * 84.9 + 0.4 * 84.93, 2)
    assert overall_digit_from_tools(float(f"{total:.1f}"), [f"{total:.1f}"], tools) == total
