"""Indicator and question scores lost where the table finder split or fused the cells that
hold them (issue 13, questions and indicators >= 99.5 %), from real corpus renders: a fresh
development seed is rendered by the corpus' renderers, run through the real extract and
normalize stages, and its rows are compared with the rows the corpus wrote down.

Bugs, one test each:
- "two indicator headings stacked in one row" (dev seed 2319, HTML): the indicator headings
  between the zebra question tables of a page were read as a table of their own; two of them
  fell into one row (``ตัวชี้วัดที่ตัวชี้วัดที่`` + ``๔ การใช้ทรัพย์สินของราชการ (๗๓.๕๙ คะแนน) ๕
  การแก้ไขปัญหาการทุจริต``) and the score of indicator 4 (source ``text``) was lost.
- "question code and text in the code column" (dev seed 2334, Word): the one row a page
  break left of a question table (``o20 การเปิดโอกาสให้เกิดการมีส่วนร่วม`` | empty | ``48.72``)
  printed its code and text in the code column, its question column empty: o20 was lost.
"""

import pytest

from normalizers.records.table_headings import _heading_lines

pytest.importorskip("weasyprint")

from corpus_seeds import expected_indicators, indicators_from, needs_word, render_seed  # noqa: E402


def test_two_indicator_headings_stacked_in_one_row_are_both_read(tmp_path):
    _, _, records, expected = render_seed(2319, tmp_path, "html")
    got, want = indicators_from(records, "text"), expected_indicators(expected, "text")
    assert want[4] == 73.59
    assert {n: r["score"] for n, r in got.items()} == want


