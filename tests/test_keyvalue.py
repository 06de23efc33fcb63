"""Key/value lines and dotted-leader lists (normalizers.records.keyvalue, lines.leader_questions,
orgs' separate location, guards) on text as the extract stage gives it."""
from normalizers.records.guards import flag_row_numbers
from normalizers.records.keyvalue import kv_table_lines, read_keyvalues
from normalizers.tables.lines import leader_questions
from normalizers.fields.orgs import parse_org
from normalizers.records.prose import read_prose


def kv(text, year=2568):
    return read_keyvalues([(1, text)], year)


def test_tool_scores_on_one_line_with_bars():
    r = kv("IIT 85.12 | EIT 90.00 | OIT 77.50")
    assert {t: v for t, (v, _, _) in r.tools.items()} == {"IIT": 85.12, "EIT": 90.0, "OIT": 77.5}


def test_tool_scores_one_per_line_leaders_colons_and_mixed_digits():
    r = kv("แบบวัด IIT ........ ๘5.๑2\nEIT : 90.00 คะแนน\nการเปิดเผยข้อมูลสาธารณะ (OIT) …………… ๗๗.๕๐")
    assert {t: v for t, (v, _, _) in r.tools.items()} == {"IIT": 85.12, "EIT": 90.0, "OIT": 77.5}


def test_tool_weights_are_not_scores():
    r = kv("IIT ร้อยละ 30 | EIT ร้อยละ 30 | OIT ร้อยละ 40")
    assert r.tools == {}


def test_overall_and_level_with_leaders():
    r = kv("คะแนนรวม ........................ 84.21\nระดับ ........................ B")
    assert r.overall[0] == 84.21 and r.level[0] == "B"


def test_overall_with_level_after_it():
    r = kv("ผลคะแนนรวม : ๘๔.๒๑ คะแนน (ระดับ B)")
    assert r.overall[0] == 84.21 and r.level[0] == "B"


def test_last_year_and_national_average_are_distractors():
    r = kv("คะแนนรวมปีที่แล้ว ........ 80.11\nค่าเฉลี่ยระดับประเทศ : 88.90\nคะแนนรวม ปี 2566 : 79.00\n"
           "คะแนนรวม ปี 2568 : 84.21")
    assert r.overall[0] == 84.21
    assert sum(f.startswith("keyvalue_distractor_skipped") for f in r.flags) == 2  # the average has no own key
    assert kv("คะแนนรวมเฉลี่ยระดับประเทศ ....... 88.90").overall is None


def test_year_in_key_without_known_assessment_year_is_skipped_and_flagged():
    r = kv("คะแนนรวม ปี 2567 : 84.21", year=None)
    assert r.overall is None and "keyvalue_year_unsure:2567" in r.flags


def test_indicator_leader_lines_are_text_source_by_name():
    r = kv("ตัวชี้วัดที่ 3 การใช้อำนาจ ………………… 85.00\nตัวชี้วัดที่ 7 การเปิดเผยข้อมูล ....... 73.25")
    assert [(no, v) for no, v, _, _ in r.indicators] == [(3, 85.0), (9, 73.25)]
    assert any("indicator_renumbered:7->9" in f for f in r.indicators[1][3])


def test_running_sentences_are_left_to_prose():
    r = kv("ในปีงบประมาณ 2568 หน่วยงานได้คะแนนรวม 84.21 คะแนน ซึ่งสูงกว่าปีก่อน")
    assert r.overall is None and not r.used


def test_prose_reads_keyvalues_first_and_flags_a_different_sentence_value():
    p = read_prose([(1, "คะแนนรวม ........ 84.21\nหน่วยงานได้รับผลการประเมิน 83.00 คะแนน")], 2568)
    assert p.overall == 84.21
    assert any(f.startswith("overall_several_values") for f in p.flags)


def test_leader_question_list_bare_codes_and_with_text():
    rows = leader_questions([(2, "i12 ................ 78.45\ne3 หน่วยงานเปิดโอกาสให้มีส่วนร่วม …… ๙๑.๕๐\n"
                                 "ตัวชี้วัดที่ 3 ....... 85.00")], 2568)
    assert [(r["question_code"], r["score"], r["question_text"]) for r in rows] == \
        [("i12", 78.45, ""), ("e3", 91.5, "หน่วยงานเปิดโอกาสให้มีส่วนร่วม")]


