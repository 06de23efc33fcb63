"""A scanned summary line whose tool keys OCR read as Latin digits glued to Thai-digit scores."""
from normalizers.records.keyvalue import read_keyvalues


def test_latin_digits_glued_before_a_thai_score_are_the_keys_garble():
    """fresh32s 45113 p1 (300 dpi): ``117๘๕.๐๙ |ยิ1๘๕.๔๔ | OIT ๗๔.๗๘`` for IIT 85.09, EIT 85.44,
    OIT 74.78. Read as ASCII the head held ``11785.09`` and ``185.44``, numbers past any score:
    the line was refused and EIT lost (the document ``partial`` for its measures only). Latin
    digits glued before a Thai score, together over 100, are the key's garble."""
    kv = read_keyvalues([(1, "117๘๕.๐๙ |ยิ1๘๕.๔๔ | OIT ๗๔.๗๘")], 2563)
    assert {t: v[0] for t, v in kv.tools.items()} == {"IIT": 85.09, "EIT": 85.44, "OIT": 74.78}
    assert {"keyvalue_key_garbled:iit", "keyvalue_key_garbled:eit"} <= set(kv.flags)


def test_mixed_digits_of_one_hundred_stay_a_score():
    """``1๐๐.๐๐`` (Latin 1, Thai rest) is 100.00 read with mixed digits, not a garbled key."""
    kv = read_keyvalues([(1, "IIT 1๐๐.๐๐ | EIT ๗๘.๒๔ | OIT ๘๖.๑๔")], 2566)
    assert {t: v[0] for t, v in kv.tools.items()} == {"IIT": 100.0, "EIT": 78.24, "OIT": 86.14}
    assert not any(f.startswith("keyvalue_key_garbled") for f in kv.flags)
