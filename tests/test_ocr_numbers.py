"""normalizers/fields/ocr_numbers.py: a value from a scan's running text takes the
recognizer's confidence of the number printed with that value."""
from normalizers.fields.ocr_numbers import UNLISTED_CONF, number_conf


def test_value_printed_twice_takes_the_less_sure_reading():
    nums = [["๘๑.๕๓", 0.97], ["81.53", 0.72], ["๗๕.๔๔", 0.95]]
    assert number_conf(nums, 81.53) == 0.72
    assert number_conf(nums, 75.44) == 0.95


def test_value_the_recognizer_did_not_read_is_unsure():
    assert number_conf([["๗๓.๔๑", 0.99]], 73.14) == UNLISTED_CONF
    assert number_conf([], 73.41) == UNLISTED_CONF
    assert number_conf([["๗๓.๔๑", 0.99]], None) == UNLISTED_CONF


def test_scores_in_ocr_text_flagged_by_the_recognizers_confidence():
    """A score in a scan's sentences is as trusted as the recognizer's reading of it: sure
    (>= 0.9) -> no flag, like a table cell; unsure, or not re-read at all -> flagged."""
    from extractors.model import Extraction, PageText
    from normalizers.document import normalize

    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
            "องค์การบริหารส่วนตำบลวัฒนานคร อำเภอวัฒนานคร จังหวัดสระแก้ว\n"
            "ผลการประเมิน ITA ของหน่วยงาน ได้ ๙๒.๕๑ คะแนน ระดับ A ตัวชี้วัดที่ได้คะแนนน้อยที่สุด "
            "ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 80.14 คะแนน\n"
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๙๙.๒๙ คะแนน\n"
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ ๘๘.๑๐ คะแนน")
    numbers = [["๒๕๖๘", 0.99], ["๙๒.๕๑", 0.97], ["80.14", 0.95], ["๙๙.๒๙", 0.55]]  # ๘๘.๑๐: Tesseract's own
    ex = Extraction(doc_id="c" * 64, file_name="x.pdf", page_count=1,
                    pages=[PageText(page=1, method="ocr", text=text, full_text=text, numbers=numbers)])
    rec = normalize(ex)
    ind = {r["indicator_no"]: r for r in rec.indicator_scores}
    assert ind[8]["score"] == 80.14 and "value_from_ocr_text" not in ind[8]["flags"]
    flags = rec.document["flags"]
    assert rec.document["overall_score"] == 92.51 and "overall_score_from_ocr_text" not in flags
    assert rec.document["iit_score"] == 99.29 and "iit_score_from_ocr_text" in flags
    assert rec.document["eit_score"] == 88.10 and "eit_score_from_ocr_text" in flags
