"""A tone pdftotext dropped from an upper vowel goes back into a run that reads without it too,
where the run then reads as fewer dictionary words (issue 16, session 22).

pdftotext cannot name the shifted MAI EK glyph of the TLWG fonts (and of Noto Sans Thai): the
tone is lost wherever it sits over an upper vowel, and ``lost_tones`` puts it back into the runs
that do not read without it. A run that reads both ways stayed bare: ``ความยิงใหญ่`` reads
ความ|ยิง|ใหญ่ (shoot, big) as well as ความ|ยิ่งใหญ่. Across the dev pair sets, the tone on the
bare upper vowel that makes such a run fewer words was right in all 48 places (6 distinct runs,
fresh4 and fresh13, every TLWG font and Noto Sans Thai via pdftotext) and wrong in none; where
the word count stays (หัน/หั่น, เลียว/เลี้ยว) nothing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _repaired(name: str, key: str) -> list[str]:
    import repair_sources as src
    import thai_repair_sets as sets

    return sets.repair_group(src._groups(name)["groups"][key]["fresh"], repair)


def test_lost_tone_goes_back_where_the_run_reads_as_fewer_words():
    got = _repaired("fresh13", "Kinnari/pdftotext")
    assert "ต่อจากนั้น ถึงแก่อสัญกรรม ทองชมพูนุท ทางใต้ดิน ที่พึงประสงค์ ท้อแท้" in got
    assert "วิกเขป วิ่งรอก ศุภนิมิต สมปฤๅดี สอดส่อง สันนิษฐาน" in got
    # หนาวสัน reads หนาว|สัน and หนาวสั่น; สีสัน, one word, stays bare
    assert "สำนัก สีสัน สูท หนาวสั่น หยัดยืน หักล้างถางพง" in got
    assert any("ความยิ่งใหญ่" in x for x in got)
    got = _repaired("fresh4", "Garuda/pdftotext")
    assert any("ผู้แทนหน่วย ชั้นยศ พ.ท." in x for x in got)
    assert "กฎของเลขชี้กำลัง กล่องบุหรี่ การทำนุบำรุง การเริ่มต้น" in got


def test_a_run_whose_word_count_stays_keeps_its_bare_vowel():
    from normalizers.thai.thai_lost_tones import _tone_joins

    assert _tone_joins("ความยิงใหญ่", "\u0e48") == "ความยิ่งใหญ่"
    # หัน and หั่น are one word each: no evidence, the run stays as printed
    assert _tone_joins("หัน", "\u0e48") == "หัน"
    assert _tone_joins("สีสัน", "\u0e48") == "สีสัน"
