"""Thai repair per font x PDF reader (issue 16), session 17: one regression test per error kind
fixed, named after it (debugged on fresh12 and fresh13; the pair set made that session, fresh14,
has its per-group CER ratchet in tests/test_thai_repair_ratchets.py). Only the group a test needs
is repaired (once per module).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))
import thai_repair_sets as sets  # noqa: E402


def _line(name: str, key: str, want: str) -> tuple[str, str]:
    """(raw entry, repaired entry) of set ``name``'s group ``key`` for the true line holding ``want``."""
    return sets.fresh_line(name, key, want, repair)


def test_real_space_after_a_displaced_mark_kept_on_a_tie_in_a_word_list():
    """Regression (TLWG fonts and Noto via pdfplumber, fresh12/fresh13): in a word list a real
    space after a run whose last mark the reader displaced looks like the artefact space such a
    mark leaves, and the dictionary ties (both readings are words): the join won every tie
    (``ซีอ้วิ ดังหน่ึง`` became ``ซีอิ้วดังหนึ่ง``, ``ขนสง่ ขนั้`` ``ขนส่งขั้น``). In a text whose words are
    set apart by spaces (many spaces between two bare consonants, where no reader leaves an
    artefact) the space now stays on a tie; prose text (fresh3's memos) still joins."""
    from normalizers.thai.thai_lines import _listy

    raw, got = _line("fresh12", "Waree/pdfplumber", "ซีอิ้ว")
    assert raw.startswith("ซีอ้วิ ดังหน่ึง ")
    assert got == "ซีอิ้ว ดังหนึ่ง ดุลชำระหนี้ ตลกฝืด ตัวยุ่ง ติดกับดัก", got
    raw, got = _line("fresh13", "NotoSansThai/pdfplumber", "ขนส่ง")
    assert "ขนสง่ ขนั้ อันตราย" in raw
    assert "กุณี ขนส่ง ขั้นอันตราย ข่าวด่วน" in got, got
    fresh12, fresh3 = (sets._fresh_group(n, "NotoSansThai/pdfplumber", repair)[1] for n in ("fresh12", "fresh3"))
    assert _listy("\n".join(fresh12)) and not _listy("\n".join(fresh3))


def test_thanthakhat_after_a_space_goes_back_and_the_space_stays():
    """Regression (NotoSansThai via pdfplumber, fresh12/fresh13): Pango sets a word's last ``์``
    after the word's real space when the consonant before it is bare (``แนปป ์เบทส์``,
    ``คนธรรมพศาสตร ์คลาคล``: in every dev set all 50 such spaces are real). The rule for a word's
    last mark after its space refused names the dictionary lacks, and the runs were joined
    (``แนปป์เบทส์``). A ``์`` there now always goes back and keeps the space."""
    raw, got = _line("fresh12", "NotoSansThai/pdfplumber", "แนปป์")
    assert raw.endswith("แนปป ์เบทส์")
    assert got == "เดื่อ ตุ๊ย ท็อก ธรัฐ แนปป์ เบทส์", got


def test_opening_bracket_inside_a_run_is_a_tone_glyphs_name():
    """Regression (LibreOffice TH Sarabun IT9 / Kinnari via pdfplumber, fresh13): the map names
    the shifted ``่`` over an upper vowel ``(`` (``ที(พึงประสงค์``, ``ว(ิงรอก``, ``เคร(ือง``). ASCII
    punctuation after a vowel was always taken for printed punctuation; set inside a Thai run next
    to an upper vowel it is now a tone candidate, decided by the dictionary as a letter is."""
    raw, got = _line("fresh13", "word-SarabunIT9/pdfplumber", "ที่พึงประสงค์")
    assert "ที(พึงประสงค์" in raw
    assert got == "ต่อจากนั้น ถึงแก่อสัญกรรม ทองชมพูนุท ทางใต้ดิน ที่พึงประสงค์ ท้อแท้", got


def test_comma_tone_name_and_its_overhang_at_the_line_end():
    """Regression (NotoSansThai via pypdfium2, fresh13): PDFium names the same shifted tone
    ``,`` (``เครื,องสูง``) and, where it overhangs, sets it after a space at the line's end
    (``... สันนิษฐาน ,`` for ``วิ่งรอก``). Once the dictionary proves ``,`` a tone in two places,
    the one at the line's end is that tone's overhang and the overhang rules place it."""
    raw, got = _line("fresh13", "NotoSansThai/pypdfium2", "เครื่องสูง")
    assert "เครื,องสูง" in raw
    assert got == "กุสุมา ซ่าโบะ บางครั้ง มังคลาวาส สาธุๆ เครื่องสูง", got
    raw, got = _line("fresh13", "NotoSansThai/pypdfium2", "วิ่งรอก")
    assert raw.endswith("สันนิษฐาน ,") and "วิงรอก" in raw
    assert got == "วิกเขป วิ่งรอก ศุภนิมิต สมปฤๅดี สอดส่อง สันนิษฐาน", got


