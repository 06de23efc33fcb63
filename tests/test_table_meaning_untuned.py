"""Held-out wordings (issue 13), reported as the "not tuned" measure of the table-meaning work.

u1, u2 were written before any debugging on them; their first run found the measures table
lost in both (a two-level header whose words the vocabulary did not know): that was then
fixed by reading header levels from merged cells, so u1 and u2 are TUNED now. u3–u5 were
written after that fix; their first run: u3 all right, u4 9/10 measures, u5 0/10; they were
then debugged on (and u3 caught a later regression), so they are TUNED too. u6–u8 were
written last and never debugged on: a failure there is a finding, not something to fit.
"""
import hashlib

import pytest

pytest.importorskip("weasyprint")

import municipality_pdfgen as M  # noqa: E402
from extractors.document import extract_document  # noqa: E402
from normalizers.document import normalize  # noqa: E402

VARIANTS = {
    "u1_other_titles": dict(
        questions_head=("รายการประเมิน", "ผลคะแนน"), tool_label=True, tool_header="คะแนนรายแบบวัด",
        left=("ประเด็นข้อคำถาม", "ผลการประเมิน"), upper="การขับเคลื่อนผลการประเมินสู่การปฏิบัติ",
        sub=("กิจกรรมที่จะขับเคลื่อน", "รายละเอียดการดำเนินงาน", "กรอบเวลา", "ส่วนราชการที่รับผิดชอบ",
             "การติดตามและรายงาน")),
    "u2_unknown_titles": dict(
        questions_head=("หัวข้อ", "ค่าที่ได้"), tool_header="รวม",
        left=("ข้อที่ต้องปรับปรุง", "ค่าคะแนน"), upper="แผนปฏิบัติการ",
        sub=("มาตรการ", "ขั้นตอน", "ระยะเวลา", "ผู้รับผิดชอบ", "หมายเหตุ")),
}


VARIANTS["u3_fresh_titles"] = dict(
    questions_head=("ข้อคำถาม/ตัวชี้วัด", "ค่าคะแนน"), tool_header="คะแนนเฉลี่ยแต่ละแบบ",
    left=("รหัสและข้อคำถาม", "คะแนนเฉลี่ย"), upper="การนำผลการประเมินไปปรับปรุงการดำเนินงาน ปี ๒๕๖๗",
    sub=("โครงการ/แนวทาง", "กระบวนการดำเนินงาน", "ช่วงดำเนินการ", "ผู้ดำเนินการ", "วิธีติดตามผล"))

VARIANTS["u6_final_titles"] = dict(
    questions_head=("ประเด็นคำถาม", "ผลการประเมิน (คะแนน)"), tool_label=True, tool_header="คะแนนรวมรายเครื่องมือ",
    left=("ข้อคำถาม", "ค่าคะแนนที่ได้"), upper="แนวทางการพัฒนาตามผลการประเมิน",
    sub=("มาตรการ/โครงการ", "ขั้นตอนดำเนินงาน", "ระยะเวลาดำเนินการ", "หน่วยงานรับผิดชอบ", "การติดตามประเมินผล"))

MEASURE_VARIANTS = {
    "u7_one_per_page_issue_words": ("one_per_page", ("ประเด็นที่ต้องดำเนินการ", "แนวทางดำเนินการ", "ช่วงเวลา",
                                                     "ผู้ดำเนินการ", "รายงานผล")),
    "u8_per_issue_mixed_titles": ("per_issue", ("กิจกรรม/โครงการ", "วิธีการ", "ห้วงเวลา", "หน่วยงานที่รับผิดชอบ",
                                                "หมายเหตุ/ติดตามผล")),
    "u4_per_issue_titles": ("per_issue", ("แนวทางการพัฒนา", "วิธีดำเนินงาน", "ห้วงเวลาดำเนินการ",
                                          "ส่วนราชการที่รับผิดชอบ", "การประเมินผล")),
    "u5_title_row_plain": ("title_row", ("กิจกรรม", "รายละเอียด", "เวลา", "หน่วยงาน", "หมายเหตุ")),
}


@pytest.fixture(scope="module", params=sorted(MEASURE_VARIANTS))
def measures_report(request, tmp_path_factory):
    import measures_pdfgen as G

    arrangement, head = MEASURE_VARIANTS[request.param]
    body, truth = G.build(arrangement, head=head)
    pdf = tmp_path_factory.mktemp(request.param) / "doc.pdf"
    G.render(pdf, body)
    return normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())), truth


def test_untuned_measure_arrangements(measures_report):
    r, truth = measures_report
    got = [(m["measure"], m["steps"], m["period_text"], m["responsible"], m["follow_up"], m["indicator_no"])
           for m in r.planned_measures]
    want = [(m["measure"], m["steps"], m["period_text"], m["responsible"], m["follow_up"], m["indicator"]) for m in truth]
    assert got == want


@pytest.fixture(scope="module", params=sorted(VARIANTS))
def report(request, tmp_path_factory):
    body, truth = M.build(**VARIANTS[request.param])
    pdf = tmp_path_factory.mktemp(request.param) / "doc.pdf"
    M.render(pdf, body)
    ex = extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
    return normalize(ex), truth


def test_untuned_question_scores(report):
    r, t = report
    assert {q["question_code"]: q["score"] for q in r.question_scores} == t.questions


def test_untuned_indicator_scores(report):
    r, t = report
    assert {i["indicator_no"]: i["score"] for i in r.indicator_scores if i["source"] == "results_table"} == t.indicators
    assert {i["indicator_no"]: i["score"] for i in r.indicator_scores if i["source"] == "analysis_table"} == t.indicators


def test_untuned_tool_scores(report):
    r, t = report
    d = r.document
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (t.tools["IIT"], t.tools["EIT"], t.tools["OIT"])


def test_untuned_measures(report):
    r, t = report
    got = [(m["measure"], m["steps"], m["period_text"], m["responsible"], m["question_codes"]) for m in r.planned_measures]
    want = [(m["measure"], m["steps"], m["period_text"], m["responsible"], [m["code"]]) for m in t.measures]
    assert got == want
