"""Unit tests of table meaning (normalizers/tables/, normalizers/tables/roles.py) on table
structures built here: column roles from header words, cell contents and position, each
role once; row kinds; spanned cells; header levels. Expected values are written by hand."""
import json

from extractors.model import Extraction, PageText, RawTable
from normalizers.document import normalize
from normalizers.tables.grid import Row, Table, build_table
from normalizers.tables.roles import classify
from normalizers.records.scores import ScoreRows, question_rows, results_rows
from normalizers.tables import cells as ct
from normalizers.tables import rows as rk
from normalizers.tables.spans import span_of, tool_of_rows
from normalizers.tables.vocab import VOCAB_PATH, cell_evidence

UPPER = "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติเพื่อยกระดับผลการประเมิน"


def _table(header, rows, covered=None):
    n = max(len(r) for r in (header[:1] or []) + rows)
    body = [Row(cells=r, page=3, conf=[1.0] * n, lines=list(r), covered=(covered[i] if covered else []))
            for i, r in enumerate(rows)]
    return Table(page=3, index=0, header=header, rows=body, n_cols=n)


def test_header_vocabulary_is_a_data_file():
    d = json.loads(VOCAB_PATH.read_text(encoding="utf-8"))
    assert {"measure", "analysis", "steps", "period", "responsible", "follow_up", "question", "score"} <= set(d["roles"])
    assert "ข้อค้นพบ" in d["roles"]["analysis"]["strong"]
    import normalizers.tables.roles as roles
    assert not hasattr(roles, "ROLE_RULES")  # no keyword list in code any more


