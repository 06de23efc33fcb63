"""normalizers/fields/ocr_numbers.py: a value from a scan's running text takes the
recognizer's confidence of the number printed with that value."""
from normalizers.fields.ocr_numbers import UNLISTED_CONF, number_conf


def test_value_printed_twice_takes_the_less_sure_reading():
    nums = [["๘๑.๕๓", 0.97], ["81.53", 0.72], ["๗๕.๔๔", 0.95]]
    assert number_conf(nums, 81.53) == 0.72
    assert number_conf(nums, 75.44) == 0.95


def test_value_the_recognizer_did_not_read_is_unsure():
    assert number_conf([["๗๓.๔๑", 0.99]], 73.14) == UNLISTED_CONF
    assert number_conf([], 73.41) == UNLISTED_CONF
    assert number_conf([["๗๓.๔๑", 0.99]], None) == UNLISTED_CONF
