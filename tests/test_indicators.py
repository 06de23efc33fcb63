"""Indicators by official name (not printed number); scores in cells and prose (seed text)."""
import pytest

from normalizers.fields.indicators import (
    INDICATORS, TOOL_OF, cell_score, find_indicator_scores, flag_duplicate_indicators,
    indicator_from_questions, indicator_of_question, match_indicator, printed_number,
    resolve_row_indicator,
)


def test_official_names_and_tools():
    assert INDICATORS == {
        1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ",
        4: "การใช้ทรัพย์สินของราชการ", 5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน",
        7: "ประสิทธิภาพการสื่อสาร", 8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล",
        10: "การป้องกันการทุจริต",
    }
    assert [TOOL_OF[n] for n in range(1, 11)] == ["IIT"] * 5 + ["EIT"] * 3 + ["OIT"] * 2


# seed 004's indicator column: printed number, official number, renumber flag, cell score
SEED_004 = [
    ("๑. การปฏิบัติหน้าที่ (๙๗.๘๗ คะแนน)", 1, None, 97.87),
    ("๒. การใช้ งบประมาณ (๙๗.๔๕ คะแนน)", 2, None, 97.45),
    ("๓. การใช้ งบประมาณ (๘๗.๘๗ คะแนน)", 2, "indicator_renumbered:3->2", 87.87),
    ("๔. การใช้ทรัพย์สิน ของราชการ (๙๙.๕๗ คะแนน)", 4, None, 99.57),
    ("๕.คุณภาพการดำเนินงาน (๑๐๐ คะแนน)", 6, "indicator_renumbered:5->6", 100.0),
    ("๖. คุณภาพการดำเนินงาน (คะแนน ๙๖.๘๐)", 6, None, 96.8),
    ("๗. ประสิทธิภาพ การสื่อสาร (๙๗.๖๐ คะแนน)", 7, None, 97.6),
    ("๘. ประสิทธิภาพ การสื่อสาร (๙๖ คะแนน)", 7, "indicator_renumbered:8->7", 96.0),
    ("๙. การปรับปรุง ทำงาน (๙๕.๒๐ คะแนน)", 8, "indicator_renumbered:9->8", 95.2),
    ("๑๐.การปรับปรุง ทำงาน (๙๖ คะแนน)", 8, "indicator_renumbered:10->8", 96.0),
]


@pytest.mark.parametrize("text, no, flag, score", SEED_004)
def test_seed_004_indicator_cells(text, no, flag, score):
    got, conf, flags = match_indicator(text)
    assert got == no
    assert conf > 0.5
    if flag:
        assert flag in flags
    else:
        assert not any(f.startswith("indicator_renumbered") for f in flags)
    assert cell_score(text) == pytest.approx(score)


@pytest.mark.parametrize("text, no", [
    # seed 003 (wrapped names)
    ("๑. การปฏิบัติ หน้าที่", 1), ("๒. การใช้ งบประมาณ", 2), ("๓. การใช้อำนาจ", 3),
    ("๔. การใช้ ทรัพย์สิน ของราชการ", 4), ("๕. การแก้ไข ปัญหาการทุจริต", 5),
    ("๖. คุณภาพการดำเนินงาน", 6), ("๗. ประสิทธิภาพ การสื่อสาร", 7),
    ("๘. การปรับปรุง การทำงาน", 8), ("๙. การเปิดเผย ข้อมูล", 9), ("๑๐. การป้องกันการทุจริต", 10),
    # seed 000 (long / wrapped variants)
    ("ตัวชี้วัดที่ 3 การใช้อำนาจในการบริหารงานบุคคล", 3),
    ("ตัวชี้วัดที่ 3 การใช้ อำนาจใน การ บริหารงาน บุคคล", 3),
    ("ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน", 8),
    ("ตัวชี้วัดที่ 8 การปรับปรุง ระบบการ ทำงาน", 8),
    ("ตัวชี้วัดที่ 4 การใช้ทรัพย์สิน ของราชการ", 4),
    # seed 001 / 003 results table
    ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", 10), ("8\tการปรับปรุงการทำงาน", 8),
    ("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", 7),
])
def test_wrapped_and_variant_names(text, no):
    got, conf, flags = match_indicator(text)
    assert got == no
    assert not any(f.startswith("indicator_renumbered") for f in flags)


def test_number_only_is_fallback_with_flag():
    assert match_indicator("ตัวชี้วัดที่ 5") == (5, 0.5, ["indicator_by_number:5"])
    assert match_indicator("๕") == (5, 0.5, ["indicator_by_number:5"])


