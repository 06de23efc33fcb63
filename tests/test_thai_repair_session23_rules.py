"""Thai repair (issue 16), session 23: one test per bug fixed, each on the real rendered pairs of
the dev sets (tests/data/repair_fresh*.json: Pango/LibreOffice PDFs read by pdfplumber and
pypdfium2) and on the rule's own function.

- a word list's real space after a tone gap's pushed vowel was taken for the pushed vowel's
  artefact space (TLWG via pdfplumber: ``ตามค  าส  งั ติดต้งั`` came out ``ตามคำสั่งติดตั้ง``);
- a word-final ``์`` on a consonant before a clean run lost its space in spacey word lists, the
  ``์`` moved back (``แดทส์ ตัล`` came out ``แดท์สตัล``);
- LibreOffice's map that names the nikhahit ``่ำ`` gives a tone, ``า``, ``่ำ`` (``น้า่ำ`` = ``น้ำ``;
  TH Sarabun IT9: ``นา่ำ้``), which came out ``น่าำ``;
- เ-ีย's upper vowel pushed onto its ย, the tone left on the consonant (``เต๊ยี บ`` = ``เตี๊ยบ``),
  was left as printed;
- PDFium's stand-in for a tone over an upper vowel (Garuda: ``ĕ``) stayed where the word is
  not in the dictionary (``กิĕม``), and after the space PDFium sets before it (``ชั ĕง``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _line(name: str, key: str, printed: str) -> tuple[str, str]:
    """(repaired, true) of the one line whose raw text holds ``printed``."""
    import thai_repair_sets as sets

    return sets.line_by_raw(name, key, printed, repair)


def test_word_list_space_after_a_tone_gaps_pushed_vowel_stays():
    got, true = _line("fresh19", "Waree/pdfplumber", "ตามค  าส  งั ติดต้งั")
    assert "ตามคำสั่ง ติดตั้ง" in got and got == true
    got, true = _line("fresh19", "Loma/pdfplumber", "พรึบ  ไส้ดินสอ")
    assert "พรึ่บ ไส้ดินสอ" in got and got == true


def test_tone_gaps_keeps_a_word_lists_space_on_a_tie_only():
    from normalizers.thai.thai_lost_tones import tone_gaps

    # a word list (keep): the space after the pushed vowel is the word's own where both read
    assert tone_gaps("ตามค  าส  งั ติดต้งั", spaced=True, keep=True).endswith("สั่ง ติดต้งั")
    # a compound the dictionary holds still joins (พ  นื ฐาน = พื้นฐาน), and in running text or
    # a font that pushes final marks right (not keep) the space goes as before
    assert tone_gaps("ข้อมูลพ  นื ฐาน", spaced=True, keep=True) == "ข้อมูลพื้นฐาน"
    assert tone_gaps("ตามค  าส  งั ติดต้งั", spaced=True).endswith("สั่งติดต้งั")


def test_final_thanthakhat_on_a_consonant_keeps_its_space_in_a_spacey_word_list():
    for key in ("Waree/pdfplumber", "Loma/pdfplumber"):
        got, true = _line("fresh19", key, "แดทส์ ตัล")
        assert got.startswith("แดทส์ ตัล ") and got == true
        got, true = _line("fresh19", key, "อิคส์ สเป็คตรัม")
        assert "อิคส์ สเป็คตรัม" in got


def test_tone_aa_then_nikhahit_named_mai_ek_reads_tone_sara_am():
    got, true = _line("fresh19", "word-Kinnari/pdfplumber", "น้า่ำ อบ")
    assert "น้ำอบ" in got and got == true
    got, true = _line("fresh13", "word-Kinnari/pdfplumber", "โป่งน้า่ำ")
    assert got == true  # โป่งน้ำ เนื้อแท้: the space before a word that reads stays
    got, true = _line("fresh19", "word-SarabunIT9/pdfplumber", "ทดนา่ำ้ ผูก")
    assert "ทดน้ำ ผูกพัทธสีมา" in got and got == true


def test_tone_aa_nikhahit_function():
    from normalizers.thai.thai_tones import tone_aa_nikhahit

    assert tone_aa_nikhahit("น้า่ำอบ") == "น้ำอบ"
    assert tone_aa_nikhahit("นา่ำ้") == "น้ำ"
    assert tone_aa_nikhahit("ขนานน้า่ำ ของรัก") == "ขนานน้ำ ของรัก"
    assert tone_aa_nikhahit("น้ำ ท่า") == "น้ำ ท่า"  # clean text: no match, unchanged


def test_ia_vowel_pushed_onto_its_yo_goes_back():
    got, true = _line("fresh9", "Kinnari/pdfplumber", "เต๊ยี บ")
    assert got.startswith("เตี๊ยบ ") and got == true
    got, true = _line("fresh9", "word-Kinnari/pdfplumber", "เต๊ยี บ")
    assert got.startswith("เตี๊ยบ มัสก์ เยี่ยน ") and got == true


def test_ia_pushed_function():
    from normalizers.thai.thai_tones import ia_pushed

    assert ia_pushed("แม่เบ้ยี") == "แม่เบี้ย"
    assert ia_pushed("เจ้ยี ม") == "เจี้ยม"  # the rest of a word (one character) joins
    assert ia_pushed("เง้ยี หลังเขียว") == "เงี้ย หลังเขียว"  # a word after it keeps its space
    assert ia_pushed("เสี้ยน เลี้ยง") == "เสี้ยน เลี้ยง"
    assert repair("แม่เบ้ยี อภิธรรม") == "แม่เบี้ย อภิธรรม"  # a line with no other sign of breakage


def test_non_ascii_tone_stand_in_shown_twice_names_the_tone_everywhere():
    got, true = _line("fresh19", "Garuda/pypdfium2", "กิĕม")
    assert "กิ่ม" in got and got == true
    got, true = _line("fresh19", "Garuda/pypdfium2", "ทองพันชั ĕง")
    assert "ทองพันชั่ง ทันใด" in got and got == true


def test_ascii_punctuation_after_a_vowel_stays():
    # a comma is printed punctuation unless the dictionary shows it inside a word
    assert repair("ที่ดี, และ") == "ที่ดี, และ"
