"""A scanned ``อยู่ในระดับ B`` read as ``อยู่ในระดับ 8`` (issue 15; dev scans 16517, 16521 at 300 dpi:
the glyph reader's B and 8 scores 0.914 / 0.900, too close to decide; 16521 also read ``ระดุบ``).
No level is a digit: the letter it looks like is taken, flagged. A printed letter is read as
before, unflagged, and a digit elsewhere is no level."""
from __future__ import annotations

from normalizers.records.prose import read_sentences

HEAD = "ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ทม.บ้านไผ่ได้คะแนน ๗๘.๐๔ "


def test_prose_level_lookalike_digit_read_as_its_letter():
    for tail in ("คะแนนอยู่ในระดับ 8", "คะแนน อยู่ในระดุบ 8"):
        out = read_sentences([(1, HEAD + tail)], 2568)
        assert out.level == "B", (tail, out)
        assert "level_ocr_lookalike:8->B" in out.flags


def test_prose_level_lookalike_printed_letter_unflagged():
    out = read_sentences([(1, HEAD + "คะแนน อยู่ในระดับ B")], 2568)
    assert out.level == "B"
    assert not [f for f in out.flags if f.startswith("level_ocr_lookalike")]
    out = read_sentences([(1, HEAD + "คะแนน อยู่ในระดับ 85.00 คะแนน")], 2568)
    assert out.level is None
