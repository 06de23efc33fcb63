"""A key/value tool line whose first and last keys OCR garbled around a read ``EIT`` (dev scan 53201
p1, 200 dpi, Sarabun IT9, h/scan37p): ``IIT ๗๗.๙๗ | EIT ๗๔.๘๕ | OIT ๖๙.๑๗`` read
``[|โฆ๗๗.๙๗ | EIT ie.cé | 0|โ๖๙.๑๗``; the line was refused whole and all three tool scores lost.
The tests take the line as the scan read it; ``test_scan_tool_line_keys_garbled_around_eit.py``
(full suite) reads the page."""
from __future__ import annotations

from normalizers.records.keyvalue import read_keyvalues

LINE_53201 = "[|โฆ๗๗.๙๗ | EIT ie.cé | 0|โ๖๙.๑๗"


def test_tool_line_keys_garbled_around_a_read_eit_give_their_scores():
    kv = read_keyvalues([(1, LINE_53201)], 2568)
    assert kv.tools["IIT"][0] == 77.97 and kv.tools["OIT"][0] == 69.17
    assert {"keyvalue_key_garbled:iit", "keyvalue_key_garbled:oit", "keyvalue_unreadable:eit"} <= set(kv.flags)
    assert "EIT" not in kv.tools and kv.garbled_tools["EIT"][0] == "ie.cé"


def test_tool_line_pieces_out_of_place_or_worded_are_not_taken():
    # a key read at another tool's place, a sentence's words as the first key, a number before the score
    for line in ("[|โฆ77.97 | OIT 74.85 | 0|โ69.17", "ปีที่แล้วได้ 77.97 | EIT 74.85 | 0|โ69.17",
                 "ข้อ 1 77.97 | EIT 74.85 | 0|โ69.17"):
        kv = read_keyvalues([(1, line)], 2568)
        assert "IIT" not in kv.tools, line

