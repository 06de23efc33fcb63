"""Unbiased fresh28s 39105 p4 (300 dpi scan): the analysis cell opens ``e๔ e@ บุคลากร…`` for
``e๔ e๕``, the second code's digit read as ``@``. The measure kept e4 and lost e5 with no flag
(only ``low_confidence_ocr``, which every OCR'd row carries). A code letter and a sign or two in
the run of codes is ``code_unreadable:<token>``."""
from __future__ import annotations

from normalizers.records.measure_codes import ocr_code_doubts


def test_code_letter_and_sign_in_codes_run_is_unreadable():
    assert ocr_code_doubts("e๔ e@ บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติ") == ["code_unreadable:e@"]
    assert ocr_code_doubts("i๑๒ o* ผู้รับบริการบางราย") == ["code_unreadable:o*"]
    # readable codes, and a Thai word after them, stay as they are
    assert ocr_code_doubts("e๔ e๕ บุคลากรภายในบางส่วน") == []
    assert ocr_code_doubts("บุคลากรภายใน e@ บางส่วน") == []
