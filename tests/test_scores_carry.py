"""An indicator heading line left at the foot of a page, its questions on the next page."""
from normalizers.records.scores_carry import carry_heading
from normalizers.tables.lines import line_tables

PAGE1 = """ผลคะแนนรายข้อคำถาม
ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต 69.45
i13 ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการแก้ไขปัญหาการทุจริต มากน้อยเพียงใด 67.16
i14 ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน สามารถป้องกันได้มากน้อยเพียงใด 86.88
i15 ท่านเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตภายในหน่วยงานของท่าน มากน้อยเพียงใด 66.69
ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน 99.92
"""
PAGE2 = """e1 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด 97.89
e2 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านอย่างเท่าเทียมกัน 49.28
e3 เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการดำเนินการแก่ท่านอย่างตรงไปตรงมา 58.36
"""


def test_indicator_line_at_page_foot_heads_next_pages_questions():
    """Regression (corpus dev seeds 19 and 174 docx, 230 html: question tables without
    rules): the indicator line the page break left at the foot of a page was read by no
    table (after the page's last question, too few for a results table), so its score
    was missing; it now opens the next page's question table."""
    assert [r.cells[1] for r in line_tables(2, PAGE1)[0].rows] == ["69.45", "67.16", "86.88", "66.69"]
    nxt = line_tables(3, PAGE2)
    carry_heading(nxt, (2, PAGE1), 3)
    rows = nxt[0].rows
    assert rows[0].cells[1] == "99.92" and rows[0].page == 2
    assert [r.cells[1] for r in rows[1:]] == ["97.89", "49.28", "58.36"]


def test_indicator_line_not_carried_to_another_tools_questions_or_a_far_page():
    """An IIT indicator line does not head EIT questions; a page that is not the next one
    carries nothing."""
    page1 = PAGE1.replace("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน 99.92", "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ 96.62")
    nxt = line_tables(3, PAGE2)
    carry_heading(nxt, (2, page1), 3)
    assert [r.cells[1] for r in nxt[0].rows] == ["97.89", "49.28", "58.36"]
    nxt = line_tables(4, PAGE2)
    carry_heading(nxt, (2, PAGE1), 4)
    assert len(nxt[0].rows) == 3


def test_indicator_line_at_page_foot_heads_next_pages_question_table():
    """Regression (corpus dev seed 169 html): page 1's questions were text lines and page 2's
    a table the table finder found; the indicator line at the foot of page 1 was read by
    neither, so its score was missing. It now opens page 2's table."""
    from normalizers.records.scores_carry import carry_into_tables
    from normalizers.tables.grid import Row, Table
    from normalizers.tables.roles import classify
    qs = [("e1 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด", "97.89"),
          ("e2 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านอย่างเท่าเทียมกัน", "49.28"),
          ("e3 เจ้าหน้าที่ให้ข้อมูลเกี่ยวกับการดำเนินการแก่ท่านอย่างตรงไปตรงมา", "58.36")]
    t = Table(page=3, index=0, header=[["รายการข้อคำถาม", "ผลคะแนน"]],
              rows=[Row(cells=list(q), page=3, conf=[1.0, 1.0]) for q in qs], n_cols=2)
    lay = classify(t)
    assert lay.kind == "questions"
    carry_into_tables([t], [lay], {3: (2, PAGE1)})
    assert t.rows[0].cells == ["ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "99.92"] and t.rows[0].page == 2
    assert len(t.rows) == 4