def test_prasen_kan_pramoen_header_over_question_rows_is_a_question_column():
    """The first-keyword rule read ``ประเด็น`` as an indicator column (issue 13)."""
    t = _table([["ประเด็นการประเมิน", "คะแนนที่ได้"]],
               [["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "๙๒.๑๐"], ["i๑ บุคลากรปฏิบัติงานตามขั้นตอน", "๙๑.๐๐"],
                ["i๒ บุคลากรให้บริการอย่างเท่าเทียม", "๙๓.๒๐"], ["i๓ บุคลากรไม่เรียกรับสิ่งตอบแทน", "๘๗.๕๐"]])
    lay = classify(t)
    assert (lay.kind, lay.roles) == ("questions", ["question", "score"])


def test_code_score_pairs_map_whatever_the_header_says():
    t = _table([["หัวข้อ", "ค่า"]], [["i7 การใช้จ่ายงบประมาณคุ้มค่า", "86.50"], ["i8 การจัดซื้อโปร่งใส", "90.00"],
                                      ["e3 การให้บริการรวดเร็ว", "88.25"]])
    assert classify(t).roles == ["question", "score"]
    # and with no header at all
    t.header = []
    lay = classify(t)
    assert (lay.kind, lay.roles) == ("questions", ["question", "score"])


def test_measures_columns_with_unknown_titles_map_by_their_contents():
    t = _table([["รายการ", "รายละเอียด", "เมื่อใด", "ใคร"]],
               [["จัดอบรมเสริมสร้างจริยธรรมให้บุคลากรของหน่วยงาน", "๑. สำรวจความต้องการ\n๒. จัดอบรม", "ต.ค. ๖๘ - ธ.ค. ๖๘", "สำนักปลัด"],
                ["เผยแพร่ข้อมูลการใช้จ่ายงบประมาณบนเว็บไซต์", "๑. รวบรวมข้อมูล\n๒. เผยแพร่", "ม.ค. ๖๙", "กองคลัง\nกองช่าง"]])
    lay = classify(t)
    assert lay.kind == "measures"
    assert lay.roles == ["measure", "steps", "period", "responsible"]


def test_each_role_at_most_once():
    t = _table([["ตัวชี้วัด", "คะแนน", "คะแนน"]],
               [["การปฏิบัติหน้าที่", "๙๐.๐๐", "๘๘.๐๐"], ["การใช้งบประมาณ", "๙๑.๐๐", "๘๗.๐๐"]])
    roles = classify(t).roles
    assert roles.count("score") == 1 and roles.count("indicator") == 1


def test_upper_header_cell_grouping_sub_columns_names_no_role():
    assert cell_evidence(UPPER) == ()
    t = _table([["ข้อคำถาม", "คะแนน", UPPER, "", ""], ["", "", "สิ่งที่จะดำเนินการ", "ห้วงระยะเวลา", "หน่วยปฏิบัติ"]],
               [["i๓ การรับสิ่งตอบแทน", "๙๕.๗๑", "ส่งเสริมจิตสำนึกไม่รับสิ่งตอบแทน", "ต.ค. ๖๖ - มี.ค. ๖๗", "สำนักปลัด"],
                ["e๔ ช่องทางรับฟังความคิดเห็น", "๙๐.๑๑", "พัฒนาช่องทางรับฟังความคิดเห็น", "ตลอดปีงบประมาณ ๒๕๖๗", "กองคลัง"]])
    lay = classify(t)
    assert lay.kind == "measures"
    assert lay.roles == ["question", "score", "measure", "period", "responsible"]


def test_findings_column_is_the_analysis():
    t = _table([["ข้อค้นพบ", "มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ"]],
               [["บุคลากรบางส่วนไม่ทราบช่องทางร้องเรียน", "ประชาสัมพันธ์ช่องทางร้องเรียน", "ม.ค. ๖๙", "สำนักปลัด"]])
    assert classify(t).roles == ["analysis", "measure", "period", "responsible"]


def test_merged_two_level_header_found_by_structure_not_words():
    raw = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[
        ["ข้อที่ต้องปรับปรุง", "ค่าคะแนน", "แผนปฏิบัติการ", None, None],
        [None, None, "สิ่งที่ทำ", "เมื่อใด", "ใคร"],
        ["i๓ การรับสิ่งตอบแทน", "๙๕.๗๑", "ส่งเสริมจิตสำนึก", "ม.ค. ๖๙", "สำนักปลัด"],
        ["e๔ ช่องทางรับฟัง", "๙๐.๑๑", "พัฒนาช่องทาง", "ก.พ. ๖๙", "กองคลัง"]])
    t = build_table(raw)
    assert len(t.header) == 2 and len(t.rows) == 2
    assert t.column_headers()[2] == ["สิ่งที่ทำ", "แผนปฏิบัติการ"]


def test_cell_types():
    assert ct.cell_type("๘๖.๕๐") == ct.SCORE
    assert ct.cell_type("i๗ การใช้จ่ายงบประมาณ") == ct.CODE_TEXT
    assert ct.cell_type("o1 - o10") == ct.CODES
    assert ct.cell_type("ตัวชี้วัดที่ ๒ การใช้งบประมาณ") == ct.INDICATOR
    assert ct.cell_type("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)") == ct.TOOL
    assert ct.cell_type("๑ ตุลาคม ๒๕๖๖ ถึง มีนาคม ๒๕๖๗") == ct.PERIOD
    assert ct.cell_type("กองคลัง\nกองช่าง", "กองคลัง\nกองช่าง") == ct.UNITS
    assert ct.cell_type("๑. สำรวจ ๒. จัดอบรม") == ct.STEPS
    assert ct.cell_type("รวม") == ct.SUBTOTAL
    assert ct.cell_type("") == ct.EMPTY


def test_row_kinds():
    assert rk.row_kind(["i๑ การปฏิบัติงาน", "๙๐"], 0) == rk.QUESTION
    assert rk.row_kind(["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๙๐.๙๒"], 0) == rk.INDICATOR
    assert rk.row_kind(["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", ""], 0) == rk.TOOL
    assert rk.row_kind(["รวม", "๘๘.๐๐"], 0) == rk.SUBTOTAL
    assert rk.row_kind(["", "ต่อจากหน้าก่อน"], 0) == rk.CONTINUATION
    assert rk.row_kind(["หมวดที่ ๑", ""], 0) == rk.HEADING


