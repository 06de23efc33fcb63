"""Fields of planned measures that ARE found (issue 13, items 5 and 6): one test per bug, on
cell text read from corpus-rendered development PDFs and on development seeds rendered here
(with their own header wording, and with headers that name nothing)."""
import json

import pytest

from normalizers.fields.period_units import join_script_split_digits, split_period_units
from normalizers.fields.periods import parse_period
from normalizers.records.measure_codes import strip_codes_prefix, codes_from_cell
from normalizers.tables.cells import UNITS, cell_type
from normalizers.tables.grid import join_lines


# ---------------------------------------------------------------- cell text (dev renders)

def test_period_and_units_printed_in_one_cell_are_split():
    # s000032 (m.merged = period_responsible): the period over its units, one per line
    assert split_period_units("ไตรมาสที่ 1-๒\nทุกส่วนราชการ") == ("ไตรมาสที่ 1-๒", "ทุกส่วนราชการ")
    assert split_period_units("ไตรมาสที่ 1-๓\nกองสวัสดิการสังคม\nกองสาธารณสุขและสิ่งแวดล้อม") == \
        ("ไตรมาสที่ 1-๓", "กองสวัสดิการสังคม\nกองสาธารณสุขและสิ่งแวดล้อม")
    # wrapped period lines and a wrapped unit keep together; units printed first also split
    assert split_period_units("๑ ต.ค. ๖๘ ถึง ๓๐\nก.ย. ๖๙\nกองสาธารณสุขและ\nสิ่งแวดล้อม") == \
        ("๑ ต.ค. ๖๘ ถึง ๓๐\nก.ย. ๖๙", "กองสาธารณสุขและ\nสิ่งแวดล้อม")
    assert split_period_units("กองคลัง\nต.ค. 68 - ก.ย. 69") == ("ต.ค. 68 - ก.ย. 69", "กองคลัง")
    # a line running from the period into a unit is cut where the unit starts
    assert split_period_units("ไตรมาสที่ 3 กองช่าง") == ("ไตรมาสที่ 3", "กองช่าง")
    # a period alone, or units alone, is nothing to split
    assert split_period_units("ตลอดปีงบประมาณ\n๒๕๖๙") is None
    assert split_period_units("กองคลัง\nกองช่าง") is None


def test_codes_printed_before_the_analysis_are_not_analysis_text():
    # s000007 / s000008 / s000018 docx (m.merged = code_in_analysis)
    assert strip_codes_prefix("e ๑ e ๒ บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรม") == \
        "บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรม"
    assert strip_codes_prefix("i ๑๖ i๑๗ ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้า") == \
        "ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้า"
    assert strip_codes_prefix("i13 i15 ผู้รับบริการบางรายเห็นว่า") == "ผู้รับบริการบางรายเห็นว่า"
    # no codes: as printed; nothing but codes: as printed
    assert strip_codes_prefix("ประชาชนยังเข้าถึงช่องทางการร้องเรียนได้น้อย") == \
        "ประชาชนยังเข้าถึงช่องทางการร้องเรียนได้น้อย"
    assert strip_codes_prefix("i13 i15") == "i13 i15"


def test_code_digits_split_where_their_script_changes_are_one_code():
    # s000008 docx, digits = mixed: "o๒0" printed as "o ๒ 0"
    codes, _ = codes_from_cell("o2 o ๒ 0 บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติ", None, 2568, None)
    assert codes == ["o2", "o20"]


def test_two_codes_in_two_scripts_are_not_joined_into_one_number():
    # mirror scan 12088 p4: the analysis cell "o8 ๐12ยังไม่…" (o12's o read as ๐) gave no code
    # at all: "o8 ๐12" was joined into the number 8๐12
    codes, _ = codes_from_cell("o8 ๐12ยังไม่ มีการรายงาน ผลการดำเนิน งานตามแผน อย่างต่อเนื่อง", "OIT", 2568, 9)
    assert codes == ["o8", "o12"]


def test_list_number_of_a_measure_cell_is_not_a_question_code():
    # mirror scan 12088: no code column, the measure cell "1 มาตรการ…" (its list number's dot
    # lost) read as question 1 of the indicator's tool (o1, flagged code_text_mismatch)
    text = "1 มาตรการ พัฒนาช่องทาง รับเรื่องร้องเรียน การทุจริต ออนไลน์"
    assert codes_from_cell(text, "OIT", 2568, 9, listed=True) == ([], [])
    # a bare number whose text is that question's in the catalog is still its code
    codes, _ = codes_from_cell("14 ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน สามารถป้องกันได้มากน้อยเพียงใด",
                               "IIT", 2568, 5, listed=True)
    assert codes == ["i14"]


