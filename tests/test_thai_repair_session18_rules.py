"""Thai repair per font x PDF reader (issue 16), session 18: one regression test per error kind
fixed, named after it (debugged on fresh12, fresh13 and fresh14; the pair set made that session,
fresh15, has its per-group CER ratchet in tests/test_thai_repair_ratchets.py). Only the group a
test needs is repaired (once per module).
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


def test_line_end_thanthakhat_overhang_goes_on_sara_i():
    """Regression (TLWG fonts via PDFium, fresh14 Garuda/Kinnari/Laksaman pypdfium2): PDFium sets
    the ์ it draws over a SARA I alone at the line's end (``นายวสุวัตติ แก้วสูงเนิน และ
    เจตนจันทร์ ์``). Two faults kept it off its base: a text with two PDFium marks pushed one
    space before า (``กระเปุ าถือ``) was taken for Pango text, where floating marks are not
    placed, so the ์ stuck to the last word (``ผู้ติดยาเสพติด์``); and the placement counted the
    reordering of a base's own marks (PDFium gives ``ผู้`` tone first) as a gain
    (``ผู้์ติดยาเสพติด``). Now the one-space gap is no Pango evidence, a base's marks are compared
    in canonical order, and a lone ์ at the line's end goes first on a consonant with SARA I."""
    raw, got = _line("fresh14", "Kinnari/pypdfium2", "กายสิทธิ์")
    assert raw.endswith("\u0e1c\u0e49\u0e39ติดยาเสพติด \u0e4c"), raw  # ผ + ้ + ู: the tone first
    assert got == "การควบคุมดูแล จิตรกรรมฝาผนัง กายสิทธิ์ เครื่องบูชา หูเป่ย ผู้ติดยาเสพติด", got
    raw, got = _line("fresh14", "Garuda/pypdfium2", "ดิษสละ")
    assert raw.endswith("ดิษสละ\u0e4c"), raw  # (the ์ on a line of its own)
    assert got == "นายโอฬาร โตมรศักดิ์ และ ดิษสละ", got
    raw, got = _line("fresh14", "Laksaman/pypdfium2", "แก้วสูงเนิน")
    assert got == "นายวสุวัตติ์ แก้วสูงเนิน และ เจตนจันทร์", got
    # not Pango evidence: fresh14 Kinnari/pypdfium2 shows the one-space gap, no two-space one
    from normalizers.thai.thai_lines import _RX_PANGO_AM, _RX_PANGO_AM2

    text = "\n".join(sets._fresh_group("fresh14", "Kinnari/pypdfium2", repair)[1])
    assert len(_RX_PANGO_AM.findall(text)) >= 2 and not _RX_PANGO_AM2.findall(text)


def test_line_end_thanthakhat_on_a_name_the_dictionary_lacks():
    """Regression (fresh13 Kinnari/Laksaman pypdfium2): the ์ of a name the dictionary lacks
    (``กัญภัคดิ์``) costs as much there as on the line's last word, so the tie left it on the last
    word (``จินดาวรรณ์``). A run-final consonant with SARA I alone (not เ-ิ) wins that tie."""
    raw, got = _line("fresh13", "Kinnari/pypdfium2", "กัญภัคดิ์")
    assert raw == "นางสาวกัญภัคดิ เหลือกาฬ และ จินดาวรรณ \u0e4c", raw
    assert got == "นางสาวกัญภัคดิ์ เหลือกาฬ และ จินดาวรรณ", got


def test_printed_sara_u_is_never_sara_uu_and_sara_uu_alone_is_never_sara_u():
    """Regression (every TLWG group of fresh14, all three readers): the dictionary stage read a
    printed ``ุ`` as ``ู`` and a printed ``ู`` with no tone as ``ุ`` wherever the other spelling
    is a word, so clean text changed: ``หุก`` became ``หูก``, ``เหล่านุกูล`` ``เหล่านุกุล``. No reader
    of any pair set prints ``ุ`` for ``ู``, and ``ู`` for ``ุ`` only under a tone (``กลู้ม``)."""
    raw, got = _line("fresh14", "Garuda/pdftotext", "หุก")
    assert raw == got == "สต็อป สาส์น หม่น หุก อวิช เอ๊า", got
    raw, got = _line("fresh14", "Waree/pdfplumber", "เหล่านุกูล")
    assert raw == got == "นางสาวเจมิกา กุลประเสริฐ และ เหล่านุกูล", got
    raw, got = _line("fresh14", "Kinnari/pypdfium2", "เหล่านุกูล")
    assert got == "นางสาวเจมิกา กุลประเสริฐ และ เหล่านุกูล", got


