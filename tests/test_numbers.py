"""Numbers: Thai/Lao digits, score cells, prose scores, B.E. years (values from the seeds)."""
import pytest

from normalizers.fields.numbers import find_scores, parse_score, parse_year, to_ascii_digits


def test_to_ascii_digits_thai_and_lao():
    assert to_ascii_digits("๘๘.๕๙") == "88.59"
    assert to_ascii_digits("໑໒໓") == "123"
    assert to_ascii_digits("i๑๒ e๕ ๐๒๓") == "i12 e5 023"
    assert to_ascii_digits("ไม่มีตัวเลข") == "ไม่มีตัวเลข"


@pytest.mark.parametrize("cell, value", [
    ("๙๘.๖๗", 98.67),          # seed 001
    ("100.00", 100.0),          # seed 003
    ("๑๐๐", 100.0),            # seed 001
    ("๐", 0.0),                 # seed 001 OIT rows
    ("๙๘", 98.0),              # seed 001 i15
    ("(๙๗.๘๗ คะแนน)", 97.87),   # seed 004 indicator cell
    ("(คะแนน ๙๖.๘๐)", 96.8),    # seed 004
    ("คะแนน ๙๖.๘๐", 96.8),
    ("(๙๖ คะแนน)", 96.0),
    ("92.50", 92.5),
    (" 80.14 ", 80.14),
])
def test_parse_score_readable(cell, value):
    got, flags = parse_score(cell)
    assert got == pytest.approx(value)
    assert flags == []


@pytest.mark.parametrize("cell", ["", None, "-", "ไม่มีข้อมูล", "A", "๙๘.๖๗.๑"])
def test_parse_score_unreadable_is_none_with_flag(cell):
    got, flags = parse_score(cell)
    assert got is None
    assert flags and flags[0].startswith("score_unreadable")


def test_parse_score_out_of_range_kept_and_flagged():
    got, flags = parse_score("๑๑๕")
    assert got == 115.0
    assert flags == ["score_out_of_range:115"]


def test_parse_score_space_inside_number_repaired_with_flag():
    got, flags = parse_score("๙ ๙.๕๗")  # seed 004 prints "ระดับ ๙ ๙.๕๗"
    assert got == pytest.approx(99.57)
    assert flags and flags[0].startswith("score_repaired")


def test_parse_score_lao_digits_converted():
    # Python's float() would accept Thai digits; parse_score must give ASCII-based floats
    got, _ = parse_score("໙໘.໖໗")
    assert got == pytest.approx(98.67)


def test_find_scores_in_prose_seed_sentences():
    s1 = "ได้รับผลการประเมิน ๙๒.๕๑ คะแนน ระดับผลการประเมิน A"
    got = find_scores(s1)
    assert [v for v, _, _ in got] == [92.51]
    v, a, b = got[0]
    assert s1[a:b] == "๙๒.๕๑"
    s2 = "(IIT) มีคะแนนรวม ระบุ ๙๙.๒๙ คะแนน"
    assert [v for v, _, _ in find_scores(s2)] == [99.29]
    s3 = "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้คะแนนน้อยที่สุด 80.14 คะแนน"
    assert [v for v, _, _ in find_scores(s3)] == [80.14]
    s4 = "คะแนน IIT 99.42 คะแนน"
    assert [v for v, _, _ in find_scores(s4)] == [99.42]


def test_find_scores_ignores_numbers_without_the_word():
    assert find_scores("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ข้อ i๑๐") == []


@pytest.mark.parametrize("s, year", [
    ("๒๕๖๘", 2568), ("2568", 2568), ("๖๘", 2568), ("69", 2569), ("พ.ศ. ๒๕๖๕", 2565),
    ("", None), (None, None), ("1999x", None), ("123", None),
])
def test_parse_year(s, year):
    assert parse_year(s) == year


def test_a_third_decimal_is_flagged():
    """Regression (scanned corpus): ``๙๘.๖๗๓`` (a digit read twice) was written as 98.673 with
    no flag; ITA scores are printed with at most two decimals."""
    from normalizers.fields.numbers import parse_score

    v, flags = parse_score("๙๘.๖๗๓")
    assert v == 98.673 and "score_unusual_precision:98.673" in flags
    assert parse_score("๙๘.๖๗") == (98.67, [])


def test_find_scores_skips_a_question_codes_number():
    # ``e9 คะแนนต่ำกว่า…``: an analysis cell's question code before คะแนน is no score (seed 17)
    assert [v for v, _, _ in find_scores("i๓ e9 คะแนนต่ำกว่าค่าเป้าหมาย (82.18 คะแนน)")] == [82.18]


def test_score_glued_to_an_ocr_letter_is_still_a_score():
    # dev seed 2, scanned: Tesseract reads the opening bracket of ``(๖๒.๑๔ คะแนน)`` as a Latin
    # letter (``(อi๖๒.14\nคะแนน)``); refusing every number after a letter (to keep ``e9 คะแนน``
    # out) lost two measures-table indicator scores. A decimal after a letter is a score; a
    # code's bare number is not.
    assert [v for v, _, _ in find_scores("ตัวชี้วัดที่๘\nการ\nปรับปรุง\nการทำงาน\n(อi๖๒.14\nคะแนน)")] == [62.14]
    assert [v for v, _, _ in find_scores("ตัวชีวัดที 5\nการแก้ไข\nปัญหาการ\nทุจริต\n(i๖๑.1๗\nคะแนน)")] == [61.17]
    assert find_scores("e9 คะแนนต่ำกว่าค่าเป้าหมาย") == []