def test_mixed_digits_split_by_a_space_are_one_number_in_a_period():
    # s000008 docx: "1 เมษายน 3๑ สิงหาคม ๒5๖9" printed with the digit runs apart
    text = join_script_split_digits("1 เมษายน 3 ๑ สิงหาคม ๒ 5 ๖ 9")
    assert text == "1 เมษายน 3๑ สิงหาคม ๒5๖9"
    p = parse_period(text, 2569)
    assert (str(p.start), str(p.end)) == ("2026-04-01", "2026-08-31")
    # digits of one script with a space between are two numbers
    assert join_script_split_digits("ไตรมาสที่ 1 2") == "ไตรมาสที่ 1 2"
    assert join_script_split_digits("๑ ๒") == "๑ ๒"


def test_full_month_with_a_swapped_mark_is_still_that_month():
    # s000066 docx: the text layer prints ุ for ์ (กุมภาพันธุ)
    p = parse_period("๑ กุมภาพันธุ ๓๑ มีนาคม ๒๕๗๐", 2570)
    assert (str(p.start), str(p.end)) == ("2027-02-01", "2027-03-31")
    assert "period_month_mended" in p.flags


def test_wrapped_line_ending_in_mai_yamok_keeps_its_space():
    # long steps of m.long_rows = yes: "ผ่านช่องทางต่าง ๆ" | "ของหน่วยงาน"
    assert join_lines(["ผ่านช่องทางต่าง ๆ", "ของหน่วยงาน"]) == "ผ่านช่องทางต่าง ๆ ของหน่วยงาน"
    assert join_lines(["ผ่านช่องทางต่าง", "ๆ ของหน่วยงาน"]) == "ผ่านช่องทางต่าง ๆ ของหน่วยงาน"
    assert join_lines(["การดำเนิน", "งาน"]) == "การดำเนินงาน"


def test_bulleted_units_are_units_not_steps():
    # s000109 (m.steps = dash, units printed with dashes)
    assert cell_type("- กองการศึกษาฯ - หน่วยตรวจสอบภายใน", "- กองการศึกษาฯ\n- หน่วยตรวจสอบภายใน") == UNITS


def test_follow_up_sentence_naming_a_fiscal_year_is_no_period():
    from normalizers.tables.grid import Row, Table
    from normalizers.tables.roles import classify

    # s000056 (m5f, m.missing = period): the follow-up column's sentences name a fiscal year
    # or a quarter; the table prints no period column
    rows = [["๑) กิจกรรมตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ", "- เปิดช่องทางรับฟังความคิดเห็นจากประชาชน\n- ประชุมชี้แจงบุคลากรทุกส่วนราชการ",
             "กองคลัง", "สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ", ""],
            ["๒) แนวทางตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ", "- ติดตามความก้าวหน้าทุกเดือน\n- เปิดช่องทางรับฟังความคิดเห็นจากประชาชน",
             "สำนักปลัด", "รายงานผลต่อผู้บริหารทุกไตรมาส", "-"]]
    t = Table(page=6, index=0, n_cols=5, header=[["มาตรการ", "ขั้นตอนหรือวิธีการปฏิบัติ", "ส่วนราชการที่รับผิดชอบ", "การติดตามผล", "หมายเหตุ"]],
              rows=[Row(cells=[c.replace("\n", " ") for c in r], page=6, conf=[1.0] * 5, lines=r) for r in rows])
    lay = classify(t)
    assert lay.roles == ["measure", "steps", "responsible", "follow_up", ""]


# ---------------------------------------------------------------- rendered dev seeds

def _render(seed: int, out, neutral: bool = False):
    from corpus import draw as D
    from corpus.expected import build_expected_drawn
    from corpus.html_render import render_html_pdf

    drawer = D.Drawer(seed, "html")
    if neutral:  # measures-table headers that name nothing: "(ก)", "(ข)", …
        labels = iter("กขคงจฉชซฌญ")
        plain_head, plain_mh = drawer.head, drawer.measure_head
        state = {"on": False}

        def head(role):
            return f"({next(labels)})" if state["on"] and not role.startswith("group") else plain_head(role)

        def measure_head(cols):
            state["on"] = True
            try:
                return plain_mh(cols)
            finally:
                state["on"] = False
        drawer.head, drawer.measure_head = head, measure_head
    m = drawer.draw()
    pdf, pages = render_html_pdf(m)
    p = out / f"{m['name']}.pdf"
    p.write_bytes(pdf)
    return p, build_expected_drawn(m, pages, p.name)


def _rows(pdf):
    import hashlib

    from extractors.document import extract_document
    from normalizers.document import normalize

    ex = extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
    return normalize(ex).planned_measures


@pytest.fixture(scope="module")
def merged_seed(tmp_path_factory):
    pytest.importorskip("weasyprint")
    p, exp = _render(32, tmp_path_factory.mktemp("m32"))  # grid, period_responsible, target column
    return _rows(p), exp


