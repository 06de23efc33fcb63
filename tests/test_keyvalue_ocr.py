"""Key/value lines as OCR gives them (normalizers/records/keyvalue.py, OCR'd text)."""
from normalizers.records.keyvalue import read_keyvalues


def test_tool_line_with_one_score_garbled_by_ocr_keeps_the_others():
    """Dev scan seed 4: ``IIT 75.28 | EIT 80.๙9 | OIT 78.67`` OCR'd with ``80.cx9`` for the EIT
    score lost all three scores; the two that read are kept and the third is flagged."""
    r = read_keyvalues([(1, "IIT 75.28 | EIT 80.cx9 | OIT 78.67")], 2563)
    assert {t: v for t, (v, _, _) in r.tools.items()} == {"IIT": 75.28, "OIT": 78.67}
    assert r.flags == ["keyvalue_unreadable:eit"]


def test_tool_line_mostly_garbled_or_of_weights_is_not_read():
    assert read_keyvalues([(1, "IIT 7a.2b | EIT 80.cx9 | OIT 78.67")], 2563).tools == {}
    assert read_keyvalues([(1, "IIT ร้อยละ 30 | EIT ร้อยละ 30 | OIT 40")], 2563).tools == {}
