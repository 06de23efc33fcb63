"""Word breaks a number where its digits change script: a mixed-digit report printed its overall
score as ``ได้คะแนน 77.๗`` at a line's end and ``๑ คะแนน อยู่ในระดับ ไม่ผ่าน`` on the next line. The
running-text reader took 77.7 (one decimal, a whole number later) with no flag, the only wrong
value without a flag on the unbiased born-digital set fresh21 (21547 docx, 0.20.0 and 0.21.0 before
this fix). The wrapped decimal before ``คะแนน`` now completes the score (flag
``score_decimal_wrapped:77.71``), and ``1 คะแนน`` is no score of its own."""
from __future__ import annotations

import shutil

import pytest

from corpus_seeds import render_seed
from normalizers.records.prose import score_mentions


def test_wrapped_last_decimal_completes_the_score():
    wrapped: list[float] = []
    text = "เทศบาลตำบลบ้านแพง ได้คะแนน 77.7 1 คะแนน อยู่ในระดับ ไม่ผ่าน"
    assert [v for v, _, _ in score_mentions(text, wrapped)] == [77.71]
    assert wrapped == [77.71]


def test_one_decimal_score_with_its_unit_stays_as_printed():
    wrapped: list[float] = []
    assert [v for v, _, _ in score_mentions("ได้คะแนน 77.7 คะแนน อยู่ในระดับ", wrapped)] == [77.7]
    assert [v for v, _, _ in score_mentions("ได้คะแนน 77.7 ระดับ 1 คะแนน", wrapped)] == [77.7, 1.0]
    assert wrapped == []


def test_overall_score_wrapped_in_a_word_report(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(21547, tmp_path, "docx")
    assert exp["document"]["overall_score"] == 77.71
    assert rec.document["overall_score"] == 77.71
    assert "score_decimal_wrapped:77.71" in rec.document["flags"]


# fresh23 24005 docx (0.22.0: the only wrong value without a flag on that unbiased born-digital
# set): ``ได้คะแนน 80.`` ended a line and ``๓6 คะแนน`` began the next; 80.0 was taken, no flag


def test_decimals_wrapped_after_the_point_complete_the_score():
    wrapped: list[float] = []
    text = "เทศบาลตำบลบางระกำ ได้คะแนน 80. 36 คะแนน อยู่ในระดับ B"
    assert [v for v, _, _ in score_mentions(text, wrapped)] == [80.36]
    assert wrapped == [80.36]


def test_point_or_integer_part_wrapped_complete_the_score():
    for text, want in (("ได้คะแนน 80 .36 คะแนน อยู่ในระดับ B", 80.36),
                       ("ได้คะแนน 8 0.36 คะแนน อยู่ในระดับ B", 80.36)):
        wrapped: list[float] = []
        assert [v for v, _, _ in score_mentions(text, wrapped)] == [want]
        assert wrapped == [want]


def test_two_numbers_are_not_joined_into_one():
    wrapped: list[float] = []
    # two whole numbers, a joined value over 100, three decimals: no wrapped score
    assert [v for v, _, _ in score_mentions("ได้ 8 0 คะแนน", wrapped)] == [8.0, 0.0]
    assert [v for v, _, _ in score_mentions("ได้คะแนน 95. 36.5 คะแนน", wrapped)] == [95.0, 36.5]
    assert [v for v, _, _ in score_mentions("ได้คะแนน 99. 123 คะแนน", wrapped)] == [99.0]
    assert wrapped == []


def test_overall_score_decimals_wrapped_in_a_word_report(tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice not installed")
    _, _, rec, exp = render_seed(24005, tmp_path, "docx")
    assert exp["document"]["overall_score"] == 80.36
    assert rec.document["overall_score"] == 80.36
    assert "score_decimal_wrapped:80.36" in rec.document["flags"]
