"""Thai repair per font x PDF reader (issue 16), session 12: the twelfth set of pairs
(tests/data/repair_fresh10.json, made by ``bench/measure_repair_groups.py --make-fresh10``) and
one regression test per error kind fixed, named after it. Its CER ratchet is
``test_fresh_set_is_new_text_and_repair_never_worse`` (tests/test_thai_repair_groups.py).

fresh10 is text none of the eleven older sets holds: born-digital realdocs lines at a stride
offset no earlier set took, Thai addresses and Royal Gazette notice titles of the geothai
package's tables, pythainlp's thai2fit words and syllables six to a line, names at an unused
offset (bench/repair_sources.py). Only the group a test needs is repaired (once per module).
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
    """(raw entry, repaired entry) of fresh10's group ``key`` for the true line holding ``want``."""
    return sets.fresh_line("fresh10", key, want, repair)


def test_floating_vowel_placed_far_from_its_slot_when_its_own_run_has_another_fault():
    """Regression (word-Kinnari via pdfplumber, fresh10): ``ที่`` read ``ท่ ี`` (the upper vowel set
    after a space) in a run that another fault keeps unread (``สอดคลูอง``, ``บูาน``: the font map
    names ``้`` as ``ู``). The floating vowel goes on the run just before where it was printed only
    when that run then reads; here it never did, so the vowel went where it lowered the line's cost
    most, far away (``ท่มี ี`` -> ``ที่มีี``, ``หม่้`` -> ``หมี่้``) and ``ท่`` became ``ทู``. The run before
    the slot now wins too when the vowel's base and marks read there (``แผนระดับที่ 1``)."""
    raw, got = _line("word-Kinnari/pdfplumber", "แผนระดับที่ 1")
    assert "แผนระดับท่ ี 1" in raw
    assert "กับแผนระดับที่ 1 และแผนระดับที่ 2 อันประกอบด้วย" in got, got
    raw, got = _line("word-Kinnari/pdfplumber", "บ้านเลขที่ หมู่ที่")
    assert "บูานเลขท่ ี หม่้ท่ ี" in raw
    assert got.startswith("บ้านเลขที่ หมู่ที่ อาคาร/ตึก"), got


def test_one_name_with_sara_uu_does_not_make_a_whole_text_shaper_text():
    """Regression (word-Kinnari via pypdfium2, fresh10): one name the dictionary lacks, ``บูละ``
    (it reads ``บ่ละ`` with ``ู`` as ``่``), made the whole text "shaper" text (TLWG fonts via
    pdftotext/PDFium give ``ู`` for a tone), so every ``้`` PDFium set on a line of its own went
    back as ``ู`` (``ด\\n้าน`` -> ``ดูาน``, ``ข้\\nอ`` -> ``ขูอ``): worse than the text as read. The
    dictionary's evidence for the mix-up now has to outnumber the runs whose ``ู`` reads as
    printed (``หมู่ที่``, ``สูงที่สุด``)."""
    raw, got = _line("word-Kinnari/pypdfium2", "ความคิดเห็นและข้อเสนอแนะ")
    assert raw == "ส่วนที่ 3 ความคิดเห็นและข้อเสนอแนะ"  # (its line breaks dropped: PDFium's overhang)
    assert got == "ส่วนที่ 3 ความคิดเห็นและข้อเสนอแนะ", got
    raw, got = _line("word-Kinnari/pypdfium2", "นางสาวสุทธวรรณ บูละ")
    assert got == "นางสาวสุทธวรรณ บูละ และ สุปรียาพร", got
    raw, got = _line("word-Kinnari/pypdfium2", "รองลงมา ด้านการให้บริการ")
    assert "รองลงมา ด้านการให้บริการ หัวข้อที่ 1" in got, got
