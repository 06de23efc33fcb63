"""Tool scores a scan prints past reading, solved together against the weighted overall
(``normalizers.records.tool_solve``, h/scan34t). The prints are what Tesseract gave on the dev
renders named (300 dpi unless said); the whole pages are read in
``test_scan_tool_scores_solved.py`` (full suite)."""
from normalizers.records.tool_solve import candidates, line_prints, solve, solve_tools


def test_tool_score_with_a_third_decimal_is_solved():
    """fresh33u 47203 p1: the OIT cell ``๖๙.๓๗๓`` (69.37) was taken as 69.373; 47208 p1: the EIT cell
    ``๘๘.๗๙๓`` (88.79) was lost in an ``ok`` document without a flag. Of the values one edit
    away, only 69.37 / 88.79 make 0.3·IIT + 0.3·EIT + 0.4·OIT the overall."""
    tools = {"IIT": 67.4, "EIT": 82.01, "OIT": 69.373}
    flags = solve_tools(tools, 72.57, {}, {}, [], {})
    assert tools["OIT"] == 69.37 and flags == ["oit_score_solved:69.373->69.37"]
    tools = {"IIT": 77.85, "OIT": 65.03}
    flags = solve_tools(tools, 76.00, {}, {"EIT": ("๘๘.๗๙๓", 1)}, [], {})
    assert tools["EIT"] == 88.79 and flags == ["eit_score_solved:๘๘.๗๙๓->88.79"]


def test_two_tools_misread_in_running_text_are_solved_together():
    """u44a 44109 p1: ``(IIT) ได้๗.3๘`` (78.38, a digit lost; the numeral recognizer unsure of it) and
    ``(EIT) ได้ o6.๒๔`` (76.24, ``๗`` read as ``o``) were read 7.38 and 6.24 (flagged by
    ``check_overall_weighted`` only). One combination with the fewest edits makes the sum hold:
    both are taken, flagged."""
    page = [(1, "แยกตามเครื่องมือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้๗.3๘\n"
                "คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ o6.๒๔ คะแนน และแบบ\n"
                "ตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 7๒.๔๒ คะแนน")]
    tools = {"IIT": 7.38, "EIT": 6.24, "OIT": 72.42}
    flags = solve_tools(tools, 75.35, {}, {}, page, {"IIT": 1, "EIT": 1, "OIT": 1}, unsure={"IIT"})
    assert tools == {"IIT": 78.38, "EIT": 76.24, "OIT": 72.42}
    assert sorted(flags) == ["eit_score_solved:o6.24->76.24", "iit_score_solved:7.38->78.38"]
    # a clean reading with no evidence against it (the recognizer sure, no letter in its print) is
    # no suspect: the sum's miss is left to ``checks.mend_tool_from_overall``
    tools = {"IIT": 7.38, "EIT": 6.24, "OIT": 72.42}
    assert solve_tools(tools, 75.35, {}, {}, page, {"IIT": 1, "EIT": 1, "OIT": 1}) == []


def test_ambiguous_misreadings_change_nothing():
    """u44a 44114 p1: ``(IIT) ได้๗๔.๐๑`` for 78.01; 99.39 for EIT (``๙๕.๓๙``) fits the sum as well,
    one edit each: nothing is changed (``check_overall_weighted`` tells). A misread overall
    (44105: last year's 60.36 taken) doubts no tool."""
    tools = {"IIT": 74.01, "EIT": 95.39, "OIT": 71.0}
    assert solve_tools(tools, 80.42, {}, {}, [], {}) == [] and tools["IIT"] == 74.01
    tools = {"IIT": 86.25, "EIT": 86.89, "OIT": 88.69}
    assert solve_tools(tools, 60.36, {}, {}, [], {}, overall_doubted=True) == []
    # an overall one edit from the weighted sum (``๘๗.๔๒`` read ``๘๑.๔๒``) is itself the doubted one
    assert solve_tools(tools, 81.42, {}, {}, [], {}) == [] and tools["IIT"] == 86.25


