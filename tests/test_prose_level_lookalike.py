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


def test_level_read_as_a_round_glyph_takes_the_overall_band():
    """Unbiased fresh31s 43114 p1 (200 dpi): ``อยู่ในระดับ⏎C`` read ``อยู่ในระดับ⏎๐``: the level null in an
    ``ok`` document, no flag. A round glyph is C or D; the overall's band says which, flagged. Where the
    band is neither, or another token stands there, the level is null and flagged unreadable."""
    head = "ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2567 ทต.แม่ริมได้คะแนน {} คะแนน อยู่ในระดับ\n{}\nผลคะแนนรายตัวชี้วัด"
    out = read_sentences([(1, head.format("72.87", "๐"))], 2567)
    assert out.level == "C" and "level_ocr_lookalike:0->C" in out.flags
    out = read_sentences([(1, head.format("58.10", "O"))], 2567)
    assert out.level == "D"
    out = read_sentences([(1, head.format("88.31", "๐"))], 2567)
    assert out.level is None and "level_unreadable:p1" in out.flags
    out = read_sentences([(1, head.format("72.87", "~s-"))], 2567)
    assert out.level is None and "level_unreadable:p1" in out.flags
    # a level printed, or a Thai word after ระดับ, raises nothing
    out = read_sentences([(1, head.format("72.87", "C"))], 2567)
    assert out.level == "C" and not [f for f in out.flags if f.startswith("level_")]
    assert not read_sentences([(1, "ความพึงพอใจอยู่ในระดับดี")], 2567).flags


def test_level_read_as_six_and_a_speck_takes_the_overall_band():
    """Held-out fresh31u 43211 p1 (200 dpi): ``อยู่ในระดับ C`` read ``อยู่ในระดับ 6๐``: level null."""
    head = "ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ อบต.เขาพระ ได้คะแนน ๗๒.๕๗ คะแนน อยู่ในระดับ 6๐\nหน่วยงาน"
    out = read_sentences([(1, head)], 2569)
    assert out.level == "C" and "level_ocr_lookalike:60->C" in out.flags
