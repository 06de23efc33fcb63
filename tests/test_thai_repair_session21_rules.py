"""Thai repair per font x PDF reader (issue 16), session 21: one regression test per error kind
fixed, named after it (the pair set made that session, fresh18, has its per-group CER ratchet and
clean-line test in tests/test_thai_repair_ratchets.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _repaired(name: str, key: str) -> tuple[list[str], list[str]]:
    import measure_repair_groups as m
    import thai_repair_sets as sets

    data = getattr(m, f"{name}_groups")()
    return sets.repair_group(data["groups"][key]["fresh"], repair), data["true"]["fresh"]


def test_word_cut_in_three_by_artefact_spaces_is_joined():
    """Noto Sans Thai via pdfplumber puts a space after every mark it pushes one consonant right,
    so ประชาสัมพันธ์ข้อมูล comes out ``ประชาสมั พนั ธข์ อ้ มูล``: neither ``ประชาสมั|พนั`` nor
    ``พนั|ธข์`` reads (สัม and ธข are no words), so the pairwise joins left ``สมั`` as printed.
    The three pieces joined read; both spaces go when the join moves the mark before each back
    and the last two pieces alone do not read as well (fresh, fresh3, fresh6, fresh8, fresh11)."""
    got, true = _repaired("fresh", "NotoSansThai/pdfplumber")
    for want in ("การประชาสัมพันธ์ข้อมูลข่าวสารยังไม่ทั่วถึงกลุ่มเป้าหมาย",
                 "- ข้อ i๗ หน่วยงานควรมีการพัฒนาวิธีการเผยแพร่และประชาสัมพันธ์แผนการใช้จ่ายงบประมาณประจำปี"):
        assert want in true and want in got
    got, true = _repaired("fresh6", "NotoSansThai/pdfplumber")
    assert any("ที่เข้ามามีนิติสัมพันธ์ และต้อง" in x for x in got)
    # a real space before a word cut in two, and after a word's own final vowel, stays
    got, true = _repaired("fresh3", "NotoSansThai/pdfplumber")
    assert "การศึกษาติดตามผล ขนบธรรมเนียมประเพณี คณะสัตวแพทย์ศาสตร์" in got


def test_tone_pushed_past_the_final_consonant_behind_a_leading_vowel():
    """Noto Sans Thai via pdfplumber pushes a tone past the final consonant: แห่ง reads ``แหง่``,
    which pythainlp's word list holds too (ห leads ง), so the dictionary tied and the run stayed
    as printed (fresh8 ``เลดี้แหง่ ชาลอตต์``, fresh11 ``ครัวเรือนแหง่ นั้น``). In text whose font
    pushes marks, the tone goes back where the run reads whole either way and the corpus finds
    the words at least 100 times as common; the space after the pushed tone then goes as well."""
    from normalizers.thai import thai_dict
    from normalizers.thai.thai_pushed import tail_tone_set_back

    assert tail_tone_set_back("ครัวเรือนแหง่", thai_dict.score("ครัวเรือนแหง่"), 12) == "ครัวเรือนแห่ง"
    got, _ = _repaired("fresh11", "NotoSansThai/pdfplumber")
    assert any("ที่อาศัยอยู่ในครัวเรือนแห่งนั้นติดต่อกันมา" in x for x in got)
    assert any("มีบัตรสวัสดิการแห่งรัฐทุกคน" in x for x in got)
    got, _ = _repaired("fresh8", "NotoSansThai/pdfplumber")
    assert any(x.startswith("เลดี้แห่งชาลอตต์ ") for x in got)
    # a run the dictionary does not read either way is no tie for the corpus to break (fresh13's
    # word-list syllable โซล่ would read โซ่|ล)
    assert tail_tone_set_back("โซล่", thai_dict.score("โซล่"), 12) is None
