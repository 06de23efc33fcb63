"""Thai repair (issue 16), session 35 (h/repair35): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json; fresh34 is dev since session 35), the group repaired as
one text as ``ita repair`` reads a file.

- pdftotext printed every ``ำ`` as ``า`` in a text of rare words that holds none of the common G1
  words (``สานัก``, ``จานวน``) and few runs that read only with ``ำ``: most of its lost ``ำ`` leave
  runs that still read, in more words (``ชาระหนี้``, ``มันสาปะหลัง``), so the text was not taken for
  G1 and no ``ำ`` came back (fresh34's nine pdftotext groups, 0.58-0.67 %).
- A word the dictionary lacks kept a mark its reader had pushed one consonant right, misspelt
  (``ปหงั`` for ``ปหัง``, ``ชชั`` for ``ชัช``, ``วงค๋์ปัน`` for ``วงค์ปั๋น``), though the text's own
  reading words show that reader pushes that mark on that consonant.
- In a text whose font map names ``ู`` as ``้`` (learned), a ``้`` pushed past ``า`` (``หนา้``) was
  taken for a misnamed ``ู`` only, never moved, and stayed (fresh34 Waree/pdfplumber: ``ก้มหนา้``).
- A reader's space that splits a cluster stayed where the repair set the marks around it: after
  a leading vowel (``ที่เ ป็น``, ``ขี้เ ลื่อย``), before a mark or vowel letter (``ป าด``).
- Pango's unnamed tone glyph (a two-space gap) before a leading vowel, the consonant's upper vowel
  set past that leading vowel (``ข␠␠เี␠หล็ก`` for ``ขี้เหล็ก``): read ``ข  เ็หลก``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_sara_am_printed_sara_aa_restored_where_runs_read_in_fewer_words():
    """fresh34 TLWG and Sarabun via pdftotext: ``ชาระหนี้``, ``สารวมใจ``, ``การชักนา`` read as
    printed (ชา|ระ|หนี้), yet ten of the text's runs read in fewer words with ``ำ`` and the text
    holds no ``ำ`` at all: the text is G1 and ``ำ`` comes back where the dictionary says."""
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdftotext", "Sarabun/pdftotext", "Waree/pdftotext"):
        got, true = line_by_raw("fresh34", key, "ชาระหนี้", repair)
        assert got == true and "ชำระหนี้" in got, (key, got)
        got, true = line_by_raw("fresh34", key, "สารวมใจ", repair)
        assert got == true, (key, got)
    # a clean text without ``ำ`` (fresh34's true lines that hold none) is not G1: unchanged
    import repair_sources as src

    clean = [x for x in src._groups("fresh34")["true"]["fresh"] if "\u0e33" not in x]
    assert repair("\n".join(clean)) == "\n".join(clean)


def test_misspelt_unknown_word_takes_its_marks_where_the_text_reader_pushes_them():
    """fresh30 NotoSansThai/pdfplumber prints ``ปหงั`` (``ั`` pushed past ``ง``: the text's words
    show ``ั`` on ``ห`` pushed, never on ``ง`` in place); fresh29 ``นายชชั`` (``ั`` on ``ช``); fresh19
    ``ชชั``; fresh30 Kinnari via pypdfium2 ``วงค์ปั๋ น`` read ``วงค๋์ปัน`` by the climb. Each word is
    unknown either way, misspelt as printed (a ``ั`` with no final consonant, a tone after a sign),
    and spelt right once its marks stand where the odds say. A word spelt right as printed stays
    (``ไบรด์``, ``ปนึ่ง`` in the same line)."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh30", "NotoSansThai/pdfplumber", "ปหงั", repair)
    assert "ปหัง" in got and "ไบรด์" in got and "ปนึ่ง" in got, got
    got, true = line_by_raw("fresh29", "NotoSansThai/pdfplumber", "นายชชั", repair)
    assert got.startswith("นายชัช"), got
    got, true = line_by_raw("fresh19", "NotoSansThai/pdfplumber", "ฉ่ ุ ชชั", repair)
    assert got.endswith("ชัช"), got
    got, true = line_by_raw("fresh30", "Kinnari/pypdfium2", "ระเวียง", repair)
    assert got == true, got
    # ``ั`` on a word's last consonant has no final: it was pushed, whatever the odds (``มตั`` =
    # ``มัต``, ``นายณฐั`` = ``นายณัฐ``)
    got, true = line_by_raw("fresh31", "NotoSansThai/pdfplumber", "ภิกข มตั", repair)
    assert "มัต" in got.split(" "), got
    got, true = line_by_raw("fresh29", "Waree/pdfplumber", "นายณฐั", repair)
    assert got.startswith("นายณัฐ"), got


def test_tone_pushed_past_sara_aa_moves_back_in_a_text_whose_map_misnames_it():
    """fresh34 Waree/pdfplumber: the map names ``ู`` as ``้`` (``ล้กสะใภ้`` = ``ลูกสะใภ้``, learned),
    and Pango pushes ``้`` past ``า`` (``ก้มหนา้``, ``ใบปะหนา้``). Renaming that ``้`` puts no mark on
    a base (``หนาู``): it is displaced, and goes back (``หน้า``); the misnamed ``ู`` still reads ``ู``."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh34", "Waree/pdfplumber", "ก้มหนา้", repair)
    assert got == true, got
    got, true = line_by_raw("fresh34", "Waree/pdfplumber", "ใบปะหนา้", repair)
    assert got == true and "ไขหู" in got, got


def test_space_after_a_leading_vowel_removed():
    """TLWG via pdfplumber print ``ท่เี ป็น`` and ``ขีเ้ ล่อื ย``: the marks go back, and the reader's
    space is left after ``เ``, where no Thai word ends (fresh2 Kinnari, fresh24 Garuda; no pair
    set's truth has a space after a leading vowel or before a mark)."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh2", "Kinnari/pdfplumber", "ประพฤติมิชอบ", repair)
    assert "สิ่งที่เป็นการ" in got, got
    got, true = line_by_raw("fresh24", "Garuda/pdfplumber", "ขาดดุล", repair)
    assert got == true, got


def test_upper_vowel_set_past_a_tone_gap_and_a_leading_vowel_goes_back():
    """TLWG via pdfplumber (fresh30 Waree, fresh32/fresh33 Kinnari): ``ข  เี หล็ก``, ``ข  แี มลงวัน``,
    ``ไมต  เี อ็กซ์``, ``ข  แี ย``: no vowel stands on a leading vowel; it is the consonant's before the
    gap, the gap is its tone and the space after it the reader's."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh30", "Waree/pdfplumber", "ข  เี หล็ก", repair)
    assert got == true, got
    got, true = line_by_raw("fresh32", "Kinnari/pdfplumber", "ไมต  เี อ็กซ์", repair)
    assert got == true, got
    got, true = line_by_raw("fresh33", "Kinnari/pdfplumber", "ข  แี ย", repair)
    assert got == true, got