def test_indicator_rows_between_question_rows_give_analysis_table_indicators():
    t = _table([["ประเด็นการประเมิน", "คะแนนที่ได้"]],
               [["ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "๙๐.๙๒"], ["i๗ การใช้จ่ายคุ้มค่า", "๘๙.๐๐"], ["i๘ การจัดซื้อโปร่งใส", "๙๒.๘๔"],
                ["รวม", "๙๐.๙๒"]])
    out = ScoreRows()
    question_rows(t, classify(t), out, 2566, {})
    assert [(i["indicator_no"], i["score"], i["source"]) for i in out.indicators] == [(2, 90.92, "analysis_table")]
    assert [(q["question_code"], q["score"], q["indicator_no"]) for q in out.questions] == [("i7", 89.0, 2), ("i8", 92.84, 2)]
    assert not out.flags


def test_span_of_merged_cell_and_of_text_in_the_middle_of_a_span():
    rows = [Row(cells=["a", "x" if i == 0 else ""], page=1, conf=[1, 1], covered=[] if i == 0 else [False, True])
            for i in range(5)]
    assert span_of(rows, 0, 1) == [0, 1, 2, 3, 4]
    rows = [Row(cells=["a", "x" if i in (2, 6) else ""], page=1, conf=[1, 1]) for i in range(8)]
    assert span_of(rows, 2, 1) == [0, 1, 2, 3, 4, 5]
    assert tool_of_rows(["IIT", "IIT", None]) == ("IIT", [])
    assert tool_of_rows(["IIT", "EIT"])[1] == ["tool_span_mixed:EIT,IIT"]


def test_tool_score_printed_mid_span_without_rules_belongs_to_its_rows_tool():
    names = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
             "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน"]
    tool_cells = {2: "๙๑.๒๐", 6: "๘๘.๔๐"}
    t = _table([["ตัวชี้วัด", "คะแนน", "รายแบบวัด"]],
               [[n, "๙๐.๐๐", tool_cells.get(i, "")] for i, n in enumerate(names)])
    lay = classify(t)
    assert lay.roles == ["indicator", "score", "tool_score"]
    out = ScoreRows()
    results_rows(t, lay, out)
    assert {k: v[0] for k, v in out.tool_scores.items()} == {"IIT": 91.2, "EIT": 88.4}


def _extraction(tables, text="รายงานผลการประเมินคุณธรรมและความโปร่งใส ITA ตัวชี้วัด ผลการประเมิน IIT EIT OIT"):
    return Extraction(doc_id="x", file_name="x.pdf", page_count=3,
                      pages=[PageText(page=p, method="text", text=text if p == 1 else "") for p in (1, 2, 3)],
                      tables=tables)


def test_unmappable_table_stays_partial_with_its_page_named():
    long = "ข้อความบรรยายที่ยาวพอสมควรเกี่ยวกับการดำเนินงานของหน่วยงานในปีที่ผ่านมาและแผนต่อไป"
    raw = RawTable(page=3, index=0, bbox=(0, 0, 1, 1), rows=[
        ["ก", "ข", "ค", "ง"], [long, long + "๑", long + "๒", long + "๓"], [long + "๔", long + "๕", long + "๖", long + "๗"]])
    ok = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[["ตัวชี้วัด", "คะแนน"], ["การปฏิบัติหน้าที่", "๙๐.๐๐"],
                                                             ["การใช้งบประมาณ", "๘๐.๐๐"]])
    r = normalize(_extraction([ok, raw]))
    assert r.document["status"] == "partial"
    assert "p3" in r.document["error"]


