"""Unbiased fresh28s 39106 p5 (300 dpi scan): the analysis cell opens ``o๕ o๗ ประชาชน…``, OCR'd
``๐๕๐๗ ประชาชน…``: each ``o`` read as a zero, the two codes glued. Both codes were lost with
no flag (the measure's indicator taken from the heading instead) and the analysis kept
``๐๕๐๗``. Such a token is read as OIT codes where its digits split one way only
(``code_letter_from_digit:๐๕๐๗->o5,o7``), else flagged ``code_unreadable``."""
from __future__ import annotations

from normalizers.records.measure_codes import o_zeros_glued


def test_glued_zero_codes_read_when_they_split_one_way():
    assert o_zeros_glued("๐๕๐๗ ประชาชนยังเข้าถึงช่องทางการร้องเรียนได้น้อย") == ("๐๕๐๗", ["o5", "o7"])
    assert o_zeros_glued("๐๑๒๐๓๓ ผู้รับบริการ") == ("๐๑๒๐๓๓", ["o12", "o33"])
    # ๐๑๐๓: o1 o3 only (o10 then a lone ๓ is no code); ๐๑๐๐๓: o10 o3 or o1 o3 (``๐๐๓``): not read
    assert o_zeros_glued("๐๑๐๓ ข้อมูล") == ("๐๑๐๓", ["o1", "o3"])
    assert o_zeros_glued("๐๑๐๐๓ ข้อมูล") == ("๐๑๐๐๓", None)


def test_other_cells_untouched():
    assert o_zeros_glued("o๕ o๗ ประชาชน") is None
    assert o_zeros_glued("๐๕ ประชาชน") is None  # one code: the shape repair's (``023`` → o23)
    assert o_zeros_glued("๒๕๖๖ ประชาชน") is None
