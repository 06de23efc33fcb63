"""fresh24s 30108 (unbiased scan, 300 dpi): the indicator heading ``ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน
(๙๑.๑๘ คะแนน)`` OCR'd with its unit word garbled, ``(91.18 คะแนบน)``; every reader of headings keys on
``คะแนน``, so indicator 8's score was lost in an ``ok`` document, with no flag."""
from extractors.model import Extraction, PageText
from normalizers.document import normalize
from normalizers.thai.ocr_words import mend_score_word


def test_garbled_unit_after_a_number_is_written_back():
    assert mend_score_word("ตัวชี้วัดที่8 การปรับปรุงการทำงาน (91.18 คะแนบน)") == \
        "ตัวชี้วัดที่8 การปรับปรุงการทำงาน (91.18 คะแนน)"
    assert mend_score_word("ได้ ๘๔.๒๐ คะเนน") == "ได้ ๘๔.๒๐ คะแนน"
    # words that are not the unit, or longer words that begin with it, are left alone
    for text in ("ได้ 84.20 คะแนนรวม", "5 คะแนนที่", "ปี 2567 ครบถ้วน", "12 คน", "ได้ 84.20 คะแนน"):
        assert mend_score_word(text) == text


# page 3 of the scan as Tesseract read it (0.24.0)
PAGE3 = "\n".join([
    "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "ตัวชี้วัดที่7 ประสิทธิภาพการสื่อสาร (76.06 คะแนน)",
    "ตัวชี้วัดที่8 การปรับปรุงการทำงาน (91.18 คะแนบน)",
    "ตัวชี้วัดที่9 การเปิดเผยข้อมูล",
    "ตัวชี้วัดที่10 การป้องกันการทุจริต (99.90 คะแนน)",
])


def _indicators(method: str) -> dict:
    ex = Extraction(doc_id="c" * 64, file_name="x.pdf", page_count=1, tables=[],
                    pages=[PageText(page=1, method=method, text=PAGE3, full_text=PAGE3)])
    return {r["indicator_no"]: r["score"] for r in normalize(ex).indicator_scores}


def test_heading_score_with_its_unit_garbled_by_ocr_is_read():
    assert _indicators("ocr") == {7: 76.06, 8: 91.18, 10: 99.9}


def test_text_layer_is_not_mended():
    """A text layer prints what the author typed: only OCR'd pages are mended."""
    assert _indicators("text") == {7: 76.06, 10: 99.9}
