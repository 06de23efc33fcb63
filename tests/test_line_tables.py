"""Score lines of a per-question table printed without rules (page text, no table found)."""
from normalizers.tables.lines import line_tables

PAGE = """ผลคะแนนรายข้อคำถาม
ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 91.68
i1 เจ้าหน้าที่ในหน่วยงานของท่านปฏิบัติงานตามขั้นตอนและระยะเวลา 72.00
i2 ท่านเคยเห็นการเบิกจ่ายงบประมาณที่ไม่เป็นไปตามวัตถุประสงค์ 79.15
ตัวชี้วัดที่ 2 การใช้งบประมาณ 70.91
i7 ท่านสามารถร้องเรียนการทุจริตได้โดยไม่ต้องกังวล มากน้อยเพียงใด 100.00
i8 การยืมทรัพย์สินของราชการมีขั้นตอนชัดเจน มากน้อยเพียงใด 49.02
"""


def test_indicator_lines_among_question_lines_stay_in_the_question_table():
    """Regression (corpus dev seeds 0 and 14, zebra question tables without rules): the
    indicator lines became a results table of their own, so the indicator scores printed
    between the questions came out as ``results_table`` instead of ``analysis_table``."""
    tables = line_tables(3, PAGE)
    assert len(tables) == 1
    t = tables[0]
    assert t.header == [["ข้อคำถาม", "คะแนน"]]
    assert [r.cells[1] for r in t.rows] == ["91.68", "72", "79.15", "70.91", "100", "49.02"]


def test_indicator_lines_alone_are_a_results_table():
    page = "\n".join(f"ตัวชี้วัดที่ {n} {name} {80 + n}.50" for n, name in
                     ((1, "การปฏิบัติหน้าที่"), (2, "การใช้งบประมาณ"), (3, "การใช้อำนาจ")))
    (t,) = line_tables(1, page)
    assert t.header == [["ตัวชี้วัด", "คะแนน"]] and len(t.rows) == 3
