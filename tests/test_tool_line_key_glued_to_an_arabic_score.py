"""Scans, tool scores (issue 15, h/scan35f): fresh34u 49212 p1 (200 dpi) printed ``IIT 75.78 | EIT
77.72 | OIT 79.03``; Tesseract gave ``NT 75.78| 1777.72 | OIT 79.03`` (the key EIT read ``17`` and
glued to its score). The key/value reader refused the line, and ``tool_solve.line_prints`` found
no three scores in it: IIT, EIT and OIT null in an ``ok`` document, with no flag."""
from __future__ import annotations

from normalizers.records.tool_solve import line_prints, solve_tools

PAGE = [(1, "หน่วยงาน : อบต.ดอนแก้ว\nอ.แม่ริม จ.เชียงใหม่\nNT 75.78| 1777.72 | OIT 79.03\n"
            "เปรียบเทียบผลคะแนนกับหน่วยงานอื่นในจังหวัด")]


def test_tool_line_key_glued_to_an_arabic_score():
    assert line_prints(PAGE) == {"IIT": ("75.78", 1), "EIT": ("77.72", 1), "OIT": ("79.03", 1)}
    tools: dict = {}
    flags = solve_tools(tools, 77.66, {}, {}, PAGE, {})  # 0.3·75.78 + 0.3·77.72 + 0.4·79.03 = 77.662
    assert tools == {"IIT": 75.78, "EIT": 77.72, "OIT": 79.03}
    assert "eit_score_solved:77.72->77.72" in flags


def test_tool_line_unread_is_told():
    """A sum that does not hold takes nothing: each tool the line prints is then flagged unread."""
    tools: dict = {}
    assert solve_tools(tools, 70.00, {}, {}, PAGE, {}) == ["eit_score_unread:p1", "iit_score_unread:p1",
                                                             "oit_score_unread:p1"]
    assert tools == {}
    assert line_prints([(1, "IIT 100.00 | EIT 77.72 | OIT 79.03")]) == {}  # 100.00 is a score: read whole
