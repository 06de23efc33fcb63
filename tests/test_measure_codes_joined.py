"""Question codes of measure rows printed where no code column is mapped, and measures tables
whose header rows were not told (issue 13, codes): one test per bug, on reports the corpus
draws (dev seeds of fresh10, Word via LibreOffice) read by the real extract + normalize
stages. Expected values are the rows the corpus wrote for that draw, not values copied here.
"""
from __future__ import annotations

import pytest

from corpus_seeds import docx_measure_pairs, render_sample, wrong_fields

pytest.importorskip("weasyprint")

DOCX_SEEDS = [7000, 7016, 7034]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("mcodes11")
    return render_sample(out, [], DOCX_SEEDS)


def test_narrow_code_column_read_into_the_steps_gives_its_codes(sample):
    # seed 7016 (docx, Waree, Thai digits, m8 + budget, horizontal rules): the narrow code
    # column (``i`` / ``๑๑``, ``o๒`` / ``o`` / ``๑๘`` wrapped) was read into the steps column
    # (its header joined: ``ข้อ ขั้นตอน/วิธีการ คำา ดำาเนินการ``): no codes, and the pieces in
    # the steps (``i`` as a step). i30's number is printed after a page break. Since the
    # header's wrapped titles are joined per column (``ข้อ``/``คำถาม IT A``), the code column is
    # found as a column of its own on most pages; where it is not, its pieces are read from
    # the starts of the steps cell's lines (``codes_from_joined_column``).
    pairs = docx_measure_pairs(sample, "s007016_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "question_codes")
    for e, g in pairs:
        assert g["steps"][0] == e["steps"][0]
        assert len(g["steps"]) == len(e["steps"])


def test_group_title_row_between_two_header_rows_keeps_the_first_measure(sample):
    # seed 7034 (docx, zebra, m5f, one measure per page): on the first page the group title
    # over the sub-columns (``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) was read as a row of its
    # own between ``ที่ | มาตรการ/โครงการ/กิจกรรม`` and the sub-column titles: no header was
    # told, the table stayed unmapped and its measure was lost.
    pairs = docx_measure_pairs(sample, "s007034_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "measure")
    assert not wrong_fields(pairs, "period_start")


def test_next_indicator_label_under_an_indicator_cell_starts_a_row_of_a_word_table(sample):
    # seed 7000 (docx, Sarabun IT9, m6, no rules, no cell padding): the second measure's
    # indicator cell wraps down to the line above the third's (``… การ / ทำางาน`` then
    # ``ตัวชี้วัดที่ / 6 …``), no empty line and no numbered entry between them: the two
    # measures were read as one row (one measure lost, the other's codes e8 + e3).
    pairs = docx_measure_pairs(sample, "s007000_docx")
    assert all(g is not None for _, g in pairs)
    assert not wrong_fields(pairs, "question_codes")
    assert not wrong_fields(pairs, "indicator_no")


FINDING_ROWS = [  # (measure, codes as printed, finding, steps, period, unit)
    ("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "i๗ o๑๒", "ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้าและขั้นตอนไม่ชัดเจน",
     ["ทบทวนคู่มือบริการ", "ประชุมบุคลากรทุกกอง"], "ต.ค. ๖๘ - ธ.ค. ๖๘", "สำนักปลัด"),
    ("มาตรการปรับปรุงช่องทางรับเรื่องร้องเรียน", "e๓", "หน่วยงานยังขาดการเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงงาน",
     ["เปิดช่องทางออนไลน์", "รายงานผลทุกเดือน"], "ม.ค. ๖๙", "กองช่าง"),
    ("มาตรการตรวจสอบการใช้ทรัพย์สินของราชการ", "i๒๐ i๒๑", "การเผยแพร่ข้อมูลยังไม่ครบถ้วนตามที่กำหนด",
     ["จัดทำแบบฟอร์มขอยืม", "แจ้งเวียนทุกกอง"], "พ.ย. ๖๘ - ม.ค. ๖๙", "กองคลัง"),
]


def test_codes_and_finding_at_the_head_of_the_steps_cell_are_read(tmp_path):
    # a codes-in-analysis layout whose analysis was read with the steps (no question or
    # analysis column mapped): the steps cell starts ``i๗ o๑๒ <finding>`` before its numbered
    # steps. 0.11.0 read the codes and the finding as the first step (codes missing).
    import measures_pdfgen as G
    from measures_pdfgen import _td
    from municipality_pdfgen import th

    from extractors.document import extract_document
    from normalizers.document import normalize

    head = "".join(f"<th>{h}</th>" for h in ("มาตรการ/กิจกรรม", "ขั้นตอนการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ"))
    rows = "".join(
        "<tr>" + "".join(_td(c) for c in (f"{th(k)}. {m}", "\n".join([f"{codes} {finding}"] + [
            f"{th(i)}. {s}" for i, s in enumerate(steps, 1)]), period, unit)) + "</tr>"
        for k, (m, codes, finding, steps, period, unit) in enumerate(FINDING_ROWS, 1))
    pdf = tmp_path / "codes_in_steps.pdf"
    G.render(pdf, "<h3>แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h3>"
                  "<p>องค์การบริหารส่วนตำบลโพธิ์ทอง อำเภอเมืองอ่างทอง จังหวัดอ่างทอง</p>"
                  "<p>จากผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๗.๒๕ คะแนน</p>"
                  f"<table class='ruled'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    got = normalize(extract_document(pdf, "codes_in_steps")).planned_measures
    assert [m["question_codes"] for m in got] == [["i7", "o12"], ["e3"], ["i20", "i21"]]
    assert [m["analysis"] for m in got] == [r[2] for r in FINDING_ROWS]
    assert [m["steps"] for m in got] == [r[3] for r in FINDING_ROWS]
    assert all({"codes_from_joined_column", "analysis_from_steps_cell"} <= set(m["flags"]) for m in got)
