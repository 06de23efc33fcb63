"""Thai repair (issue 16), session 25: one test per bug fixed, on real rendered pairs of the dev
sets (tests/data/repair_fresh*.json) and on the rule's own function.

- a tone lost in a Pango gap (TLWG fonts and Noto Sans Thai via pdfplumber: ``ป  ิม``, ``ล  ี``,
  ``ห  นื หรรษ์``) went back as MAI THO wherever MAI EK read as well by the dictionary
  (``ปิ้ม``, ``ลี้``, ``หื้น``: the first tone tried won every tie); now the commoner words in the
  Thai National Corpus decide (``ปิ่ม``, ``ลี่``, ``หื่น``), as they do for a lost nikhahit's tone;
  so does the tone of a second gap after a lost nikhahit's (``ก  า  เบ้อ`` = ก่ำเบ้อ, not ก้ำ).
- PDFium's ``,`` for Noto Sans Thai's shifted MAI EK, shown a tone inside words (``เครื,อง``), stayed
  a comma where PDFium set a space before or after it (``หั , นแหลก``, ``เฝื, อน``): now the tone,
  the spaces gone, where the run then has fewer unknown characters than its two pieces.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_lost_tone_tie_goes_to_the_commoner_word():
    """A gap whose two tone readings cost the same takes the reading with the commoner words
    (``ช  นื`` reads ชื่น and ชื้น alike; ชื่น is the commoner), on the function and on real pairs."""
    from normalizers.thai import thai_dict
    from normalizers.thai.thai_lost_tones import tone_gaps
    from thai_repair_sets import line_by_raw

    assert thai_dict.score("ชื่น") == thai_dict.score("ชื้น")
    assert thai_dict.corpus_logp("ชื่น") > thai_dict.corpus_logp("ชื้น")
    assert tone_gaps("ช  นื") == "ชื่น"
    got, true = line_by_raw("fresh20", "Waree/pdfplumber", "ป  ิม", repair)
    assert got == true and "ปิ่ม" in got  # (was ปิ้ม)
    got, true = line_by_raw("fresh20", "Waree/pdfplumber", "ล  ี เลือก", repair)
    assert got == true and "ลี่" in got  # (was ลี้)
    got, true = line_by_raw("fresh20", "Waree/pdfplumber", "ห  นื หรรษ", repair)
    assert got.startswith("หื่น") and true.startswith("หื่น")  # (was หื้น; the space stays: a word list)
    # the second gap after a lost nikhahit's (C + gap + า + gap): its tone too (was ก้ำ)
    got, true = line_by_raw("fresh20", "Waree/pdfplumber", "ก  า  เบ้อ", repair)
    assert got == true and "ก่ำเบ้อ" in got


def test_pdfium_comma_tone_with_a_space_is_the_tone():
    """fresh20 NotoSansThai/pypdfium2: ``หั , นแหลก`` = หั่นแหลก, ``เฝื, อน`` = เฝื่อน, ``เปี, ยมคล้า``
    (the text shows ``,`` a MAI EK inside words: ``เพื,อนมนุษย์``); a printed comma after a word
    that reads stays (``ปฏิบัติ, ส่วน``)."""
    from normalizers.thai.thai_tones import odd_tones
    from thai_repair_sets import line_by_raw

    for printed, want in (("หั , นแหลก", "หั่นแหลก"), ("เฝื, อน", "เฝื่อน"), ("เปี, ยมคล้า", "เปี่ยมคล้า")):
        got, true = line_by_raw("fresh20", "NotoSansThai/pypdfium2", printed, repair)
        assert got == true and want in got, (printed, got)
    text = "เพื,อนมนุษย์ เรื,องเล็ก\nปฏิบัติ, ส่วน หั , นแหลก"
    assert odd_tones(text) == "เพื่อนมนุษย์ เรื่องเล็ก\nปฏิบัติ, ส่วน หั่นแหลก"
