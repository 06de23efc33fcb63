"""Thai repair (issue 16), session 34 (h/repair34): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json; fresh33 is dev since session 34), the group repaired as
one text as ``ita repair`` reads a file.

- A text whose only signature is pdftotext's lost SARA AM (G1) took a name that ends in an upper
  vowel for a vowel pushed right and moved its marks (``วัณย์ศิริ`` -> ``วัณิ์ยศริ``).
- A tone pdftotext lost over an upper vowel stayed lost where both spellings read
  (``เบียร์เปรียว``, ``ผีเสือดำทุ่งหญ้า``).
- In a word list, a tall consonant's space (``join_tall_spaces``) went on a tie where it was the
  list's own (``ปี๋ ป่ายปีน`` -> ``ปี๋ป่ายปีน``).
- A tone gap of Pango text read by pdfplumber was read ``่`` on a dictionary tie in a text whose
  subsets name ``่`` over an upper vowel and never ``้`` (``นิ  ม`` -> ``นิ่ม`` for ``นิ้ม``).
- A pushed ``่`` was read ``ู`` by a learned map in a text that prints ``ู`` as itself
  (``ทีห่ วัง`` -> ``ทีหู วัง`` for ``ที่หวัง``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_name_ending_in_an_upper_vowel_not_moved_in_pdftotext_text():
    """fresh33 Sarabun/pdftotext and NotoSansThai/pdftotext print ``นางสาววัณย์ศิริ`` right; the
    text shows only pdftotext's lost SARA AM (``สารวจหา``), and the repair took the name's last
    ``ิ`` for a vowel pushed one consonant right (``shows_pushed_vowel``), giving ``วัณิ์ยศริ``."""
    from thai_repair_sets import line_by_raw

    for key in ("Sarabun/pdftotext", "NotoSansThai/pdftotext"):
        got, true = line_by_raw("fresh33", key, "เจ็กพิมาย", repair)
        assert got == true == "นางสาววัณย์ศิริ เจ็กพิมาย และ บ่อเกิด", (key, got)


def test_tone_pdftotext_lost_goes_back_on_a_tie_where_the_toned_word_is_commoner():
    """fresh4 (every pdftotext group): ``เบียร์เปรียว`` and ``ผีเสือดำทุ่งหญ้า`` read as well as
    ``เบียร์เปรี้ยว`` and ``ผีเสื้อดำทุ่งหญ้า`` (the dictionary ties), in a text whose reader drops
    ``้`` over an upper vowel; the toned words are the commoner ones and stand beside other words
    in their run. A run that is one word alone (fresh13's ``เลียม``) stays as printed."""
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdftotext", "Loma/pdftotext", "Waree/pdftotext"):
        got, true = line_by_raw("fresh4", key, "หมากฝรั่ง", repair)
        assert got == true and "เบียร์เปรี้ยว" in got.split(), (key, got)
        got, true = line_by_raw("fresh4", key, "ลงรับสมัคร", repair)
        assert got == true and "ผีเสื้อดำทุ่งหญ้า" in got.split(), (key, got)
        got, true = line_by_raw("fresh13", key, "ริดจส์", repair)
        assert "เลียม" in got.split(), (key, got)


def test_word_list_space_after_a_tall_consonant_kept_where_both_words_read():
    """fresh33 (a word list): ``ปี๋ ป่ายปีน`` and ``อโรมาเธอราปี ฮิปโปเครทิส`` printed right in
    Sarabun/pdftotext, Kinnari/pypdfium2 and word-Kinnari/pdftotext came back joined (the tall
    consonant's space goes on a tie in prose, ``ประจำปี งบประมาณ``). Kinnari/pdftotext's own
    artefact spaces on that line (``ป่ ายปี น``) still go."""
    from thai_repair_sets import line_by_raw

    for key in ("Sarabun/pdftotext", "Kinnari/pypdfium2", "word-Kinnari/pdftotext", "Kinnari/pdftotext"):
        got, true = line_by_raw("fresh33", key, "ผลุบ", repair)
        assert got == true == "ปี๋ ป่ายปีน ผลุบ ผีป่า ผู้บริหารงาน ผู้อำนวยเพลง", (key, got)
        got, true = line_by_raw("fresh33", key, "เกาลัดจีน", repair)
        assert got == true, (key, got)


def test_tone_gap_read_as_the_tone_the_text_never_names_over_an_upper_vowel():
    """fresh33 TLWG via pdfplumber: the subsets name ``่`` over an upper vowel (11-26 times) and
    leave ``้``'s shifted glyph unnamed, a gap of two spaces (``นิ  ม``, ``กี  ``). The dictionary
    ties ``นิ่ม``/``นิ้ม`` and ``กี่``/``กี้`` and took ``่``; every gap of such a text is ``้``."""
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdfplumber", "Loma/pdfplumber", "Waree/pdfplumber"):
        got, true = line_by_raw("fresh33", key, "นากบุด", repair)
        assert "นิ้ม" in got.split() and "นิ้ม" in true.split(), (key, got)
        got, true = line_by_raw("fresh33", key, "กบิล", repair)
        assert got == true == "กบิล กลั้น กั๊ป กี้ เกร่อ โกว์", (key, got)


def test_pushed_tone_not_learned_as_sara_uu_where_the_text_prints_sara_uu():
    """fresh33 Laksaman/pdfplumber: its map names ``ู`` right (51 of them, ``กระสูบ``, ``ทูกัง``),
    but nine runs whose ``่`` was pushed a consonant right (``ทีห่ วัง``, ``กลบเกลีย่``) read as
    words with ``ู`` for it, and the learned map (``่`` -> ``ู``) made ``ทีหู วัง``, ``กลบเกลียู``.
    One glyph, one name: ``ู`` has its own."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh33", "Laksaman/pdfplumber", "ทิพยพยาน", repair)
    assert got == true and "ที่หวัง" in got.split(), got
    got, true = line_by_raw("fresh33", "Laksaman/pdfplumber", "กระถึก", repair)
    assert got == true and "กลบเกลี่ย" in got.split(), got
