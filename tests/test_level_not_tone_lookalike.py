"""Unbiased fresh28u 39215 p1 (200 dpi scan, scored with 0.28.0 and final 0.29.0 only): ``อยู่ในระดับ``
then, on a line of its own, ``ไม่ผ่าน`` OCR'd ``ไม้ผ่าน`` (the tone read as mai tho): no level was
read and the document was ``ok`` with the level null, no flag. ``ไม`` with another tone or none
before ``ผ่าน`` is ``ไม่ผ่าน``, flagged ``level_ocr_lookalike``."""
from __future__ import annotations

from normalizers.records.level_lookalike import level_lookalike
from normalizers.records.prose import ProseScores


def _level(text: str) -> ProseScores:
    out = ProseScores()
    out.level, out.flags = level_lookalike([(1, text)])
    return out


def test_not_passed_with_another_tone_is_not_passed():
    got = _level("ทต.แม่ริม ได้คะแนน 80.03 คะแนน อยู่ในระดับ\nไม้ผ่าน\nแยกตามเครื่องมือ")
    assert got.level == "ไม่ผ่าน" and got.flags == ["level_ocr_lookalike:ไม้ผ่าน->ไม่ผ่าน"]
    assert _level("อยู่ในระดับ ไมผ่าน").level == "ไม่ผ่าน"


def test_passed_levels_untouched():
    assert _level("อยู่ในระดับ ผ่านดี").level is None
    assert _level("อยู่ในระดับ ผ่าน").level is None  # the sentence reader's, not a lookalike