@pytest.fixture(scope="module")
def neutral_seed(tmp_path_factory):
    pytest.importorskip("weasyprint")
    p, exp = _render(109, tmp_path_factory.mktemp("m109"), neutral=True)  # per_page, dash steps
    return _rows(p), exp


def test_period_and_units_column_gives_periods_and_units(merged_seed):
    got, exp = merged_seed
    want = exp["planned_measures"]
    assert len(got) == len(want) == 6
    for g, e in zip(got, want):
        assert g["responsible"] == e["responsible"]
        assert (str(g["period_start"]), str(g["period_end"])) == (e["period_start"], e["period_end"])
        assert g["period_text"] == e["period_text"]


def test_target_column_is_not_the_indicator(merged_seed):
    got, exp = merged_seed
    # the m6 table's indicator column gives the indicator; "ร้อยละ ๙0 ของกลุ่มเป้าหมาย" none
    assert [g["indicator_no"] for g in got] == [e["indicator_no"] for e in exp["planned_measures"]]


def test_tables_under_headers_that_name_nothing_map_by_what_they_hold(neutral_seed):
    got, exp = neutral_seed
    want = exp["planned_measures"]
    assert len(got) == len(want)
    for g, e in zip(got, want):
        assert g["measure"] == e["measure"]
        assert g["steps"] == e["steps"]
        assert g["responsible"] == e["responsible"]
        assert g["follow_up"] == e["follow_up"]
    assert json.dumps(exp["planned_measures"][0]["period_text"]) == "null"  # m.missing = period


def test_measures_table_without_rules_under_unknown_header_words_is_read(tmp_path):
    # issue 13: s000088 (m.rules = none) with its measures headers printed "(ก)", "(ข)" …:
    # no header word names a role, so the table is started from what its cells hold
    pytest.importorskip("weasyprint")
    import hashlib

    from extractors.document import extract_document
    from normalizers.document import normalize

    p, exp = _render(88, tmp_path, neutral=True)
    out = normalize(extract_document(p, hashlib.sha256(p.read_bytes()).hexdigest()))
    got, want = out.planned_measures, exp["planned_measures"]
    assert len(want) >= 3 and len(got) == len(want)
    for g, e in zip(got, want):
        assert (g["measure"], g["responsible"]) == (e["measure"], e["responsible"])
        assert (str(g["period_start"]), str(g["period_end"])) == (e["period_start"], e["period_end"])
        assert "table_unruled:content" in g["flags"]
    # the question and indicator tables of the same document are not taken for measures
    assert len(out.question_scores) == len(exp["question_scores"])
    assert len(out.indicator_scores) == len(exp["indicator_scores"])


def test_wrapped_step_or_measure_is_not_a_list_of_units():
    # s000113 / s000101 (neutral headers): a wrapped line that starts with "งาน…" or "ส่วน…"
    assert cell_type("- จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน", "- จัดทำแผนและกำหนดกรอบเวลาการดำเนิน\nงาน") != UNITS
    assert cell_type("(1) แนวทางตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
                     "(1) แนวทางตรวจสอบการใช้รถยนต์\nส่วนกลางให้เป็นไปตามระเบียบ") != UNITS
    assert cell_type("กองคลัง กองช่าง", "กองคลัง\nกองช่าง") == UNITS


def test_codes_before_a_finding_are_kept_as_printed():
    # s000038 (m.merged = code_in_analysis): the finding paraphrases catalog question e7, yet
    # the printed, well-formed i๑๒ is the code (a finding is no question text to resolve by)
    from normalizers.tables.assign import code_then_finding

    cell = "i๑๒ หน่วยงานยังขาดการเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงงาน"
    assert code_then_finding(cell, catalog=False)
    # a question with its code is no finding (s000068: questions end "มากน้อยเพียงใด")
    assert not code_then_finding("e1 เจ้าหน้าที่ให้บริการแก่ท่านอย่างเท่าเทียมกัน มากน้อยเพียงใด", catalog=False)


def test_indicator_number_header_over_indicator_names_is_the_indicator_column():
    from normalizers.tables.grid import Row, Table
    from normalizers.tables.roles import classify

    # s000059 docx (m8): "ตัวชี้วัดที่" heads the indicator names, "ลำดับที่" the running number
    names = ["ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน", "ตัวชี้วัดที่ ๓ การใช้อำนาจ (๖๗.๓๖ คะแนน)",
             "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการ"]
    rows = [Row(cells=[n, f"{k}. กิจกรรมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต", "กองคลัง", "ไตรมาสที่ ๒", str(k)],
                page=6, conf=[1.0] * 5) for k, n in enumerate(names, 1)]
    t = Table(page=6, index=0, n_cols=5, header=[["ตัวชี้วัดที่", "มาตรการ/โครงการ/กิจกรรม", "ผู้รับผิดชอบ",
                                                   "ระยะเวลา", "ลำดับที่"]], rows=rows)
    assert classify(t).roles == ["indicator", "measure", "responsible", "period", "seq"]
