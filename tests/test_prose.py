"""Scores in running text: this report's result, not last year's, not thresholds."""
from normalizers.records.prose import read_prose


def test_overall_level_tools_and_distractors():
    pages = [(1, "(ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗ ที่ผ่านมา ได้ ๘๑.๐๔ คะแนน)\n"
                 "หน่วยงานได้รับผลการประเมิน ๙๒.๕๑ คะแนน ระดับผลการประเมิน A ผ่านเกณฑ์\n"
                 "ที่กำหนดให้หน่วยงานต้องมีผลคะแนน ๘๕ คะแนนขึ้นไป\n"
                 "1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) มีคะแนนรวม ระบุ ๙๙.๒๙ คะแนน")]
    p = read_prose(pages, 2568)
    assert (p.overall, p.level) == (92.51, "A")
    assert p.tools == {"IIT": 99.29}


def test_indicator_sentence_across_a_page_break():
    pages = [(3, "พบว่า ตัวชี้วัดที่ได้คะแนนมากที่สุด ได้แก่ ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต"),
             (4, "ได้ 100 คะแนน ส่วนตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้คะแนนน้อยที่สุด 80.14 คะแนน")]
    p = read_prose(pages, 2568)
    got = {(no, score) for no, score, _, _ in p.indicators}
    assert got == {(5, 100.0), (8, 80.14)}


def test_scores_in_ocr_running_text_are_flagged():
    """Regression (scanned corpus): ``ตัวชี้วัดที่ 8 … 75.73`` OCR'd as ``15.0`` was written with no
    flag. A number in OCR'd running text has no per-digit confidence: it is always flagged."""
    from extractors.model import Extraction, PageText
    from normalizers.document import normalize

    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
            "องค์การบริหารส่วนตำบลวัฒนานคร อำเภอวัฒนานคร จังหวัดสระแก้ว\n"
            "ผลการประเมิน ITA ของหน่วยงาน ได้ ๙๒.๕๑ คะแนน ระดับ A ตัวชี้วัดที่ได้คะแนนน้อยที่สุด "
            "ได้แก่ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 80.14 คะแนน\n"
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๙๙.๒๙ คะแนน")
    for method, flagged in (("ocr", True), ("text", False)):
        ex = Extraction(doc_id="b" * 64, file_name="x.pdf", page_count=1,
                        pages=[PageText(page=1, method=method, text=text, full_text=text)])
        rec = normalize(ex)
        ind = {r["indicator_no"]: r for r in rec.indicator_scores}
        assert ind[8]["score"] == 80.14
        assert ("value_from_ocr_text" in ind[8]["flags"]) is flagged
        doc_flags = rec.document["flags"]
        assert ("overall_score_from_ocr_text" in doc_flags) is flagged
        assert ("iit_score_from_ocr_text" in doc_flags) is flagged


def test_heading_score_garbled_past_reading_gives_its_indicator_no_later_score():
    """fresh23s 24103 (scanned p2): indicator 3's heading score ``(๙๘.๑๖ คะแนน)`` was read
    ``(«๕๙๘.๑๖ คะแนน)``, no score, and indicator 6's heading number and name were garbled
    (``ตัวชีวัดทีว คุณภาพการดำเน็นงาน``): indicator 3 took indicator 6's 73.91. A number with
    ``คะแนน`` no mention took closes the statement before it."""
    pages = [(2, "ตัวชี้วัดที่๓ การใช้อำนาจ («๕๙๘.๑๖ คะแนน)\n"
                 "ตัวชีวัดทีว คุณภาพการดำเน็นงาน (๗๓.๙๑ คะแนน)")]
    p = read_prose(pages, 2568)
    assert not [s for no, s, _, _ in p.indicators if no == 3]
    # a heading read whole still gives its score
    p = read_prose([(2, "ตัวชี้วัดที่๓ การใช้อำนาจ («๕๙๘.๑๖ คะแนน)\nตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๗๓.๙๑ คะแนน)")], 2568)
    assert {(no, s) for no, s, _, _ in p.indicators} == {(6, 73.91)}
    # a number with คะแนน that is a score's bound (``คะแนนเต็ม 100 คะแนน``) does not close the statement
    p = read_prose([(1, "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน (คะแนนเต็ม 100 คะแนน) ได้ 80.14 คะแนน")], 2568)
    assert {(no, s) for no, s, _, _ in p.indicators} == {(8, 80.14)}
