"""A scanned ``อยู่ในระดับ B`` whose ``ระดับ`` OCR read worse than ``ระดุบ`` (issue 15: ``ระดบ``,
``ระตับ``): the level was lost (null, no flag). A word within two edits of ระดับ after
``อยู่ใน``, then a level letter (or the digit that looks like one), is read, flagged; another
word after ``อยู่ใน`` is no level."""
from __future__ import annotations

from normalizers.records.prose import read_sentences

HEAD = "ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ทม.บ้านไผ่ได้คะแนน ๗๘.๐๔ "


def test_a_level_after_a_garbled_level_word_is_read_flagged():
    for tail, level, flag in (("คะแนน อยู่ในระดบ B", "B", "level_ocr_lookalike:ระดบ B->B"),
                              ("คะแนนอยู่ในระตับ 8", "B", "level_ocr_lookalike:ระตับ 8->B"),
                              ("คะแนน อยู่ในวะดับ C", "C", "level_ocr_lookalike:วะดับ C->C")):
        out = read_sentences([(1, HEAD + tail)], 2568)
        assert (out.level, flag in out.flags) == (level, True), (tail, out)


def test_another_word_after_อยู่ใน_is_no_level():
    for tail in ("คะแนน อยู่ในกลุ่ม A", "คะแนน อยู่ในเกณฑ์ B"):
        out = read_sentences([(1, HEAD + tail)], 2568)
        assert out.level is None, (tail, out)