def test_sara_u_before_sara_aa_is_the_tlwg_jattawa():
    """Regression (every TLWG group of fresh14, all three readers): the TLWG fonts' map names
    the left-shifted ``๋`` glyph ``ุ``, so ``กระเป๋าถือ`` is read ``กระเปุาถือ`` (PDFium
    ``กระเปุ าถือ``), a SARA U no Thai spells; the climb moved the ุ (``กระเปาุถือ``,
    ``กุระเปาถือ``). The tone that makes the text's places read best is taken where the run then
    reads, only ``๋``: a text whose places read best with ``่`` (fresh7's font) is left to its
    learned map."""
    from normalizers.thai.thai_tones import sara_u_named_tone

    for key in ("Garuda/pypdfium2", "Waree/pdfplumber", "Umpush/pdftotext"):
        raw, got = _line("fresh14", key, "กระเป๋าถือ")
        assert "\u0e1b\u0e38" in raw, raw
        assert got == "เจียน สมรภูมิ เล่นตัว กระเป๋าถือ พันทาง ทุกขณะ", (key, got)
    assert sara_u_named_tone("อยุางไร ผุาน") == "อยุางไร ผุาน"  # ่ named ุ: not decided here
    # after a SARA U no reading is Thai: there ๋ is taken on a tie too (fresh14, fresh8)
    raw, got = _line("fresh14", "Kinnari/pdftotext", "กุ๋ยๆ")
    assert raw.startswith("กุุยๆ ") and got.startswith("กุ๋ยๆ "), (raw, got)
    raw, got = _line("fresh8", "Norasi/pdfplumber", "ปุ๋ยคอก")
    assert "ปุุยคอก" in raw and "ปุ๋ยคอก" in got, (raw, got)


def test_printed_sara_uu_mai_tho_is_sara_u_mai_tho_not_mai_ek():
    """Regression (fresh12, every TLWG group, all three readers): ``กลุ้ม`` is printed ``กลู้ม``;
    the climb tried every below vowel + tone pair and the dictionary took the common ``กลุ่ม``.
    A pair is now read only as some pair set shows it: ``ู้`` as ``ุ้``, ``ุ้`` as ``ู่`` (``สุ้`` =
    ``สู่``, fresh2), ``ุ่`` and ``ู่`` as printed."""
    for key in ("Garuda/pdftotext", "Waree/pypdfium2", "Loma/pdfplumber"):
        raw, got = _line("fresh12", key, "กลุ้ม")
        assert "กลู้ม" in raw, raw
        assert "กระเหว่า กลุ้ม กะโซ่" in got, (key, got)


def test_printed_sara_u_mai_tho_is_sara_uu_mai_ek_only_where_the_text_shows_that_map():
    """Regression (fresh6, 21 groups: every TLWG font, all three readers, and the Word fonts via
    pdfplumber): the name ``ซานกุ้ย``, printed right, became ``ซานกู่ย``: the ``ุ้`` -> ``ู่``
    reading was open in every text with a learned map. It is now taken only where the text's
    own learned map names both marks so (fresh2's font: ``ุ`` for ``่`` and ``้`` for ``ู``,
    ``สุ้`` = ``สู่``), not in a TLWG text that only names ``ู`` as ``้``. Nor is that ``้`` renamed
    ``ู`` onto the ``ุ`` (two below vowels on one base), which then lost a mark: ``ซานกุย``."""
    for key in ("Garuda/pdftotext", "Laksaman/pdfplumber", "Waree/pypdfium2", "word-SarabunIT9/pdfplumber"):
        raw, got = _line("fresh6", key, "ซานกุ้ย")
        assert "ซานก\u0e49\u0e38ย" in raw, raw  # printed right (tone first, as the reader gave it)
        assert "ซัฟฟอล์ก ซานกุ้ย ซาร์ลาต์" in got, (key, got)
    for key in ("Garuda/pdftotext", "Kinnari/pypdfium2"):
        raw, got = _line("fresh2", key, "ไปสู่การพัฒนา")
        assert "ไปสุ้การพัฒนา" in raw, raw
        assert "ไปสู่การพัฒนา" in got, (key, got)


def test_pushed_final_vowel_goes_back_where_the_dictionary_reads_both_alike():
    """Regression (NotoSansThai via pdfplumber, every pair set): the font pushes a word's last
    vowel mark one consonant right and its artefact space falls on the word's own space
    (``อวชิ`` = ``อวิช``, ``ภมุ`` = ``ภุม``, ``รามสตู`` = ``รามสูต``); where the dictionary reads
    both alike the mark stayed. A text whose runs show that push (the vowel moved back makes at
    least eight runs read, twice as many as it breaks; the TLWG fonts show 0-1) now takes the
    move on a tie; TLWG text read by pdfplumber keeps its names (``เนตรรังษี``)."""
    key = "NotoSansThai/pdfplumber"
    raw, got = _line("fresh14", key, "อวิช")
    assert "อวชิ" in raw and "หม่น หกุ อวิช เอ๊า" in got, (raw, got)
    raw, got = _line("fresh14", key, "ภุม")
    # (the true line is นายนคร ภุมมะกาญจนะ: since h/repair30b the family name ภุมมะกาญจนะ, a known
    # name across the artefact space, joins it)
    assert "ภมุ" in raw and "นายนคร ภุมมะกาญจนะ" in got, (raw, got)
    raw, got = _line("fresh12", key, "รามสูต")
    assert "นางสาวนิลุบล รามสูต และ ด้วงมหาสอน" == got, (raw, got)
    raw, got = _line("fresh7", "Kinnari/pdfplumber", "เนตรรังษี")
    assert got.endswith("และ เนตรรังษี"), got
