"""Scores in running text: this report's result, not last year's, not thresholds."""
from normalizers.prose import read_prose


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
