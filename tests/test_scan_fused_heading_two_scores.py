"""fresh23s 24110 (scanned at 200 dpi, zebra question rows): the next indicator's heading was read as
the last line of a question's cell and its score as the second line of the question's score cell
(``i9 …⏎ตัวชี้วัดที่4 การใช้ทรัพย์สินของราชการ`` | ``45.04⏎69.96``). The heading was cut off as a row
of its own, but the score cell of two numbers read as no score: i9, i12 and indicators 4 and 5
were lost. Each row takes its own score, in the order the lines are printed. The rows are the
extractor's real reading."""
from __future__ import annotations

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize

ROWS = [["ตัวชี่วัดที3 การใช้อำนาจ", "78.56"],
        ["i7 ท่านเคยถกผู้บังคับบัญชาของท่านสั่งให้ทำธุรกรรมส่วนตัวของ\nผู้บังคับบัญชาหรือพวกพ้องบ่อยครั้งมากน้อยเพียงใด", "94.30"],
        ["i8 ท่านเคยถูกผูบังคับบัญชาของท่านสั่งให้ทำในสิ่งทีเป็นการทุจริต\nหรือประพฤติ้มิชอบบ่อยครั้งมากน้อยเพียงใด", "89.17"],
        ["i9 การบริหารงานบคคลในหน่วยงานของท่านมีการให้หรือรับ\nสินบน เพื่อแลกกับการบรรจุแต่งตั้งโยกย้าย ห รือเลื่อนตำแหน่ง\n"
         "หรือไม่\nตัวชี้วัดที่4 การใช้ทรัพย์สินของราชการ", "45.04\n69.96"],
        ["i10 เจ้าหน้าที่ในหน่วยงานของท่านมีการขอยืมหรือขอใช้ทรัพย์สิน\nของหน่วยงาน อย่างถูกต้องตามขั้นตอนหรือแนวปฏิบัติมากน้อย\nเพียงใด",
         "66.87"],
        ["i11 เจ้าหน้าทีในหน่วยงานของท่าน เคยนำทรัพย์สินของหน่วยงานไป\nใช้เพื่อประโยชน์ส่วนตัวบ่อยครั้งมากน้อยเพียงใด", "100.00"],
        ["i12 การกำกับดูแลและตรวจสอบทรัพย์สินของหน่วยงานสามารถ\nป้องกันการนำทรัพย์สินของหน่วยงานไปใช้ประโยชน์ส่วนตัวได้\n"
         "มากน้อยเพียงใด\nตัวชี้วัดที่5 การแก้ไขปัญหาการทุจริต", "44.43\n86.71"],
        ["i13 ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการ\nแก้ไขปัญหาการทุจริต มากน้อยเพียงใด", "96.29"]]


def test_heading_fused_under_a_question_with_both_scores_stacked():
    conf = [[0.95, 0.85 if "\n" in r[1] else 0.97] for r in ROWS]
    table = RawTable(page=2, index=0, bbox=(62.4, 50.4, 544.8, 777.1), rows=[list(r) for r in ROWS], method="ocr",
                     cell_conf=conf, col_x=[62.4, 459.6, 544.8], flags=["ocr_grid_inferred"])
    text = "ผลคะแนนรายข้อคำถาม ประจำปีงบประมาณ พ.ศ. 2568"
    ex = Extraction(doc_id="s024110", file_name="s024110_html_scan.pdf", page_count=2, tables=[table],
                    pages=[PageText(page=2, method="ocr", text=text, full_text=text, width=595.44, height=842.04)])
    rec = normalize(ex)
    q = {r["question_code"]: r["score"] for r in rec.question_scores}
    assert (q.get("i9"), q.get("i12")) == (45.04, 44.43)
    ind = {r["indicator_no"]: r["score"] for r in rec.indicator_scores}
    assert (ind.get(4), ind.get(5)) == (69.96, 86.71)