def test_unmatched():
    no, conf, flags = match_indicator("กลไกและ มาตรการในการ แก้ไข")
    assert no is None and conf == 0.0 and "indicator_unmatched" in flags
    assert match_indicator(None)[0] is None


def test_issue_headings_are_not_indicator_numbers():
    # seed 001 "ประเด็นที่ 2 การให้บริการและระบบ E-Service" is not indicator 2
    no, _, flags = match_indicator("ประเด็นที่ 2 การให้บริการและระบบ E-Service")
    assert no is None and "indicator_from_issue_heading" in flags
    no, conf, flags = match_indicator("ประเด็นที่1 การปฏิบัติหน้าที่")
    assert no == 1 and conf <= 0.6


def test_printed_number():
    assert printed_number("๑๐.การปรับปรุง ทำงาน") == 10
    assert printed_number("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล") == 9
    assert printed_number("การเปิดเผยข้อมูล") is None
    assert printed_number("๙.๑ ข้อมูลพื้นฐาน") is None


def test_indicator_of_question_from_catalog():
    assert indicator_of_question("i5", 2568) == 2
    assert indicator_of_question("i6", 2568) == 2
    assert indicator_of_question("e7", 2568) == 8
    assert indicator_of_question("e8", 2568) == 8
    assert indicator_of_question("o23", 2568) == 10
    assert indicator_of_question("i7", 2565) == 2
    assert indicator_of_question("x1", 2568) is None
    assert indicator_of_question(None, 2568) is None


def test_seed_004_budget_row_name_and_questions_agree():
    # "๓. การใช้ งบประมาณ" with question ๖๕ (= i5): indicator 2, renumber flagged
    no, conf, flags = resolve_row_indicator("๓. การใช้ งบประมาณ (๘๗.๘๗ คะแนน)", ["i5"], 2568)
    assert no == 2 and "indicator_renumbered:3->2" in flags


def test_seed_004_two_improvement_rows_both_indicator_8_and_flagged_duplicate():
    a = resolve_row_indicator("๙. การปรับปรุง ทำงาน (๙๕.๒๐ คะแนน)", ["e7"], 2568)
    b = resolve_row_indicator("๑๐.การปรับปรุง ทำงาน (๙๖ คะแนน)", ["e8"], 2568)
    assert a[0] == 8 and b[0] == 8
    assert flag_duplicate_indicators([a[0], b[0], 7]) == [
        ["indicator_duplicate_row:8"], ["indicator_duplicate_row:8"], []]


def test_row_without_name_uses_questions_then_number():
    no, conf, flags = resolve_row_indicator("กลไกและ มาตรการในการ แก้ไขและป้องกัน", ["o15"], 2568)
    assert no == 9 and "indicator_from_questions:9" in flags
    no, conf, flags = resolve_row_indicator("๓.", ["i5"], 2568)
    assert no == 2 and "indicator_renumbered:3->2" in flags


def test_row_questions_disagree_name_wins_with_flag():
    no, conf, flags = resolve_row_indicator("๒. การใช้ งบประมาณ", ["i9"], 2568)
    assert no == 2 and "indicator_questions_disagree:3" in flags and conf <= 0.7


def test_indicator_from_questions_split_vote():
    assert indicator_from_questions(["e4", "e5"], 2568) == (7, [])
    assert indicator_from_questions(["i1", "i4"], 2568) == (None, ["indicator_questions_split:1,2"])
    assert indicator_from_questions([], 2568) == (None, [])


def test_prose_scores_seed_000():
    text = ("พบว่า ตัวชี้วัดที่ได้คะแนนมากที่สุด ได้แก่ ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต "
            "10 การป้องกันการทุจริต ได้ 100 คะแนน ส่วนตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน "
            "ได้คะแนนน้อยที่สุด 80.14 คะแนน")
    got = find_indicator_scores(text)
    assert [(n, s) for n, s, _ in got] == [(5, 100.0), (8, 80.14)]
    assert "indicator_several_names:5,10" in got[0][2]


def test_prose_scores_thai_digits():
    got = find_indicator_scores("ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน ได้คะแนนน้อยที่สุด ๘๐.๑๔ คะแนน")
    assert [(n, s) for n, s, _ in got] == [(8, 80.14)]


def test_cell_score_none_without_score():
    assert cell_score("๓. การใช้อำนาจ") is None


def test_printed_number_after_a_row_number_is_the_marks():
    from normalizers.fields.indicators import printed_number
    # a sequence column read with the indicator column: ``4`` is the row's number (seed 17)
    assert printed_number("4 ตัวชี้วัดที่ 8 การ e9 คะแนนต่ำกว่า") == 8
    assert printed_number("๓. การใช้อำนาจ") == 3
    assert printed_number("ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน") == 8