def test_key_value_table_rows_become_lines():
    assert kv_table_lines([["หน่วยงาน", "อบต.โนนสูง"], ["คะแนนรวม", "84.21"], ["ระดับ", "B"]]) == \
        ["หน่วยงาน : อบต.โนนสูง", "คะแนนรวม : 84.21", "ระดับ : B"]
    # a measures table is not a key/value block
    assert kv_table_lines([["1", "ปรับปรุงเว็บไซต์", "สำนักปลัด"], ["2", "อบรม", "กองคลัง"]]) is None


def test_location_printed_apart_from_the_organisation():
    org = parse_org(["สรุปผลการประเมิน ITA ขององค์การบริหารส่วนตำบลโนนสูง", "ปีงบประมาณ 2568", "", "",
                     "ข้อมูลทั่วไป", "อำเภอ ........ น้ำพอง", "จังหวัด : ขอนแก่น"])
    assert (org["org_name"], org["district"], org["province"]) == ("องค์การบริหารส่วนตำบลโนนสูง", "น้ำพอง", "ขอนแก่น")
    assert "org_no_location" not in org["flags"]


def test_row_number_read_as_score_is_flagged():
    # regression: indicator 1's 85.00 came out as 1.00 (its row number) with no flag
    inds = [{"indicator_no": 1, "score": 1.0, "source": "results_table", "page": 1, "flags": []},
            {"indicator_no": 2, "score": 92.31, "source": "results_table", "page": 1, "flags": []}]
    qs = [{"question_code": "i7", "score": 7.0, "flags": []}, {"question_code": "i8", "score": 88.0, "flags": []}]
    assert flag_row_numbers(inds, qs) == ["score_may_be_row_number:2"]
    assert "score_may_be_row_number" in inds[0]["flags"] and not inds[1]["flags"]
    assert "score_may_be_row_number" in qs[0]["flags"] and not qs[1]["flags"]


def test_heading_naming_last_year_governs_the_lines_under_it():
    # the key says nothing, the heading above it says these are last year's figures
    r = kv("ผลการประเมินปีที่ผ่านมา\nคะแนนรวม ........ 80.11\nระดับ ........ C\n"
           "ผลการประเมินประจำปี 2568\nคะแนนรวม ........ 84.21\nระดับ ........ B")
    assert r.overall[0] == 84.21 and r.level[0] == "B"
    assert any(f.startswith("keyvalue_distractor_skipped:heading") for f in r.flags)


def test_leader_questions_on_ocr_pages_are_flagged():
    (row,) = leader_questions([(3, "o5 ................ 66.67")], 2568, frozenset({3}))
    assert row["score"] == 66.67 and "value_from_ocr_text" in row["flags"] and row["confidence"] <= 0.6


def test_heading_ending_with_another_year_governs_too():
    r = kv("ผลการประเมินปี 2567\nคะแนนรวม ........ 80.11\nค่าเฉลี่ยระดับประเทศ : 88.90\nผลการประเมินปี 2568\n"
           "คะแนนรวม ........ 84.21")
    assert r.overall[0] == 84.21
    assert "keyvalue_distractor_skipped:heading:ผลการประเมินปี2567" in r.flags


def test_indicator_heading_with_its_score_in_brackets():
    r = kv("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (92.90 คะแนน)")
    assert [(no, v) for no, v, _, _ in r.indicators] == [(4, 92.9)]


def test_bare_indicator_headings_never_share_a_later_score():
    # regression: question tables lifted out of the page text left their headings adjacent,
    # and a sentence read "ตัวชี้วัดที่ 2 … ตัวชี้วัดที่ 3 … (92.90 คะแนน)" as one score for three
    p = read_prose([(1, "ตัวชี้วัดที่ 2 การใช้งบประมาณ\nตัวชี้วัดที่ 3 การใช้อำนาจ\n"
                        "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (92.90 คะแนน)")], 2568)
    assert [(no, v) for no, v, _, _ in p.indicators] == [(4, 92.9)]


def test_a_table_of_other_words_is_no_key_value_block():
    # regression: any short-label table was taken for a key/value block and never named unmapped
    assert kv_table_lines([["ก", "ข", "ค"], ["สีแดง", "สีเขียว", "สีฟ้า"], ["ทดสอบ", "ข้อความ", "อื่นๆ"]]) is None
