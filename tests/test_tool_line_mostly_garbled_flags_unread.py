"""A key/value line of tool scores OCR garbled past reading (``corpus fuzz --seeds 60109 --renderer html
--scan``, 200 dpi, Sarabun, Thai digits, page 1: ``IT oe.cs | EIT ox. &e | OIT ๗๙.๘๖`` for
``IIT ๗๔.๙๘ | EIT ๘๙.๕๔ | OIT ๗๙.๘๖``): the whole line was refused and IIT, EIT and OIT were null in
an ``ok`` document with no flag. Each tool the line prints is now named unread (the document flags
``<tool>_score_unread``, ``partial``); a line mostly garbled still gives no score. Dev 61211 p1 (200 dpi):
``IT ee.lod | EIT ๗๑.๙๕ | OIT ๗๓.๗๙``, the first key and score garbled, was refused whole as well: EIT and
OIT read, IIT garbled (``keyvalue_unreadable:iit``, then solved against the overall)."""
from normalizers.records.keyvalue import read_keyvalues
from normalizers.records.prose import read_prose

LINE = "IT oe.cs | EIT ox. &e | OIT ๗๙.๘๖"  # the OCR'd line, as read


def test_tool_line_mostly_garbled_names_each_tool_unread():
    kv = read_keyvalues([(1, LINE)], 2565)
    assert kv.tools == {}
    assert set(kv.garbled_tools) == {"IIT", "EIT"}
    assert kv.unread_tools == {"OIT": 1}
    assert read_prose([(1, LINE)], 2565).tools_unread == {"IIT": 1, "EIT": 1, "OIT": 1}


def test_tool_line_read_lines_unchanged():
    kv = read_keyvalues([(1, "IIT 75.28 | EIT 80.cx9 | OIT 78.67")], 2563)
    assert {t: v for t, (v, _, _) in kv.tools.items()} == {"IIT": 75.28, "OIT": 78.67}
    assert read_keyvalues([(1, "IIT ร้อยละ 30 | EIT ร้อยละ 30 | OIT 40")], 2563).unread_tools == {}
    assert read_keyvalues([(1, "IIT 75.28 | EIT 80.30 | OIT 78.67")], 2563).unread_tools == {}


def test_tool_line_first_piece_garbled_keeps_the_others():
    kv = read_keyvalues([(1, "IT ee.lod | EIT ๗๑.๙๕ | OIT ๗๓.๗๙")], 2565)
    assert {t: v for t, (v, _, _) in kv.tools.items()} == {"EIT": 71.95, "OIT": 73.79}
    assert kv.flags == ["keyvalue_unreadable:iit"]
    assert "IIT" in kv.garbled_tools
