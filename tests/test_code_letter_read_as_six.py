"""An OIT code whose letter OCR read as a six (``o40`` -> ``640``, ``o4`` -> ``64``): the column's
rule, on its own. The scans that showed it (fresh30u 41214 p5, unseen-then 44102 p2) are read with
the letter as ``๐`` by today's OCR (tests/test_scan_question_columns_misread.py,
tests/test_scan_question_codes_misread_in_sequence.py), so the six is tested here on cells."""
from __future__ import annotations

from normalizers.tables.codecol import _lead_code, _short_codes
from normalizers.tables.grid import Row


def _rows(cells: list[str]) -> list[Row]:
    return [Row(cells=[c, "ข้อความ", "50.00"], page=1, conf=[90.0, 90.0, 90.0]) for c in cells]


def test_two_digit_oit_code_read_with_a_six_is_its_code():
    assert _lead_code("640", "six") == "o40" and _lead_code("643", "six") == "o43"
    # no OIT question past 43, none below 10 in this shape: a number, not a code
    assert _lead_code("644", "six") is None and _lead_code("609", "six") is None


def test_one_digit_oit_code_read_with_a_six_needs_its_neighbour_in_sequence():
    rows = _rows(["๐1", "๐2", "๐3", "64"])
    assert list(_short_codes(rows, 0).values()) == ["o4"]
    # ``64`` beside ``๐7``: not the question after it, left as read
    assert _short_codes(_rows(["๐6", "๐7", "64"]), 0) == {}
