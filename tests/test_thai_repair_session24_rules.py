"""Thai repair (issue 16), session 24: one test per bug fixed, on the true lines and real
rendered pairs of the dev sets (tests/data/repair_fresh*.json) and on the rule's own function.

- one typo in a page of clean text (a word list's ``น้ำหนัา``, ``อาวุูธ``) made the whole text
  "broken", and then every clean line whose rare syllables end with an upper vowel or a tone that
  does not read was taken for a pushed mark (``ไรต่ ลอดร์ด`` came out ``ไร่ตลอดร์ด``, ``นกแคสโซแวรี``
  ``นกแคสโซแวีร``); ``ฤๅ`` (a Thai letter: ``สมปฤๅดี``) counted as such a typo.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _true(name: str) -> list[str]:
    import repair_sources as src

    return src._groups(name)["true"]["fresh"]


def test_one_typo_in_clean_text_makes_no_line_pushed():
    """fresh19's and fresh20's true lines (clean word lists; fresh20 holds the typo ``น้ำหนัา``)
    come back byte-identical as one text, as each set alone does."""
    lines = _true("fresh19") + _true("fresh20")
    assert any("น้ำหนัา" in x for x in lines) and any("ไรต่ ลอดร์ด" in x for x in lines)
    got = repair("\n".join(lines)).split("\n")
    assert [(a, b) for a, b in zip(lines, got) if a != b] == []


def test_lakkhangyao_of_ru_is_no_breakage():
    """``ฤๅ`` / ``ฦๅ`` are Thai letters: no sign of a broken text (a lone ``ๅ`` still is), and
    fresh13's ``สมปฤๅดี`` no longer makes fresh7's clean ``นกแคสโซแวรี`` a pushed vowel."""
    from normalizers.thai.thai_signs import RX_BROKEN

    assert RX_BROKEN.search("สมปฤๅดี ฦๅสาย") is None and RX_BROKEN.search("กๅร") is not None
    lines = _true("fresh7") + _true("fresh13")
    assert any("นกแคสโซแวรี" in x for x in lines)
    got = repair("\n".join(lines)).split("\n")
    assert [(a, b) for a, b in zip(lines, got) if a != b] == []


def test_pushes_shown_needs_systematic_breakage():
    from normalizers.thai.thai_pushed import PUSH_LINES_PER, pushes_shown
    from normalizers.thai.thai_signs import text_mode

    clean = ["ผคุ ดัดดั้น ดรัว โปลีเอสเตอร์ ไรต่ ลอดร์ด"] * PUSH_LINES_PER
    typo = ["น้ำหนัา บริภาษ"]
    text = clean + typo
    assert not pushes_shown(text, text_mode("\n".join(text)))
    broken = clean[:PUSH_LINES_PER // 2] + typo * 2  # broken lines in more than one line of twenty
    assert pushes_shown(broken, text_mode("\n".join(broken)))
