"""fresh23s 24109 and 24115 (scanned, codes opening the analysis cell): the ``i`` of the second IIT
code was read as the digit ``1`` (``i26 127 การ…`` for i26 i27, ``i8 112 บุคลากร…`` for i8 i12,
``i10 111 การ…`` for i10 i11): the code was unreadable and lost (flagged). Beside another IIT code
it is the IIT question of those digits, flagged ``code_letter_from_digit``. The cells are the
extractor's real readings."""
from __future__ import annotations

from normalizers.records.measure_codes import i_read_as_one


def test_one_for_i_beside_an_iit_code_is_that_iit_code():
    assert i_read_as_one("i26 127 การ\nประชาสัมพันธ์", ["i26"]) == [("127", "i27")]
    assert i_read_as_one("i8 112 บุคลากร\nภายในบางส่วน", ["i8"]) == [("112", "i12")]
    assert i_read_as_one("i10 111 การ\nเผยแพร่ข้อมูล", ["i10"]) == [("111", "i11")]


def test_one_and_digits_without_an_iit_code_beside_is_left_unread():
    # no IIT code in the row: nothing says the 1 was an i
    assert i_read_as_one("o26 127 การ", ["o26"]) == []
    # a number after the finding's first word is no code of the run
    assert i_read_as_one("i26 การ 127", ["i26"]) == []
