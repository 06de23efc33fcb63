"""Thai repair per font x PDF reader (issue 16), session 11: the eleventh set of pairs
(tests/data/repair_fresh9.json, made by ``bench/measure_repair_groups.py --make-fresh9``) and
one regression test per error kind fixed, named after it. Its CER ratchet is
``test_fresh_set_is_new_text_and_repair_never_worse`` (tests/test_thai_repair_groups.py).

fresh9 is text none of the ten older sets holds: born-digital realdocs lines at a stride
offset no earlier set took, the last budget-book items no set took, still rarer Phupha, TNC
and TTC words six to a line, names and titles at unused offsets (bench/repair_sources.py).
Only the groups a test needs are repaired (once per module).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))
import thai_repair_sets as sets  # noqa: E402


def _line(key: str, want: str) -> tuple[str, str]:
    """(raw entry, repaired entry) of fresh9's group ``key`` for the true line holding ``want``."""
    return sets.fresh_line("fresh9", key, want, repair)


def test_upper_vowel_pushed_onto_a_consonant_with_the_same_vowel_goes_back():
    """Regression (NotoSansThai via pdfplumber, fresh5/6/9): ``มิติ`` read ``มติ ิ`` -- the
    first ``ิ`` pushed one consonant right onto ``ต``, whose own ``ิ`` the reader set after the
    artefact space -- became ``มติ`` (a word too): the second copy was dropped as a duplicate.
    Two glyphs were drawn, so the first goes back one consonant left where that reads at least
    as well (``ราชนิ ิกลุ`` = ``ราชินิกุล``, ``ธติ ิพทั ธ์`` = ``ธิติพัทธ์``)."""
    raw, got = _line("NotoSansThai/pdfplumber", "ในทุกมิติและทุกระดับ")
    assert "มติ ิ" in raw
    assert "ในทุกมิติและทุกระดับ" in got, got


def test_mark_pushed_before_a_space_between_pieces_that_read_as_junk_words():
    """Regression (NotoSansThai via pdfplumber, fresh6/9): ``การทุจริต`` read ``การทจุ รติ``
    (``ุ`` pushed past ``จ``, ``ิ`` past ``ต``, an artefact space) stayed as read: both sides
    "read" as short dictionary words (``กา|รท|จุ`` and ``รติ``), so the join was never tried.
    In spacey text a run ending with a mark is now tried joined with the next, and joined
    where the join moves a mark back before the junction and reads with fewer words."""
    raw, got = _line("NotoSansThai/pdfplumber", "การทุจริตทุกรูปแบบ")
    assert "การทจุ รติ" in raw
    assert got.startswith("การทุจริตทุกรูปแบบ"), got


def test_name_ending_with_an_upper_vowel_not_taken_for_a_pushed_vowel():
    """Regression (Sarabun via pdftotext, fresh9): in text whose only fault is the lost
    ``ำ`` (``คาอ่าน``), the clean transliterated name ``คาริมเอลอาห์มาดี`` (an upper vowel
    at its end, unknown to the dictionary) was taken for a vowel pushed right, so the line got
    the mark moves and came out ``ค่ำริมเอลอา์หมาดีคาวาซากิเคไอ``. A run ending with an upper
    vowel shows a pushed vowel only where setting the vowel back, or reading across the space,
    leaves fewer unread characters (``เพ่อื`` = ``เพื่อ``)."""
    raw, got = _line("Sarabun/pdftotext", "คาริมเอลอาห์มาดี")
    assert raw.startswith("คาริมเอลอาห์มาดี คาวาซากิเคไอ")
    assert got.startswith("คาริมเอลอาห์มาดี คาวาซากิเคไอ "), got  # (คาอ่าน = คำอ่าน: a tie, left)
