"""u52a 52100 p1 (200 dpi): indicator 3's heading printed ``(๘๔.๙๙ คะแนน)`` and OCR read ``(84.«9 คะแนน)``.
The sentence reader took the ``9`` after the glyph as the score: indicator 3 = 9.0 (flagged only by the
question-mean check). The tail of a number garbled by a glyph glued inside it is no score: the row is
not written and the heading is named unreadable (``indicator_score_unreadable:text:3``). The lines
are the page's OCR'd text."""
from __future__ import annotations

from normalizers.records.prose import read_sentences

HEADING = "ตัวชี้วัดที่๓ การใช้อำนาจ (84.«9 คะแนน)"


def test_prose_score_tail_of_garbled_number_is_no_score():
    got = read_sentences([(1, "ผลคะแนนรายข้อคำถาม\n" + HEADING)], 2567)
    assert not [r for r in got.indicators if r[0] == 3]


def test_prose_score_after_a_space_still_read():
    got = read_sentences([(1, "ตัวชี้วัดที่๓ การใช้อำนาจ (84.99 คะแนน)")], 2567)
    assert [(r[0], r[1]) for r in got.indicators] == [(3, 84.99)]


def test_indicator_cell_score_tail_of_garbled_number_is_unreadable():
    """u52a 52102 p7 (200 dpi): the measures table's indicator cell ``(๙๖.๐๐ คะแนน)`` read
    ``(๙๖.๐๐@๕ คะแนน)`` gave indicator 6 = 5.0; now no score (the caller names the cell unreadable)."""
    from normalizers.fields.indicators import cell_score
    from normalizers.fields.numbers import find_scores

    assert cell_score("(๙๖.๐๐@๕ คะแนน)") is None
    assert find_scores("(๙๖.๐๐@๕ คะแนน)") == []
    assert cell_score("ตัวชี้วัดที่๙ การ\nเปิดเผยข้อมูล\n(๙๓.๑๔ คะแนน)") == 93.14
    assert [v for v, *_ in find_scores("x62.14 คะแนน")] == [62.14]  # a letter glued before: still a score


def test_prose_score_head_glyph_after_the_bracket():
    # dev scan 53207 p3 (300 dpi, h/scan37p): ``(๙0.๑3 คะแนน)`` read ``(«๕0.๑3 คะแนน)`` (๙ as two glyphs):
    # 50.13 was taken for indicator 2 (printed 95.71); a glyph between the bracket and the number is its
    # first digit garbled, no score
    from normalizers.fields.numbers import find_scores

    assert find_scores("ตัวชี้วัดที่ว คุณภาพการดำเน็นงาน («๕0.๑3 คะแนน)") == []
    assert find_scores("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (๙0.๑3 คะแนน)") == [(90.13, 35, 40)]
