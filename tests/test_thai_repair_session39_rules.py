"""Thai repair (issue 16), session 39 (h/repair39): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json), the group repaired as one text as ``ita repair`` reads
a file.

- Noto Sans Thai read by pdfplumber sets a word's last mark after the word's real space
  (``ดีกร ีดปู ระหน่งึ`` = ``ดีกรี ดูประหนึ่ง``). Whether that space is the word's or an artefact was
  judged by reading the next run alone, but that run is broken too (``ดปู``: its SARA UU pushed onto
  the next consonant, whose run follows another space), so the joined reading always won and the
  real space went. The next run is now also read with the runs its pushed marks' artefact spaces
  cut off (as the dictionary stage joins them); the space goes only when both readings join.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_word_mark_after_its_space_keeps_the_space_when_the_next_run_reads_with_its_pushed_marks_rest():
    """fresh38 and fresh29 NotoSansThai/pdfplumber: ``ดีกร ีดปู ระหน่งึ`` reads ``ดีกรี ดูประหนึ่ง`` (not
    ``ดีกรีดูประหนึ่ง``), ``อาหรบั ราตร ีอิพเิ นฟรนิ`` reads ``อาหรับราตรี อิพิเนฟริน``; a space that only
    the pushed mark's reading keeps apart still goes (the group's other lines unchanged: fresh3's
    ``ความรู ้เพ่อื น  ามา`` keeps its space, fresh30u's ``บอร ีหมิ้ ษาปน์`` too)."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "NotoSansThai/pdfplumber"
    got, true = line_by_raw("fresh38", key, "ดีกร ีดปู", repair)
    assert got == true == "ซื่อตรง ดงหญ้า ดาดฟ้า ดีกรี ดูประหนึ่งว่า ตรงเป้า", got
    got, true = line_by_raw("fresh29", key, "ราตร ีอิพ", repair)
    assert got == true == "อับเฉา อาณัติสัญญาณ อาหรับราตรี อิพิเนฟริน อีแล่ง อุบาสก", got
    got, true = line_by_raw("fresh3", key, "ความรู ้เพ่อื", repair)
    assert "ความรู้ เพื่อนำมาดำเนินการ" in got, got
    got, true = line_by_raw("fresh30u", key, "บอร ีหมิ้", repair)
    assert "แคนเทอร์เบอรี หิ้ม" in got, got
    assert m.fresh_cer(key, repair, m.sources.fresh38_groups()) <= 0.01649
    assert m.fresh_cer(key, repair, m.sources.fresh29_groups()) <= 0.01365


def test_upper_vowel_and_tone_after_the_words_space_go_back_with_the_space_kept():
    """fresh15, fresh29, fresh31, fresh35, fresh4 NotoSansThai/pdfplumber: a word's last upper vowel and
    its tone both set after the word's real space (``แบตเตอร ี่ฝ่ัง``, ``บุหร ี่การ``) go back onto the
    consonant before the space, which stays (the single mark's rule, now for the pair): ``แบตเตอรี่ ฝั่ง``,
    ``ติดบุหรี่ ตีโค้ง``, ``หรี่ ดูหรือ``, ``ก้นบุหรี่ กระท่อม`` (it joined them: ``บุหรี่กระท่อม``)."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "NotoSansThai/pdfplumber"
    got, true = line_by_raw("fresh15", key, "แอ๊ดไวเซอร ี่โทร", repair)
    assert got == true == "แอ๊ดไวเซอรี่ โทรศัพท์ โรม่า ในที่สุด ไตรกลีเซอไรด์ ไม่เช่นนั้น", got
    got, true = line_by_raw("fresh29", key, "ติดบุหร ี่ตีโค้ง", repair)
    assert got == true == "ตลิ่ง ตะไคร่ ตัวเงินตัวทอง ตามปกติ ติดบุหรี่ ตีโค้ง", got
    got, true = line_by_raw("fresh31", key, "หร ี่ดหู รอื", repair)
    assert got == true == "หรี่ ดูหรือ อ่าวไทย กล่า ขนมจีน กระเถิบ", got
    got, true = line_by_raw("fresh35", key, "ก้นบุหร ี่กระท่อม", repair)
    assert got.startswith("ก้นบุหรี่ กระท่อมขี้หมู "), got
    got, true = line_by_raw("fresh15", key, "แบตเตอร ี่ฝ่ัง", repair)
    assert "แบตเตอรี่ ฝั่ง" in got, got
    assert m.fresh_cer(key, repair, m.sources.fresh15_groups()) <= 0.01230


def test_word_mark_after_its_space_before_a_digit_or_bracket_keeps_the_space():
    """fresh4 and fresh6 NotoSansThai/pdfplumber (budget-book and real-document lines): a word's last mark
    set after its real space before a number or a bracket (``จังหวัดชลบุร ี1 ชุด``, ``คลังความรู ้(Knowledge)``)
    goes back with the space kept: ``ชลบุรี 1 ชุด``, ``ความรู้ (Knowledge)`` (they read ``ชลบุรี1``,
    ``ความรู้(Knowledge)``)."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "NotoSansThai/pdfplumber"
    got, true = line_by_raw("fresh4", key, "ชลบุร ี1 ชุด งบประมาณ 2,100,000", repair)
    assert got == true, got
    assert got.endswith("จังหวัดชลบุรี 1 ชุด งบประมาณ 2,100,000 บาท"), got
    got, true = line_by_raw("fresh6", key, "คลังความรู ้(Knowledge)", repair)
    assert got.startswith("1.3 คลังความรู้ (Knowledge) "), got
    assert m.fresh_cer(key, repair, m.sources.fresh4_groups()) <= 0.01347
