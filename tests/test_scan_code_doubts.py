"""Codes opening a scanned analysis cell that OCR may have misread get a flag
(real OCR strings of the layout-space scans, ``corpus fuzz --seeds N --renderer html --scan``).

- dev seed 18500 (300 dpi), page 5, measure 3: ``i๑ ibยังไม่มีการรายงานผล…`` for ``i๑ i๖``:
  ``ib`` glued to the finding was neither a code nor flagged (i6 lost with no flag);
- dev seed 18801 (300 dpi), page 6: ``o๑๔ ๐๒ผู้รับ…`` for o14 o26: the ``๖`` dropped where
  Tesseract missed the gap before the text, o2 read with only ``low_confidence_ocr``;
- dev seed 18805 page 5: ``e4 ๑6 บุคลากร…`` for e4 e6: ``๑6`` read as no code, unflagged;
- dev seed 18810 page 9: ``i9 |i๑ ผู้รับ…`` for i9 i12: i1 with only ``low_confidence_ocr``.
"""
from normalizers.records.measure_codes import garbled_codes_lead, ocr_code_doubts


def test_garbled_code_glued_to_finding():
    assert garbled_codes_lead("i๑ ibยังไม่มีการรายงานผล") == (["ib"], "i๑ ยังไม่มีการรายงานผล")
    assert garbled_codes_lead("eo em บุคลากร") == (["eo", "em"], "บุคลากร")  # unchanged


def test_one_digit_code_glued_is_doubted():
    assert ocr_code_doubts("o๑๔ ๐๒ผู้รับบริการบางรายเห็น") == ["code_digit_unsure:๐๒"]
    assert ocr_code_doubts("o๒ผู้รับบริการ") == ["code_digit_unsure:o๒"]
    # two digits glued, or one digit followed by a space: read as printed
    assert ocr_code_doubts("i๒ i๒๑ผู้รับบริการบางราย") == []
    assert ocr_code_doubts("e๒ เจ้าหน้าที่") == []


def test_digits_among_codes_reading_as_none_unreadable():
    assert ocr_code_doubts("e4 ๑6 บุคลากร") == ["code_unreadable:๑6"]
    assert ocr_code_doubts("i๑๓ 1๑๔ ผลการประเมิน") == []  # 1๑๔ is i14
    assert ocr_code_doubts("ผู้รับบริการ 12 ราย") == []  # no code run opens the cell


def test_one_digit_code_after_a_speck_is_doubted():
    # dev seed 18810 scanned page 9: ``i9 |i๑ ผู้รับบริการบาง…`` for i9 i12
    assert ocr_code_doubts("i9 |i๑ ผู้รับบริการบาง") == ["code_digit_unsure:|i๑"]
    assert ocr_code_doubts("i9 i๑ ผู้รับบริการบาง") == []


def test_short_garble_before_the_codes_is_unreadable():
    # dev seed 18509 scanned page 4: ``อฒ e๘ / บูุคลากร…`` for ``e๗ e๘``: e7 lost with no flag about it
    assert ocr_code_doubts("อฒ e๘\nบูุคลากร\nภายในบาง") == ["code_unreadable:อฒ"]
    assert ocr_code_doubts("ข้อ i๒ เจ้าหน้าที่") == []
    assert ocr_code_doubts("- i๒ เจ้าหน้าที่") == []


def test_garbled_later_line_of_a_code_cell_is_unreadable():
    # a code cell's later line that Tesseract garbled, where the pixels do not read it back:
    # fresh dev seed 19509 scanned page 7 ``i๑๗\nโ[๑๘`` for i17 i18, dev seed 21000 page 8
    # ``i๔\nié`` for i4 i5: the second code was lost with no flag about it
    assert ocr_code_doubts("i๑๗\nโ[๑๘") == ["code_unreadable:โ[๑๘"]
    assert ocr_code_doubts("i๔\nié") == ["code_unreadable:ié"]
    assert ocr_code_doubts("i๒\ni๓") == []
    assert ocr_code_doubts("i๔ ié") == ["code_unreadable:ié"]  # the cell's lines joined, as the normalizer reads it
    assert ocr_code_doubts("o๑๕ รายงาน\n๒๕๖๗") == []  # a year on its own line is no code
    assert ocr_code_doubts("ผู้รับ\nโ[๑๘") == []  # no run of codes above it


def test_latin_garble_before_a_code_glued_to_the_finding():
    # unbiased fresh26s 36109 p8: ``Coo e๑๓ผู้รับบริการ…`` for ``e๑๑ e๑๓``: e11 lost with no flag about it
    assert ocr_code_doubts("Coo e๑๓ผู้รับบริการบาง\nรายเห็นว่า") == ["code_unreadable:Coo"]
    assert ocr_code_doubts("e๑๒ e๑๓ผู้รับบริการ") == []