def test_national_averages_beside_own_scores_are_not_taken_blindly():
    """A ministry plan's table: one indicator per row, a column per body or average. No
    column names the assessment year: the table is not the document's own."""
    raw = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[
        ["ตัวชี้วัด", "ค่าเฉลี่ยระดับประเทศ", "กรมส่งเสริมการเกษตร", "กรมชลประทาน"],
        ["การปฏิบัติหน้าที่", "๙๑.๐๐", "๙๓.๕๐", "๘๙.๒๐"], ["การใช้งบประมาณ", "๘๘.๐๐", "๙๐.๑๐", "๘๕.๐๐"],
        ["การใช้อำนาจ", "๘๗.๐๐", "๘๖.๑๐", "๘๔.๐๐"]])
    r = normalize(_extraction([raw]))
    assert not [i for i in r.indicator_scores if i["source"] == "results_table"]
    assert "several_score_columns:p2" in r.document["flags"]


def test_two_places_printing_two_values_flag_each_row():
    res = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[["ตัวชี้วัด", "คะแนน"], ["การปฏิบัติหน้าที่", "๘๕.๐๐"],
                                                              ["การใช้งบประมาณ", "๘๐.๐๐"]])
    ana = RawTable(page=3, index=0, bbox=(0, 0, 1, 1), rows=[["ประเด็นการวิเคราะห์", "คะแนน", "ผลการวิเคราะห์"],
                                                              ["การปฏิบัติหน้าที่", "๑.๐๐", "ควรรักษาระดับการให้บริการ"],
                                                              ["การใช้งบประมาณ", "๘๐.๐๐", "ควรเปิดเผยข้อมูลงบประมาณ"]])
    r = normalize(_extraction([res, ana]))
    one = {i["source"]: i for i in r.indicator_scores if i["indicator_no"] == 1}
    assert (one["results_table"]["score"], one["analysis_table"]["score"]) == (85.0, 1.0)
    assert "printed_elsewhere_differs:analysis_table:1" in one["results_table"]["flags"]
    assert "printed_elsewhere_differs:results_table:85" in one["analysis_table"]["flags"]
    two = [i for i in r.indicator_scores if i["indicator_no"] == 2]
    assert all(not [f for f in i["flags"] if f.startswith("printed_elsewhere")] for i in two)


def test_low_evidence_column_flags_its_rows():
    # "ติดตาม" alone is only a hint of the follow-up column (a weak header word)
    t = _table([["มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ติดตาม"]],
               [["จัดอบรมบุคลากร", "ม.ค. ๖๙", "สำนักปลัด", "ทุกไตรมาส"]])
    lay = classify(t)
    assert lay.roles[3] == "follow_up" and "role_low_evidence:follow_up@c3" in lay.flags


def test_remark_budget_and_target_columns_hold_no_field():
    # the extra columns of measures tables (m.extra = remark, budget, target) as a dev
    # render prints them: they are not the follow-up, the period or the indicator
    t = _table([["มาตรการ", "ระยะเวลา", "ผู้รับผิดชอบ", "หมายเหตุ", "งบประมาณ (บาท)", "ตัวชี้วัดความสำเร็จ"]],
               [["จัดอบรมบุคลากร", "ม.ค. ๖๙", "สำนักปลัด", "ดำเนินการต่อเนื่อง", "๒๐,๐๐๐", "ร้อยละ ๙0 ของกลุ่มเป้าหมาย"],
                ["เผยแพร่ข้อมูล", "ไตรมาสที่ ๒", "กองคลัง", "-", "ไม่ใช้งบประมาณ", "ร้อยละ ๘0 ของกลุ่มเป้าหมาย"]])
    lay = classify(t)
    assert lay.kind == "measures"
    # ``budget`` is the role of a column named งบประมาณ: it holds no field of the contract either
    assert lay.roles[:3] == ["measure", "period", "responsible"] and lay.roles[3:] == ["", "budget", ""]