def test_heading_lines_pairs_stacked_headings_with_their_numbers():
    stacked = ["ตัวชี้วัดที่ตัวชี้วัดที่", "๔ การใช้ทรัพย์สินของราชการ (๗๓.๕๙ คะแนน) ๕ การแก้ไขปัญหาการทุจริต", ""]
    assert _heading_lines(stacked) == ["ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (๗๓.๕๙ คะแนน)"]
    assert _heading_lines(["ตัวชี้วัดที่", "๒ การใช้งบประมาณ (๙๐.๖๒ คะแนน)"]) == \
        ["ตัวชี้วัดที่ ๒ การใช้งบประมาณ (๙๐.๖๒ คะแนน)"]
    # three labels, two headings: which number is whose is not known, nothing is read
    assert _heading_lines(["ตัวชี้วัดที่ตัวชี้วัดที่ตัวชี้วัดที่", "๔ ก (๗๓.๕๙ คะแนน) ๕ ข"]) == []
    # a question row (code | text | score) is no heading
    assert _heading_lines(["i๔", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน", "๗๓.๕๙"]) == []


def test_question_code_and_text_in_the_code_column_is_read(tmp_path):
    needs_word()
    _, _, records, expected = render_seed(2334, tmp_path, "docx")
    got = {q["question_code"]: q["score"] for q in records.question_scores}
    want = {q["question_code"]: q["score"] for q in expected["question_scores"]}
    assert want["o20"] == 48.72
    assert got == want


# --- scans (fresh dev scan seeds 2705 and 2710, HTML at 300 dpi): the cells and lines below are
# what Tesseract returned for them (extractors/ocr), kept as text so no test re-OCRs a page

_OIT_ROWS = [("๐๑", "โครงสร้าง", "๙๐.๖๕"), ("๐๒", "ข้อมูลผู้บริหาร", "๙๗.๑๒"), ("๐๓", "อำนาจหน้าที่", "๔๗.๘๖"),
             ("๐๙", "Social Network", "๗๗.๔๘"), ("๐๑๐", "แผนดำเบินงานประจำปี", "๔๐.๒๗"),
             ("๐๑๑", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน", "๖๖.๖๓")]


def _oit_table(rows) -> "Table":
    from normalizers.tables.grid import Row, Table
    return Table(page=3, index=1, header=[], n_cols=3,
                 rows=[Row(cells=list(r), page=3, conf=[0.9] * 3) for r in rows])


def test_oit_codes_ocr_read_with_a_zero_are_a_code_column():
    """Seed 2710 (q.code_column=separate, no header): OCR read the letter of ``o1`` … ``o43`` as a
    Thai zero (``๐๑``, ``๐๑๐``); the code column typed as row numbers, the table stayed unmapped
    and all 43 OIT question scores were lost (seed 2705: 28 of them)."""
    from normalizers.fields.codes import resolve_question
    from normalizers.tables.codecol import join_code_columns
    from normalizers.tables.roles import classify
    t = join_code_columns(_oit_table(_OIT_ROWS))
    assert "code_column_joined:c0" in t.flags and t.rows[4].cells[0] == "๐๑๐ แผนดำเบินงานประจำปี"
    lay = classify(t)
    assert lay.kind == "questions" and lay.roles == ["question", "score"]
    code, _, flags = resolve_question("๐๑๐", "แผนดำเบินงานประจำปี", 2564)
    assert code == "o10" and flags == ["code_repaired:๐๑๐->o10"]


def test_zero_padded_row_numbers_are_no_oit_codes():
    # ``๐๑`` … ``๐๙`` alone could be zero-padded row numbers: with no ``๐NN`` code, and no text beside
    # them that reads as the catalog's OIT question of their number (since 0.34.0 ``โครงสร้าง`` beside
    # ``๐๑`` says o1: ``codecol._oit_text``), not joined
    rows = [(n, t, s) for (n, _, s), (_, t, _) in zip(_OIT_ROWS[:4], [_OIT_ROWS[1], _OIT_ROWS[3], _OIT_ROWS[0], _OIT_ROWS[2]])]
    t = _oit_table(rows)
    from normalizers.tables.codecol import join_code_columns
    assert join_code_columns(t) is t


def test_indicator_heading_whose_number_ocr_garbled_is_read_by_its_name():
    """Seed 2705: ``ตัวชี้วัดที่ซ ประสิทธิภาพการสื่อสาร(๖๘.๘๙ คะแนน)`` (Tesseract has no ๗) was
    not read as a heading; the sentence reader then joined it to the heading above with no
    score (``ตัวชี้วัดที่« การใช้ทรัพย์สินของราชการ``) and gave 68.89 to indicators 4 and 7."""
    from normalizers.records.prose import read_prose
    page = ("ตัวชี้วัดที่๓ การใช้อำนาจ\nตัวชี้วัดที่« การใช้ทรัพย์สินของราชการ\n"
            "ตัวชี้วัดที่๕ การแก้ไขปัญหาการทุจริต(๖๑.๕๔ คะแนน)\nตัวชี้วัดที่๖ คุณภาพการดำเนินงาน\n"
            "ตัวชี้วัดที่ซ ประสิทธิภาพการสื่อสาร(๖๘.๘๙ คะแนน)")
    got = read_prose([(2, page)], 2567)
    assert [(no, v, f) for no, v, _, f in got.indicators] == [(5, 61.54, []), (7, 68.89, [])]


def test_indicator_heading_fused_into_an_ocr_question_row_is_split_off():
    """Seed 2703 (per_indicator question tables, no header): on the OCR'd page the line finder
    took each indicator heading in as the first line of the question row under it
    (``ตัวชี้วัดที่๕การแก้ไขปัญหาการทุจริต⏎iamผู้บริหารสูงสุด…`` | ``๗๔.๒๑``): the row was read as
    an ``analysis_table`` indicator row with the question's score and the question was lost."""
    from normalizers.records.scores import ScoreRows, question_rows
    from normalizers.tables.grid import Row, Table
    from normalizers.tables.roles import classify
    cells = [("i๑๒ การกำกับดูแลและตรวจสอบทรัพย์สินของหน่วยงานสามารถป้องกันการนำทรัพย์สินของหน่วยงานไปใช้ประโยชน์ส่วนตัว มากน้อยเพียงใด", "๘๒.๑๐"),
             ("ตัวชี้วัดที่๕การแก้ไขปัญหาการทุจริต\niamผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการแก้ไขปัญหาการทุจริต มากน้อยเพียงใด", "๗๔.๒๑"),
             ("i๑๔ ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน สามารถป้องกันได้มากน้อยเพียงใด", "๕๘.๐๙")]
    rows = [Row(cells=[q.replace("\n", " "), s], lines=[q, s], page=2, conf=[0.9, 0.9]) for q, s in cells]
    t = Table(page=2, index=0, header=[], rows=rows, n_cols=2)
    lay = classify(t)
    out = ScoreRows()
    question_rows(t, lay, out, 2569, {})
    assert not out.indicators  # the heading has no score of its own
    got = {q["question_code"]: q["score"] for q in out.questions}
    assert got["i12"] == 82.1 and got["i14"] == 58.09
    # the split-off question (its code garbled to ``iam``) is kept for the code sequence, its score its own
    assert 74.21 in [q["score"] for q in out.questions]
    assert [r.cells[0] for r in t.rows][1] == "ตัวชี้วัดที่๕การแก้ไขปัญหาการทุจริต"


def test_tool_line_whose_iit_key_ocr_glued_to_its_score_is_read():
    """Seeds 2703, 2706: ``117๗๗.๔๘ | EIT ๗๘.๒๔ | OIT ๘๖.๑๔`` (OCR made ``IIT`` ``117`` and glued it
    to its score): none of the three tool scores was read."""
    from normalizers.records.keyvalue import read_keyvalues
    r = read_keyvalues([(1, "117๗๗.๔๘ | EIT ๗๘.๒๔ | OIT ๘๖.๑๔")], 2565)
    assert {t: v for t, (v, _, _) in r.tools.items()} == {"IIT": 77.48, "EIT": 78.24, "OIT": 86.14}
    assert r.flags == ["keyvalue_key_garbled:iit"]
    # a number before the tools that is no garbled key: the line is not a tool line
    assert read_keyvalues([(1, "2567 77.48 | EIT 78.24 | OIT 86.14")], 2565).tools == {}
