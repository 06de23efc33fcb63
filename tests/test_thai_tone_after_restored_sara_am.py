"""A tone printed after the า of a lost nikhahit ends up before the SARA AM the dictionary
restores, once (issue 16, session 22).

Laksaman read by pdfplumber prints น้ำ as ``น  า้``: two spaces for the nikhahit's glyph, then
า, then the tone. The repair restored ำ but left the tone after it (``รพ.นำ้ ยืน``, fresh6 and
fresh18 ``นำ้ ครำ``) or put a tone before it as well (``รองช้ำ้``, fresh18 in three fonts;
``กะโซ่น้ำ้``, fresh12). A tone after ำ now goes before it, as the exact stage orders a typed
ำ + tone, and the same tone twice is one (two different tones are left as they are). Dev: 3 sets,
5 cells better, none worse.
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


def test_tone_after_the_restored_sara_am_goes_before_it_once():
    got = _repaired("fresh6", "Laksaman/pdfplumber")
    assert any("ประกาศโรงพยาบาลน้ำ ยืน" in x for x in got)
    assert not any("\u0e33\u0e49" in x for x in got)
    got = _repaired("fresh18", "Laksaman/pdfplumber")
    assert any("ขิญ รองช้ำ กาก" in x for x in got)
    got = _repaired("fresh12", "Laksaman/pdfplumber")
    assert any("กะโซ่น้ำ การค้าขาย" in x for x in got)