def test_national_average_column_is_not_the_documents_own():
    raw = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[
        ["ตัวชี้วัด", "ค่าเฉลี่ยระดับประเทศ"], ["การปฏิบัติหน้าที่", "๙๑.๐๐"], ["การใช้งบประมาณ", "๘๘.๐๐"],
        ["การใช้อำนาจ", "๘๗.๐๐"]])
    r = normalize(_extraction([raw]))
    assert r.indicator_scores == []
    assert "ignored_table:scores_not_own:p2" in r.document["flags"]


def test_own_column_beside_last_years_is_taken_alone():
    raw = RawTable(page=2, index=0, bbox=(0, 0, 1, 1), rows=[
        ["ตัวชี้วัด", "คะแนนปีที่ผ่านมา", "คะแนน"], ["การปฏิบัติหน้าที่", "๙๑.๐๐", "๙๔.๐๐"], ["การใช้งบประมาณ", "๘๘.๐๐", "๘๙.๕๐"],
        ["การใช้อำนาจ", "๘๗.๐๐", "๙๐.๒๕"]])
    r = normalize(_extraction([raw]))
    assert {i["indicator_no"]: i["score"] for i in r.indicator_scores if i["source"] == "results_table"} == \
        {1: 94.0, 2: 89.5, 3: 90.25}


def test_question_row_split_across_pages_keeps_its_code_and_score():
    t = _table([["ข้อคำถาม", "คะแนน"]],
               [["i๑ บุคลากรปฏิบัติงานตามขั้นตอน", "๙๑.๐๐"], ["i๑๒ เจ้าหน้าที่ในหน่วยงานของท่านใช้จ่ายงบประมาณ", ""],
                ["อย่างคุ้มค่า มากน้อยเพียงใด", "๘๘.๒๕"], ["i๑๓ บุคลากรได้รับการแต่งตั้งอย่างเป็นธรรม", "๙๐.๐๐"]])
    t.rows[2].page = t.rows[3].page = 4
    out = ScoreRows()
    question_rows(t, classify(t), out, 2566, {})
    got = {q["question_code"]: (q["score"], q["question_text"]) for q in out.questions}
    assert got["i12"] == (88.25, "เจ้าหน้าที่ในหน่วยงานของท่านใช้จ่ายงบประมาณอย่างคุ้มค่า มากน้อยเพียงใด")
    assert set(got) == {"i1", "i12", "i13"}
    assert "row_split_across_pages" in next(q for q in out.questions if q["question_code"] == "i12")["flags"]


def test_range_word_tha_keeps_its_space_across_a_wrap():
    from normalizers.tables.grid import join_lines
    assert join_lines(["๑ ตุลาคม ๒๕๖๖ ถึง", "มีนาคม ๒๕๖๗"]) == "๑ ตุลาคม ๒๕๖๖ ถึง มีนาคม ๒๕๖๗"
    assert join_lines(["พ.ย. ๖๘ -", "ม.ค. ๖๙"]) == "พ.ย. ๖๘ - ม.ค. ๖๙"
    assert join_lines(["การดำเนิน", "งาน"]) == "การดำเนินงาน"


def test_kpi_table_with_tick_marks_is_not_a_measures_table():
    """A provincial health plan's KPI table (real document, sompawn/nysso EB2/2.6): ticks under
    assessors' columns once became 26 'measures' when a measure was placed on no evidence."""
    t = _table([["KPI", "ตัวชี้วัด", "น้ำหนัก", "หน่วยประเมิน", "หน่วยประเมิน", "กลุ่มงาน"]],
               [["1", "ร้อยละของ รพ.สต. ผ่านเกณฑ์มาตรฐานอนามัย", "5", "/", "/", "ส่งเสริมสุขภาพ"],
                ["2", "ร้อยละเด็กกลุ่มอายุ 0-12 ปี ฟันดีไม่มีผุ", "4", "/", "", "ทันตสาธารณสุข"],
                ["3", "อัตราความครอบคลุมการคัดกรองเบาหวาน", "4", "", "/", "ควบคุมโรคไม่ติดต่อ"]])
    assert classify(t).kind != "measures"
