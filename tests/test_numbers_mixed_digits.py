"""Numbers mixing Thai and Arabic digits (issue 13.6, contract: ``๙4.๔5`` is 94.45), and
digits of other scripts never read as numbers (Python's int()/float()/\\d accept them)."""
import pytest

from normalizers.fields.numbers import find_scores, parse_score, parse_year, to_ascii_digits


@pytest.mark.parametrize("cell, value", [
    ("๙4.๔5", 94.45), ("9๔.4๕", 94.45), ("๑00.00", 100.0), ("8๕", 85.0), ("(๙๗.8๗ คะแนน)", 97.87),
    ("คะแนน 9๖.๘0", 96.8), ("๐.๕0", 0.5),
])
def test_mixed_thai_arabic_digits_score(cell, value):
    got, flags = parse_score(cell)
    assert got == value and flags == []


def test_mixed_digits_score_from_issue_13():
    assert parse_score("๙4.๔5") == (94.45, [])


def test_mixed_digits_in_prose():
    got = find_scores("ได้คะแนน ๙4.๔5 คะแนน และตัวชี้วัดที่ ๒ ได้ 8๗.๒ คะแนน")
    assert [v for v, _, _ in got] == [94.45, 87.2]


@pytest.mark.parametrize("text, year", [("๒๕6๘", 2568), ("25๖๘", 2568), ("๖8", 2568), ("พ.ศ. ๒5๖๙", 2569)])
def test_mixed_digits_year(text, year):
    assert parse_year(text) == year


@pytest.mark.parametrize("cell", [
    "٩٤.٤٥",        # Arabic-Indic digits: float() reads them, a Thai report never prints them
    "９４.４５",      # fullwidth
    "၉၄.၄၅",        # Myanmar
])
def test_digits_of_other_scripts_are_not_numbers(cell):
    assert float(cell) == 94.45  # what a bare float() would have done
    got, flags = parse_score(cell)
    assert got is None and flags and flags[0].startswith("score_unreadable")


def test_lao_digits_are_thai_lookalikes_converted():
    # Lao digits are what broken Thai fonts emit for Thai ones
    assert to_ascii_digits("໙໔.໔໕") == "94.45"
    assert parse_score("໙໔.໔໕") == (94.45, [])


# Regression: a Word export (LibreOffice, Waree) runs the Thai and Arabic digits of one score as
# separate text runs: the text layer reads `i ๖ … ๔ 2.93` and the line's score came out 2.93
# (corpus dev seed 8, docx renderer).
@pytest.mark.parametrize("text,joined", [
    ("i ๖ หน่วยงานของท่าน ๔ 2.93", "i ๖ หน่วยงานของท่าน ๔2.93"),
    ("๔๗.๔ 5", "๔๗.๔5"), ("(83.๑ 0 คะแนน)", "(83.๑0 คะแนน)"), ("๙ 1.1 ๑", "๙1.1๑"), ("8 ๔.๐๘", "8๔.๐๘"),
])
def test_score_split_where_its_digits_change_script_is_joined(text, joined):
    from normalizers.fields.numbers import join_split_numbers
    assert join_split_numbers(text) == joined


@pytest.mark.parametrize("text", ["ปี ๒๕๖๖ 85.00", "ข้อ ๔ 2 ข้อ", "1 2.5", "ต.ค. ๖๖ 2567", "๑๕ 85.๕๐",
                                  "ตัวชี้วัดที่ ๑ 85.00"])
def test_numbers_that_are_not_one_split_score_stay_apart(text):
    from normalizers.fields.numbers import join_split_numbers
    assert join_split_numbers(text) == text
