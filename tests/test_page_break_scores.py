"""Scores lost where a page break cut a table's row (issue 13, questions and indicator scores
>= 99.5 %, never a wrong value without a flag), from real corpus renders: a development seed
is rendered by the corpus' renderers, run through the real extract and normalize stages, and
its rows are compared with the rows the corpus wrote down when it drew the document.

Bugs, one test each:
- "question score left at the page foot, table read as text lines" (dev seed 1738, HTML): a
  question table without rules; the browser broke the rows of i1 and i15 across pages, kept
  each score cell (one line) at the foot of the page and moved the code and text to the next
  page, where the row printed no score: both question scores were lost (``84.41`` was the
  last line of page 1, ``67.61`` of page 2).
- "question score left at the page foot, table read by the table finder" (dev seed 1766,
  HTML): the same in a table ruled across only: e9's and o28's scores were the last lines of
  the pages before, outside the tables, and the rows opening the next pages had empty score
  cells.
- "indicator cell broken across two tables" (dev seed 1738, Word): a measures table without
  rules; a page break cut measure 6's row, its indicator cell ``ตัวชี้วัดที่ 7 ประสิทธิ`` ended
  the table on page 15 and ``ภาพการ`` / ``สื่อสาร (87.65 คะแนน)`` opened a table of its own on
  page 16 (two rows, not stitched to the first): indicator 7's score (``measures_table``) lost.
  Again in 0.11.0 (its known regression): page 7's two-level header read as eight columns,
  page 16's first line taken for a header repeated over seven: the page-16 table is the
  carried table's continuation (its boundaries run through every line there).
"""

import pytest

from normalizers.records.indicator_cells import split_cell_indicators
from normalizers.records.scores_carry import foot_into_text

pytest.importorskip("weasyprint")

from corpus_seeds import expected_indicators, indicators_from, render_seed  # noqa: E402


def _questions(records) -> dict[str, dict]:
    return {q["question_code"]: q for q in records.question_scores}


def _want_questions(expected) -> dict[str, float]:
    return {q["question_code"]: q["score"] for q in expected["question_scores"]}


def test_question_score_left_at_the_page_foot_of_text_lines_is_joined(tmp_path):
    _, _, records, expected = render_seed(1738, tmp_path, "html")
    got, want = _questions(records), _want_questions(expected)
    assert (want["i1"], want["i15"]) == (84.41, 67.61)
    assert {c: q["score"] for c, q in got.items()} == want
    for code in ("i1", "i15"):
        assert "score_from_page_foot" in got[code]["flags"] and got[code]["confidence"] <= 0.8
    # rows that printed their own score are not touched
    assert not any("score_from_page_foot" in q["flags"] for c, q in got.items() if c not in ("i1", "i15"))


def test_question_score_left_at_the_page_foot_of_a_table_is_joined(tmp_path):
    _, _, records, expected = render_seed(1766, tmp_path, "html")
    got, want = _questions(records), _want_questions(expected)
    assert (want["e9"], want["o28"]) == (62.53, 78.58)
    assert {c: q["score"] for c, q in got.items()} == want
    assert {c for c, q in got.items() if "score_from_page_foot" in q["flags"]} == {"e9", "o28"}


def test_indicator_cell_broken_across_two_tables_is_read(tmp_path):
    _, _, records, expected = render_seed(1738, tmp_path, "docx")
    got, want = indicators_from(records, "measures_table"), expected_indicators(expected, "measures_table")
    assert want[7] == 87.65
    assert {n: r["score"] for n, r in got.items()} == want
    # the page-16 lines are the rest of measure 6's row in the carried eight columns (since
    # 0.11.1; 0.10.0 read them as a table of their own, joined by indicator_cell_split_rows):
    # one indicator cell, read whole, under the measure that printed it
    assert not {"indicator_cell_split_rows", "indicator_cell_unmapped"} & set(got[7]["flags"])
    sixth = [m for m in records.planned_measures if m["indicator_no"] == 7]
    assert [m["measure"] for m in sixth] == ["กิจกรรมปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน"]
    assert "row_split_across_pages" in sixth[0]["flags"]


def test_foot_score_joins_only_a_first_question_line_without_score():
    text = "ประเด็นการประเมิน คะแนน\ni1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่\nตามขั้นตอน\ni2 เจ้าหน้าที่ 52.60"
    joined, label = foot_into_text(text, "84.41")
    assert label == "i1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่"
    assert joined.splitlines()[1].endswith(" 84.41")
    # the first question prints its score, or an indicator heading opens the page: not its row
    assert foot_into_text("i1 การปฏิบัติงานหรือให้บริการ 90.00\ni2 เจ้าหน้าที่", "84.41")[1] is None
    assert foot_into_text("ตัวชี้วัดที่ 3 การใช้อำนาจ\ni7 ท่านเคยถูกผู้บังคับบัญชา", "84.41")[1] is None
    assert foot_into_text(text, None) == (text, None)


def test_split_cell_over_three_rows_needs_the_score_in_the_last_part():
    assert split_cell_indicators("ตัวชี้วัดที่ 7 ประสิทธิ", ["ภาพการ", "สื่อสาร (87.65 คะแนน)"]) == [(7, 87.65, [])]
    # a part before the last printing a score, or a part opening an indicator of its own: nothing
    assert split_cell_indicators("ตัวชี้วัดที่ 7 ประสิทธิ", ["ภาพการ", "ตัวชี้วัดที่ 8 (80.00 คะแนน)"]) == []
    # at most four rows (since 0.7.x: a score's parenthesis broken too, ``(๗9.26`` / ``คะแนน)``, seed 36)
    assert split_cell_indicators("ตัวชี้วัดที่ 7 ประสิทธิ", ["ภาพการ", "สื่อสาร", "(87.65 คะแนน)"]) == [(7, 87.65, [])]
    assert split_cell_indicators("ตัวชี้วัดที่ 7 ประสิทธิ", ["ภาพ", "การ", "สื่อสาร", "(87.65 คะแนน)"]) == []