def test_tone_gap_after_a_vowel_pushed_one_consonant_right():
    """Regression (NotoSansThai via pdfplumber, fresh13 and fresh4): Pango leaves two spaces for
    the unnamed tone over an upper vowel it pushed one consonant right (``ความยงิ  ใหญ่``, ``ชนั
    ยศ``); the gap rule tried the tone only on the vowel where it stands, which does not read, and
    left the gap (``ความยิง  ใหญ่``). The vowel now goes back with the tone; in a word list the gap
    keeps the word's space when the run after it reads as well apart (``หนาวสนั  หยดั``)."""
    raw, got = _line("fresh13", "NotoSansThai/pdfplumber", "ความยิ่งใหญ่")
    assert "ความยงิ  ใหญ่" in raw
    assert got == "คนธรรมพศาสตร์ คลาคล่ำ ความยิ่งใหญ่ ความไว้วางใจ คำถาม คูปอง", got
    raw, got = _line("fresh4", "NotoSansThai/pdfplumber", "ชั้นยศ")
    assert "ชนั  ยศ" in raw and "ผู้แทนหน่วย ชั้นยศ พ.ท." in got, got
    raw, got = _line("fresh13", "NotoSansThai/pdfplumber", "หนาวสั่น")
    assert got == "สำนัก สีสัน สูท หนาวสั่น หยัดยืน หักล้างถางพง", got


def test_well_formed_run_keeps_its_mark_on_its_base():
    """Regression (TLWG fonts via pdfplumber, fresh12): words printed right that the dictionary
    lacks were "read" by renaming their tone (a learned or shaper confusion) and moving it onto
    another consonant (``ก่าง`` -> ``กางู``, ``บ่าน`` -> ``บานู``: ``กา|งู``). A run printed well-formed
    keeps a renamed mark on the base it was drawn on; a mark pushed before an artefact space may
    still go back renamed (``นอู ย`` = ``น้อย``)."""
    from normalizers.thai.thai_exact import renamed_and_moved

    raw, got = _line("fresh12", "Waree/pdfplumber", "ก่าง")
    assert raw.startswith("ก่าง ") and got.startswith("ก่าง ดิลล์"), got
    raw, got = _line("fresh12", "Waree/pdfplumber", "บ่าน")
    assert " บ่าน " in raw and " บ่าน " in got, got
    assert renamed_and_moved("ก่าง", "กางู") and not renamed_and_moved("ข้อม่ล", "ข้อมูล")
    assert not renamed_and_moved("นอูย", "น้อย", (3,))


def test_word_final_thanthakhat_does_not_make_its_run_end_hot():
    """Regression (every reader, fresh13): a run ending with a mark had its last four positions
    open to mark moves (a reader's pushed mark before the artefact space), so the clean name
    ``สกีลส์`` became ``สีกลส์`` (``สี|กล``) in 25 of 33 groups, pdftotext's clean text included.
    A word's own final ``์`` opens only itself and the marks of its base."""
    raw, got = _line("fresh13", "Garuda/pdftotext", "สกีลส์")
    assert raw.endswith("โด๊ก สกีลส์")
    assert got.endswith("โด๊ก สกีลส์"), got


def test_nikhahit_named_with_a_tone_in_a_word_render():
    """Regression (LibreOffice Kinnari / TH Sarabun IT9 via pdfplumber, fresh13): the map names the
    nikhahit glyph ``่ำ``, so every ``ำ`` of the text follows ``่`` and the ``า`` stays after it
    (``ค่ำาถาม`` = ``คำถาม``, ``จ่ำาน่ำา`` = ``จำนำ``): the SARA AM rules dropped the ``า`` and kept the
    false tone (``ค่ำถาม``). In such a text the ``่`` goes where the run then reads better."""
    raw, got = _line("fresh13", "word-Kinnari/pdfplumber", "จำนำ")
    assert "จ่ำาน่ำา" in raw
    assert got.startswith("สังหรณ์ จำนำ สุราษฎร์ธานี"), got
    raw, got = _line("fresh13", "word-SarabunIT9/pdfplumber", "บำรุงญาติ")
    assert "บ่ำารุงญาติ" in raw and "บำรุงญาติ" in got, got
