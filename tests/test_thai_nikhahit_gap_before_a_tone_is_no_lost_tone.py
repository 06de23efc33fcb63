"""A two-space gap before a tone and า is the lost nikhahit of ำ, not a lost tone glyph (issue 16,
session 22).

Loma and Norasi read by pdfplumber print น้ำ as ``น  ้า``: the nikhahit's glyph is unnamed and
left as two spaces, the tone printed after it. ``tone_gaps`` reads a two-space gap inside Thai
as a lost tone (ชัน  ยศ = ชั้นยศ) and put one on the upper vowel before it, so ``สันปันน  ้า``
came out ``สันปั้นน้า`` and ``ริมน  ้า`` ``ริ้มน้า``, the tone twice wrong and ำ lost. A gap
followed by a tone and า now gives no tone back; the exact stage reads C + tone + ำ. Dev: four
distinct lines in four sets (fresh9, fresh14, fresh15, fresh17), 8 cells better, none worse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _repaired(name: str, key: str) -> tuple[list[str], list[str]]:
    import repair_sources as src
    import thai_repair_sets as sets

    lines = src._groups(name)["groups"][key]["fresh"]
    return lines, sets.repair_group(lines, repair)


def test_gap_before_a_tone_and_aa_is_the_nikhahit():
    raw, got = _repaired("fresh14", "Loma/pdfplumber")
    assert "วิคหะ ว่งิ ราว ศุภอักษร สมผุส สอดส่าย สันปันน  ้า" in raw
    assert "วิคหะ วิ่งราว ศุภอักษร สมผุส สอดส่าย สันปันน้ำ" in got
    raw, got = _repaired("fresh15", "Norasi/pdfplumber")
    assert "เมรุมาศ สังกัด ทิ่มแทง แบตเตอรี่ ฝั่งน้ำ เลือนราง" in got
    raw, got = _repaired("fresh9", "Loma/pdfplumber")
    assert any("ทองต้นแขน ไรสีน้ำตาล มฤคชาติ" in x for x in got)


def test_tone_gaps_leaves_the_nikhahit_gap_to_the_exact_stage():
    from normalizers.thai.thai_lost_tones import tone_gaps

    assert tone_gaps("รัชฎาภิเษก ริมน  ้า ร้อน") == "รัชฎาภิเษก ริมน  ้า ร้อน"
    # a gap before a consonant is still a lost tone's (ชัน  ยศ = ชั้นยศ)
    assert tone_gaps("ผู้แทนหน่วย ชัน  ยศ") == "ผู้แทนหน่วย ชั้นยศ"
