"""Thai repair (issue 16), session 24: one test per bug fixed, on the true lines and real
rendered pairs of the dev sets (tests/data/repair_fresh*.json) and on the rule's own function.

- one typo in a page of clean text (a word list's ``น้ำหนัา``, ``อาวุูธ``) made the whole text
  "broken", and then every clean line whose rare syllables end with an upper vowel or a tone that
  does not read was taken for a pushed mark (``ไรต่ ลอดร์ด`` came out ``ไร่ตลอดร์ด``, ``นกแคสโซแวรี``
  ``นกแคสโซแวีร``); ``ฤๅ`` (a Thai letter: ``สมปฤๅดี``) counted as such a typo;
- LibreOffice's map that names the nikhahit glyph a tone + ``ำ`` was read only with MAI EK
  (``ค่ำาถาม``); fresh20's names it with MAI THO (``ค้ำาน้ำาหน้า`` = คำนำหน้า, ``น้า้ำ`` = น้ำ), and
  where the named tone + ``ำ`` is a word too (``ค่ำ``, ``ค้ำ``) the dictionary kept the false tone;
- LibreOffice's ``)`` / ``(`` for the shifted tone (Kinnari via pdfplumber: ``เพ)ือน``), once the
  text shows it a tone, stayed a bracket where the glyph is drawn after its syllable, before a
  space (``นัง) ลง`` = นั่งลง, ``หนาวสัน(`` = หนาวสั่น).
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


def _line(name: str, key: str, printed: str) -> tuple[str, str]:
    """(repaired, true) of the one line whose raw text holds ``printed``."""
    import thai_repair_sets as sets

    return sets.line_by_raw(name, key, printed, repair)


def test_nikhahit_named_mai_tho_and_sara_am_in_a_word_render():
    got, true = _line("fresh20", "word-Kinnari/pdfplumber", "ค้ำาน้ำาหน้า")
    assert "คำนำหน้าชื่อ" in got, got
    got, true = _line("fresh20", "word-SarabunIT9/pdfplumber", "ส้ำามะลอ")
    assert got.startswith("มาเลย์ ลุ่มๆ สำมะลอ") and got.endswith("น้ำใจ เสียกำลังใจ"), got
    got, true = _line("fresh19", "word-Kinnari/pdfplumber", "ผาค่ำา")
    assert got == true == "นายพงษภัทร สมทรง และ ผาคำ", got


def test_nikhahit_named_tone_needs_every_sara_am_after_that_tone():
    from normalizers.thai.thai_tones import nikhahit_named_tone

    assert nikhahit_named_tone("ค้ำาถาม น้า้ำ ค้ำา") == "คำาถาม น้า้ำ คำา"  # the า goes later
    # a real ค้ำ (no า after it) among them: not every ำ follows the map's pattern, still named
    assert nikhahit_named_tone("ค้ำาถาม ค้ำา ค้ำ") == "คำาถาม คำา ค้ำ"
    # a ำ after no tone: the map does not name the nikhahit a tone + ำ
    assert nikhahit_named_tone("ค้ำาถาม ค้ำา คำ") == "ค้ำาถาม ค้ำา คำ"


def test_bracket_named_tone_after_its_syllable():
    got, true = _line("fresh20", "word-Kinnari/pdfplumber", "นัง) ลง")
    assert got == true == "นักฆ่า นั่งลง นิคาลัย นิโคติน น่าเกรงขาม น้ำหนัา", got
    got, true = _line("fresh13", "word-Kinnari/pdfplumber", "หนาวสัน(")
    assert got == true, got
    from normalizers.thai.thai_tones import odd_tones

    # shown a tone (เพ)ือน, เร)ือง): unpaired after an upper vowel's syllable it is that tone
    assert odd_tones("เพ)ือนมนุษย์ เร)ืองเล็ก นัง) ลง") == "เพื่อนมนุษย์ เรื่องเล็ก นั่งลง"
    # a bracket its line pairs stays, and so does one not shown a tone
    assert odd_tones("เพ)ือน เร)ือง (ข้อมูลดี) ดี") == "เพื่อน เรื่อง (ข้อมูลดี) ดี"
    assert odd_tones("(ข้อมูลนัง) ลง") == "(ข้อมูลนัง) ลง"
