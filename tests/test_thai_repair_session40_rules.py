"""Thai repair (issue 16), session 40 (h/repair40): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json), the group repaired as one text as ``ita repair`` reads
a file.

- LibreOffice TH Sarabun IT9 read by pdfplumber (fresh39): the map names the shifted tone glyph
  (MAI THO drawn over an upper vowel) ``%``, and pdfplumber sets it after the syllable it belongs
  to, often with a space after it (``ขึน%``, ``ผึง% งาน``, ``นา้ำ%``). Only a bracket was read as a
  tone there; other punctuation stayed. Now, in a text whose in-word places show the character to
  be a tone, punctuation after its syllable is read as a paired bracket is (the tone where the run
  then holds an unknown character fewer), and where two such places do, a tie takes the tone too
  (``ขอบกัน%`` = ขอบกั้น: both are words).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_tone_glyph_named_as_punctuation_after_its_syllable_is_that_tone():
    """fresh39 word-SarabunIT9/pdfplumber: ``ขอบกัน% ขายปลีก ขึน%`` reads ``ขอบกั้น ขายปลีก ขึ้น``,
    ``ผึง% งาน`` reads ``ผึ้งงาน`` (the space after it is the glyph's), ``นา้ำ% ใจใคร่`` reads
    ``น้ำใจใคร่`` (before SARA AM); fresh30am's ``!`` the same way. A ``%`` after a number stays."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "word-SarabunIT9/pdfplumber"
    got, true = line_by_raw("fresh39", key, "ขอบกัน%", repair)
    assert got == true == "ขม่อม ขอบกั้น ขายปลีก ขึ้น ข้อบัญญัติ คงอยู่", got
    got, true = line_by_raw("fresh39", key, "ผึง% งาน", repair)
    assert got == true == "ปือ ป้องกัน ผะอืดผะอม ผึ้งงาน ผู้ประกาศ ผู้เฒ่า", got
    got, true = line_by_raw("fresh39", key, "นา้ำ% ใจ", repair)
    assert got == true == "นักฟุตบอล นางฟ้า นิทาฆะ นี่เอง น้อยหน้า น้ำใจใคร่", got
    got, true = line_by_raw("fresh39", key, "การซา้ำ%", repair)
    assert got == true == "กล้วยไข่ กะทิขูด กัณณ์ กาพย์กลอน การซ้ำ การปลดปล่อย", got
    assert m.fresh_cer(key, repair, m.sources.fresh39_groups()) <= 0.00400
    assert m.fresh_cer(key, repair, m.sources.fresh30am_groups()) <= 0.00420
    # printed punctuation after Thai, in a text that shows no tone glyph named so, stays
    assert repair("อัตราเพิ่มขึ้น 5% ต่อปี ดังนี:") == "อัตราเพิ่มขึ้น 5% ต่อปี ดังนี:"


def test_tone_alone_at_the_line_end_goes_over_an_upper_vowel():
    """fresh39 word-SarabunIT9/pypdfium2: PDFium sets the shifted tone glyph (drawn over an upper
    vowel) alone at the line's end; it went on whichever consonant read best (``แท้นท์ค``), on a tie
    the nearest. Now, among the marks placed best-first, it goes on a consonant whose one mark is an
    upper vowel where one reads better: ``ฉัตรสามชัน ... สคิบ ้`` reads ``ฉัตรสามชั้น``. fresh23 and fresh36
    NotoSansThai/pypdfium2 and fresh32 word-SarabunIT9/pypdfium2 get better too."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "word-SarabunIT9/pypdfium2"
    got, true = line_by_raw("fresh39", key, "ฉัตรสามชัน", repair)
    assert got == true == "ฉัตรสามชั้น ตัวทด แทนท์ค ข้อต กลัม สคิบ", got
    # on a tie too, where that reads as commonly (the corpus): ``หิว ... เลยทีเดียว ้`` reads ``หิ้ว`` (not
    # ``เล้ย``), fresh's ``แผนทังเล่ม ... ของหน่วยงาน ้`` reads ``แผนทั้งเล่ม ... ของ`` (not ``ข้อง``)
    got, true = line_by_raw("fresh39", key, "หิว สูงๆ", repair)
    assert got == true == "แพร่หลาย หิ้ว สูงๆ แม่ทัพ พนักงาน เลยทีเดียว", got
    got, true = line_by_raw("fresh", "NotoSansThai/pypdfium2", "แผนทังเล่ม", repair)
    assert "แผนทั้งเล่มเผยแพร่ในเว็บไซต์ของหน่วยงาน" in got, got
    assert m.fresh_cer(key, repair, m.sources.fresh39_groups()) <= 0.00452
    assert m.fresh_cer("NotoSansThai/pypdfium2", repair, m.sources.fresh36_groups()) <= 0.00515
