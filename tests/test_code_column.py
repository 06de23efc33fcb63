"""Regression: a question table printing the codes in a column of their own (`i๑ | <text> |
<score>`), without a header, gave 0 question scores: the code column was taken for the
question and the texts for a measure (corpus dev seeds 15 and 16)."""
from normalizers.tables.codecol import join_code_columns
from normalizers.tables.grid import Row, Table
from normalizers.tables.roles import classify

TEXTS = ["หน่วยงานของท่านมีการใช้งบประมาณเพื่อประโยชน์ส่วนตัวหรือไม่",
         "เจ้าหน้าที่ปฏิบัติงานตามขั้นตอนและระยะเวลาที่กำหนดหรือไม่",
         "หน่วยงานมีการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างอย่างครบถ้วนหรือไม่",
         "ผู้บริหารให้ความสำคัญกับการแก้ไขปัญหาการทุจริตหรือไม่"]


def _table(header: list[list[str]]) -> Table:
    rows = [Row(cells=[f"i{'๑๒๓๔'[i]}", t, f"{88 + i}.{i}5"], page=1, conf=[1.0] * 3) for i, t in enumerate(TEXTS)]
    return Table(page=1, index=0, header=header, rows=rows, n_cols=3)


def test_bare_code_column_is_joined_to_its_texts_and_read_as_questions():
    t = join_code_columns(_table([]))
    assert t.n_cols == 2 and t.rows[0].cells[0].startswith("i๑ หน่วยงานของท่าน")
    assert "code_column_joined:c0" in t.flags
    lay = classify(t)
    assert lay.kind == "questions" and lay.roles[0] == "question" and lay.roles[1] == "score"


def test_header_cells_of_the_two_columns_are_joined():
    t = join_code_columns(_table([["ข้อ", "ประเด็นข้อคำถาม", "คะแนน"]]))
    assert t.header == [["ข้อ ประเด็นข้อคำถาม", "คะแนน"]]


def test_a_code_column_beside_scores_is_left_alone():
    rows = [Row(cells=[f"i{i + 1}", f"{80 + i}.00"], page=1, conf=[1.0, 1.0]) for i in range(5)]
    t = Table(page=1, index=0, header=[], rows=rows, n_cols=2)
    assert join_code_columns(t) is t