def test_tool_score_one_digit_short_is_flagged_when_the_sum_is_inexact():
    """u44b 44212 p1: ``(IIT) ได้๙๐.๔⏎คะแนน`` (90.47, its last digit lost at the line's end) read
    90.4 in an ``ok`` document: the sum misses the overall by 0.02, within ``check_overall``'s
    tolerance but past rounding; six values fit, so it stays, flagged."""
    tools = {"IIT": 90.4, "EIT": 66.76, "OIT": 69.45}
    assert solve_tools(tools, 74.95, {}, {}, [], {}) == ["tools_weighted_inexact:74.93"]
    assert tools["IIT"] == 90.4


def test_speck_before_a_tool_score_is_solved_by_its_mean():
    """u44b 44210 p1: the OIT cell ``'๖๕.๘๑`` (a speck before 65.81), IIT not printed at all in
    OCR: the sum cannot be checked; the one value of the print at one edit is the exact mean of
    indicators 9-10 (62.43, 69.20)."""
    tools = {"EIT": 69.3}
    flags = solve_tools(tools, 71.15, {"OIT": 65.815}, {"OIT": ("'๖๕.๘๑", 1)}, [], {})
    assert tools == {"EIT": 69.3, "OIT": 65.81} and flags == ["oit_score_solved:'๖๕.๘๑->65.81"]
    assert solve_tools({"EIT": 69.3}, 71.15, {"OIT": 62.0}, {"OIT": ("'๖๕.๘๑", 1)}, [], {}) == []


def test_tool_line_with_garbled_keys_is_read_when_the_sum_holds():
    """fresh33u 47209 p1: ``117๘๑.๓๕ | EIT ๘๕.๘๙ | 0|โ ๗๓.๔๐`` (IIT and OIT keys garbled): all three
    tool scores lost (the document ``partial`` for its questions only). The line's three scores
    in order, EIT's name read in its place, and the sum bearing them out (79.532 for 79.53)."""
    page = [(1, "หน่วยงาน : ทม.บ้านไผ่\n117๘๑.๓๕ | EIT ๘๕.๘๙ | 0|โ ๗๓.๔๐\nผลคะแนนรายตัวชี้วัด")]
    assert line_prints(page) == {"IIT": ("81.35", 1), "EIT": ("85.89", 1), "OIT": ("73.40", 1)}
    tools: dict = {}
    flags = solve_tools(tools, 79.53, {}, {}, page, {})
    assert tools == {"IIT": 81.35, "EIT": 85.89, "OIT": 73.4} and len(flags) == 3
    # a sum that does not hold takes nothing (each tool the line prints then told unread: h/scan35f)
    assert solve_tools({}, 70.00, {}, {}, page, {}) == ["eit_score_unread:p1", "iit_score_unread:p1", "oit_score_unread:p1"]


def test_a_national_average_line_is_no_tool_line():
    """A line of averages under their names (a words key) is not read as the document's tools."""
    assert line_prints([(1, "ค่าเฉลี่ย ๖๘.๐๔ | EIT ๘๓.๘๙ | OIT ๖๗.๗๒")]) == {}
    assert line_prints([(1, "IIT ๘๔.๕๑ | EIT ๘๓.๘๙ | OIT ๘๘.๔๓")]) == {}  # read whole by keyvalue


def test_prints_past_reading_give_no_value():
    """``EIT oe.`` (u46a 46112) keeps no decimals: no candidate, EIT stays null."""
    assert candidates("oe.") == {}
    assert solve({"IIT": 84.51, "OIT": 88.43}, {"EIT": "oe."}, 84.01, {}) == ({}, [])


def test_tool_score_third_decimal_dropped_first():
    """u48b 48205 p1 (h/scan35f): the EIT cell ``83.175`` for 83.17 (IIT 83.75, OIT 71.47, overall 78.66):
    83.17 and 83.15 (one edit each) both fit the sum, so nothing was taken (a wrong value, flagged only
    by the cell's reader). A third decimal is a stroke read after the two a score prints: its loss is
    the likelier edit."""
    assert solve({"IIT": 83.75, "OIT": 71.47}, {"EIT": "83.175"}, 78.66, {}) == (
        {"EIT": 83.17}, ["eit_score_solved:83.175->83.17"])
    assert candidates("83.175")[83.17] < candidates("83.175")[83.15]
