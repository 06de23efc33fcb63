"""Question codes: shape repair, catalogs, text-based correction, code lists, prefixes.

Every code token printed in the five seeds appears below with a hand-written expectation.
"""
import itertools

import pytest

from normalizers.fields.codes import (
    canonical_code, catalog_years, load_catalog, parse_code_list, resolve_question,
    split_code_prefix,
)

TH = "๐๑๒๓๔๕๖๗๘๙"


def th(n: int) -> str:
    """Thai-digit spelling of n (test helper, independent of the code under test)."""
    return "".join(TH[int(c)] for c in str(n))


# --------------------------------------------------------------- canonical_code

@pytest.mark.parametrize("raw, code", [
    ("i๑๒", "i12"), ("I12", "i12"), ("i 12", "i12"), ("e๕", "e5"), ("O23", "o23"),
    ("i๑", "i1"), ("i๑๐", "i10"), ("i๑๕", "i15"), ("e๙", "e9"), ("O๑", "o1"), ("O๒๖", "o26"),
    ("o6", "o6"), ("i10", "i10"), ("i17", "i17"), ("i20", "i20"), ("e8", "e8"), ("O5", "o5"),
])
def test_canonical_code_clean_shapes_have_no_flag(raw, code):
    assert canonical_code(raw) == (code, [])


@pytest.mark.parametrize("raw, code", [
    ("1๒", "i2"),      # seed 004: 'i' printed as ASCII 1
    ("๐๒๓", "o23"),    # seed 001: 'o' printed as Thai zero
    ("023", "o23"),    # seed 000
    ("๐23", "o23"),    # seed 000 "ข้อ ๐23"
    ("06", "o6"),      # seed 000
    ("๐๑๐", "o10"),    # seed 001
    ("๐๕", "o5"),      # seed 003
    ("๐๒๕", "o25"),    # seed 003
    ("๐๘", "o8"),      # seed 001 "(อ้างอิงจาก ๐๘)"
])
def test_canonical_code_repaired_shapes_are_flagged(raw, code):
    got, flags = canonical_code(raw)
    assert got == code
    assert flags == [f"code_repaired:{raw}->{code}"]


@pytest.mark.parametrize("raw", ["๖", "๑๒๒", "๖๕", "12", "abc", "๑๑๕"])
def test_canonical_code_unreadable_without_hint(raw):
    got, flags = canonical_code(raw)
    assert got is None
    assert flags and flags[0].startswith("code_unreadable")


def test_canonical_code_bare_number_with_tool_hint_is_flagged():
    assert canonical_code("๑๒", "IIT") == ("i12", ["code_prefix_from_tool:๑๒->i12"])
    assert canonical_code("5", "EIT") == ("e5", ["code_prefix_from_tool:5->e5"])


@pytest.mark.parametrize("raw, bad", [("i31", "i31"), ("e16", "e16"), ("o44", "o44"), ("i0", "i0")])
def test_canonical_code_ranges(raw, bad):
    got, flags = canonical_code(raw)
    assert got is None
    assert f"code_out_of_range:{bad}" in flags


def test_canonical_code_range_edges_property():
    for prefix, top in (("i", 30), ("e", 15), ("o", 43)):
        for n in range(1, top + 1):
            for raw in (f"{prefix}{n}", f"{prefix.upper()}{n}", f"{prefix}{th(n)}", f"{prefix} {n}"):
                assert canonical_code(raw) == (f"{prefix}{n}", []), raw
        assert canonical_code(f"{prefix}{top + 1}")[0] is None


def test_canonical_code_tool_mismatch_flag():
    code, flags = canonical_code("e๕", "IIT")
    assert code == "e5"
    assert flags == ["code_tool_mismatch:e5!=IIT"]


# --------------------------------------------------------------- catalogs

def test_catalog_2568_has_seed_001_questions():
    cat = load_catalog(2568)
    assert cat.year == 2568 and cat.flags == []
    assert sorted(c for c in cat if c[0] == "i") == sorted(f"i{n}" for n in range(1, 16))
    assert sorted(c for c in cat if c[0] == "e") == sorted(f"e{n}" for n in range(1, 10))
    assert sorted(c for c in cat if c[0] == "o") == sorted(f"o{n}" for n in range(1, 29))
    assert all(cat.values())
    assert cat["o10"] == "E-Service"
    assert cat["i12"].startswith("การกำกับดูแลและตรวจสอบทรัพย์สินของหน่วยงาน")
    # indicators from seed 001's ตัวชี้วัดที่ headings
    assert cat.indicator["i3"] == 1 and cat.indicator["i4"] == 2 and cat.indicator["i9"] == 3
    assert cat.indicator["i12"] == 4 and cat.indicator["i13"] == 5 and cat.indicator["e3"] == 6
    assert cat.indicator["e6"] == 7 and cat.indicator["e7"] == 8 and cat.indicator["o20"] == 9
    assert cat.indicator["o21"] == 10 and cat.indicator["o28"] == 10


def test_catalog_2565_oit_43_and_indicators():
    cat = load_catalog(2565)
    assert len([c for c in cat if c[0] == "o"]) == 43
    assert cat["o17"] == "E-Service"
    assert cat.indicator["i7"] == 2 and cat.indicator["i9"] == 2  # seed 002: i7-i9 budget
    assert cat.indicator["o33"] == 9 and cat.indicator["o34"] == 10


def test_catalog_fallback_to_nearest_year_is_flagged():
    assert 2565 in catalog_years() and 2568 in catalog_years()
    c67 = load_catalog(2567)
    assert c67.year == 2568 and c67.flags == ["catalog_fallback:2567->2568"]
    c66 = load_catalog(2566)  # inside the 2562-2566 edition: no fallback
    assert c66.year == 2566 and c66.edition == "2562-2566" and c66.flags == []
    c61 = load_catalog(2561)
    assert c61.edition == "2562-2566" and c61.flags == ["catalog_fallback:2561->2562"]
    c69 = load_catalog(2569)
    assert c69.year == 2568 and c69.flags == ["catalog_fallback:2569->2568"]


# --------------------------------------------------------------- resolve_question

# (printed code, printed text, expected code, expected flag) from seeds 003/004/000/001
SEED_QUESTIONS = [
    ("๖", "หน่วยงาน ของท่าน มีการ ใช้งบประมาณ หรือการจัดซื้อ จัดจ้างที่เอื้อ ประโยชน์ให้ "
          "บุคคลใดบุคคล หนึ่งมากน้อย เพียง ไດ", "i6", "code_corrected:๖->i6"),
    ("๑๒๒", "การกำกับดูแล และตรวจสอบ ทรัพย์สิน ของ หน่วยงาน สามารถ ป้องกันการนำ ทรัพย์สิน "
            "ของ หน่วยงานไปใช้เพื่อ ประโยชน์ส่วนตัวได้ มาก น้อย เพียงใด", "i12",
     "code_corrected:๑๒๒->i12"),
    ("๖๕", "เจ้าหน้าที่ใน หน่วยงานของท่าน มี การเบิกจ่ายเงินเป็น เท็จ เช่น ค่าทำงาน ล่วงเวลา "
           "ค่าวัสดุ อุปกรณ์ หรือค่า เดินทาง ฯลฯ มาก น้อยเพียงใด", "i5", "code_corrected:๖๕->i5"),
    ("1๒", "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติอย่างไม่เป็นธรรม ต่อผู้มาติดต่อหรือ"
           "ผู้รับบริการมากน้อยเพียงใด", "i2", "code_repaired:1๒->i2"),
    ("๐๒๓", "การประเมินความเสี่ยงที่อาจเกิดการให้/รับ สินบนจากการดำเนินงานตามภารกิจของหน่วยงาน"
            "ประจำปีพ.ศ. ๒๕๖๘", "o23", "code_repaired:๐๒๓->o23"),
    ("12", "เจ้าหน้าที่ในหน่วยงานของท่าน มีการเลือกปฏิบัติอย่างไม่เป็นธรรมต่อผู้ที่มาติดต่อหรือ"
           "ผู้รับบริการอย่างน้อยเพียงใด", "i2", "code_corrected:12->i2"),
    # seed 003 prints i๔ with the text of i9: the text wins
    ("i๔", "การบริหารงานบุคคลในหน่วยงานของท่าน มีการให้หรือรับสินบนเพื่อแลกกับการบรรจุแต่งตั้ง"
           "โยกย้ายหรือเลื่อนตำแหน่งหรือไม่", "i9", "code_corrected:i๔->i9"),
    ("๐๕", "แผน ยุทธศาสตร์ หรือ แผนพัฒนา", "o5", "code_repaired:๐๕->o5"),
    ("๐๒๕", "แผนปฏิบัติการ การป้องกันการ ทุจริต", "o25", "code_repaired:๐๒๕->o25"),
    ("๑๑๕", "รายงานผลการบริหารและ พัฒนาทรัพยากร บุคคล ประจำปี", "o15",
     "code_corrected:๑๑๕->o15"),
]


@pytest.mark.parametrize("raw, text, code, flag", SEED_QUESTIONS)
def test_resolve_question_seed_misprints(raw, text, code, flag):
    got, conf, flags = resolve_question(raw, text, 2568)
    assert got == code
    assert flag in flags
    assert 0 < conf <= 0.9


CLEAN_SEED_QUESTIONS = [
    ("i๒", "เจ้าหน้าที่ใน หน่วยงานของ ท่านมีการเลือก ปฏิบัติอย่างไม่ เป็นธรรมต่อผู้ ที่มาติดต่อหรือ "
           "ผู้รับบริการ มาก น้อยเพียงใด", "i2"),
    ("i๑๓", "ผู้บริหาร สูงสุด ของหน่วยงาน ของท่าน ให้ ความสำคัญ กับการแก้ไข ปัญหา การท ทุจริต "
            "มากน้อย เพียงใด", "i13"),
    ("e๓", "ท่านเคยถูกเจ้าหน้าที่เรียก รับ สินบน เพื่อ แลกกับ การ ปฏิบัติงานหรือ ให้บริการแก่ "
           "ท่าน หรือไม่", "e3"),
    ("e๖", "เจ้าหน้าที่ สามารถสื่อสาร ตอบข้อซักถาม หรือให้ คำอธิบาย แก่ ท่านได้อย่าง ชัดเจน", "e6"),
    ("e๙", "หน่วยงาน มีการพัฒนาใน การ ให้บริการ ผ่าน ช่องทาง ออนไลน์ ให้ สะดวก รวดเร็ว\"และมี "
           "ประสิทธิภาพ", "e9"),
    ("i๔", "หน่วยงานของท่าน ใช้จ่ายงบประมาณ เป็นไปตาม วัตถุประสงค์ มากน้อย เพียงใด", "i4"),
    ("i๑๐", "เจ้าหน้าที่ใน หน่วยงานของท่าน มี การขอยืมหรือขอใช้ ทรัพย์สินของ หน่วยงาน อย่าง "
            "ถูกต้องตามขั้นตอน/ แนวปฏิบัติ มากน้อย เพียงใด", "i10"),
    ("e๑", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านเป็นไปตามขั้นตอนและระยะเวลา", "e1"),
    ("e๒", "เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน", "e2"),
    ("e๔", "หน่วยงานมี ช่องทางการเผยแพร่ ข้อมูลข่าวสารที่ สามารถเข้าถึงได้ง่าย", "e4"),
    ("e๕", "หน่วยงานมีการ ประชาสัมพันธ์ข้อมูล ข่าวสารที่ประชาชน หรือผู้รับบริการควร "
           "ได้รับทราบอย่างชัดเจน", "e5"),
    ("e๗", "หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการ"
           "ดำเนินงานของหน่วยงาน", "e7"),
    ("e๘", "หน่วยงานมีการ ปรับปรุงการ ดำเนินงานให้ ตอบสนองต่อประชาชน", "e8"),
    ("06", "แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี พ.ศ. 2568", "o6"),
    ("๐๒๐", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "o20"),
    ("๐๒๗", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ภายในหน่วยงาน", "o27"),
]


@pytest.mark.parametrize("raw, text, code", CLEAN_SEED_QUESTIONS)
def test_resolve_question_seed_clean(raw, text, code):
    got, conf, flags = resolve_question(raw, text, 2568)
    assert got == code
    assert conf >= 0.9
    assert not any(f.startswith("code_corrected") for f in flags)


def test_resolve_question_unreadable_and_no_text():
    code, conf, flags = resolve_question("๖", "", 2568)
    assert code is None and conf == 0.0 and "code_unreadable:๖" in flags
    code, conf, flags = resolve_question(None, "ข้อความที่ไม่เกี่ยวข้องกับคำถามใดเลยสักนิด", 2568)
    assert code is None and conf == 0.0


def test_resolve_question_code_without_catalog_text_trusted():
    code, conf, flags = resolve_question("i๘", "", 2565)
    assert code == "i8" and conf >= 0.9 and flags == []


def test_resolve_question_code_not_in_year_catalog_flagged():
    code, conf, flags = resolve_question("i17", "", 2568)
    assert code == "i17" and conf <= 0.5
    assert "code_not_in_catalog:i17@2568" in flags


def test_resolve_question_fallback_year_flag_propagates():
    code, _, flags = resolve_question("i๑๒", "", 2569)
    assert code == "i12" and "catalog_fallback:2569->2568" in flags


def test_resolve_question_every_catalog_text_maps_to_itself():
    cat = load_catalog(2568)
    for code, text in cat.items():
        got, conf, flags = resolve_question(None, text, 2568)
        assert got == code, (code, got)
        # with the wrong printed code the text still wins (flagged)
        other = "i1" if code != "i1" else "i2"
        got2, _, flags2 = resolve_question(other, text, 2568)
        if len(text) >= 15:
            assert got2 == code and f"code_corrected:{other}->{code}" in flags2, code


# --------------------------------------------------------------- parse_code_list

@pytest.mark.parametrize("text, codes", [
    ("i1 - i4", ["i1", "i2", "i3", "i4"]),
    ("ในตัวชี้วัดที่ 2 ข้อ i5 – i9 ทต.นาขุม", ["i5", "i6", "i7", "i8", "i9"]),   # seed 000
    ("ในตัวชี้วัดที่ 3 ข้อ i10 – i12", ["i10", "i11", "i12"]),
    ("ข้อ e2", ["e2"]),
    ("o23, o24", ["o23", "o24"]),
    ("i๑๓", ["i13"]),
    ("ข้อ i๘ และ i๙ หน่วยงานควร", ["i8", "i9"]),                                 # seed 002
    ("e๔ หน่วยงานมีช่องทาง e๕ หน่วยงานมีการประชาสัมพันธ์", ["e4", "e5"]),          # seed 001
    ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ๐๒๐ การเปิดโอกาส", ["o20"]),            # seed 001
    ("ข้อ ๐23 การประเมินความเสี่ยง", ["o23"]),                                     # seed 000
    ("ข้อ 023 การประเมิน", ["o23"]),
    ("06 แผนและความก้าวหน้า", ["o6"]),
    ("1๒ เจ้าหน้าที่ในหน่วยงาน", ["i2"]),                                           # seed 004
    ("ตรวจสอบรายการ ข้อมูล O๑-O๒๖ตาม ปฏิทิน", [f"o{n}" for n in range(1, 27)]),     # seed 003
    ("i1 i1 i2", ["i1", "i2"]),
    ("", []),
    (None, []),
])
def test_parse_code_list(text, codes):
    assert parse_code_list(text) == codes


@pytest.mark.parametrize("text", [
    "No Gift Policy", "ITA2569", "E-Service", "ข้อ ๑๐ มีค่าคะแนน", "คะแนน ๐", "๑๐๐.๐๐",
    "100.00", "(Line , Facebook)", "IIT EIT OIT", "ตัวชี้วัด ๙.๑, ๙.๒, ๙.๓", "OIT 96.07 คะแนน",
    "๒๐% ๒๔ ชม.", "Line OA, Facebook, Tik Tok",
])
def test_parse_code_list_no_false_positives(text):
    assert parse_code_list(text) == []


# --------------------------------------------------------------- split_code_prefix

@pytest.mark.parametrize("cell, raw, rest", [
    ("i๑ การปฏิบัติงานหรือให้บริการ", "i๑", "การปฏิบัติงานหรือให้บริการ"),
    ("1๒ เจ้าหน้าที่ในหน่วยงานของท่าน", "1๒", "เจ้าหน้าที่ในหน่วยงานของท่าน"),
    ("๖ หน่วยงาน ของท่าน มีการ", "๖", "หน่วยงาน ของท่าน มีการ"),
    ("๑๒๒ การกำกับดูแล", "๑๒๒", "การกำกับดูแล"),
    ("๐๒๓ การประเมินความเสี่ยง", "๐๒๓", "การประเมินความเสี่ยง"),
    ("O5 ข้อมูลการติดต่อ", "O5", "ข้อมูลการติดต่อ"),
    ("๖๕ เจ้าหน้าที่ใน หน่วยงาน", "๖๕", "เจ้าหน้าที่ใน หน่วยงาน"),
    ("12 เจ้าหน้าที่ในหน่วยงาน", "12", "เจ้าหน้าที่ในหน่วยงาน"),
    ("ข้อ e2 เจ้าหน้าที่ปฏิบัติงาน", "e2", "เจ้าหน้าที่ปฏิบัติงาน"),
    ("e๔ หน่วยงานมีช่องทาง", "e๔", "หน่วยงานมีช่องทาง"),
    ("i๑๐เจ้าหน้าที่", "i๑๐", "เจ้าหน้าที่"),
    ("๐๑๐ E-Service", "๐๑๐", "E-Service"),
])
def test_split_code_prefix(cell, raw, rest):
    assert split_code_prefix(cell) == (raw, rest)


@pytest.mark.parametrize("cell", [
    "๑. จัดทำคู่มือ", "๒) การใช้งบประมาณ", "การปฏิบัติหน้าที่", "", "กลไกและ มาตรการ",
    "๒๕๖๘ ปีงบประมาณ",
])
def test_split_code_prefix_none(cell):
    assert split_code_prefix(cell) == (None, cell)


def test_split_then_resolve_roundtrip_property():
    """Any catalog question printed with any Thai/ASCII/upper-case code shape resolves back."""
    cat = load_catalog(2568)
    for code, text in itertools.islice(cat.items(), 0, None, 3):
        p, n = code[0], int(code[1:])
        for shape in (f"{p}{th(n)}", f"{p.upper()}{n}", f"{p}{n}"):
            raw, rest = split_code_prefix(f"{shape} {text}")
            assert raw == shape
            got, conf, _ = resolve_question(raw, rest, 2568)
            assert got == code and conf >= 0.9


def test_resolve_question_prefer_printed_keeps_wellformed_code_with_flag():
    text = ("การบริหารงานบุคคลในหน่วยงานของท่าน มีการให้หรือรับสินบนเพื่อแลกกับการบรรจุแต่งตั้ง"
            "โยกย้ายหรือเลื่อนตำแหน่งหรือไม่")
    code, conf, flags = resolve_question("i๔", text, 2568, prefer_printed=True)
    assert code == "i4" and conf <= 0.6 and "code_text_mismatch:i4~i9" in flags
    # garbled codes are still recovered from the text
    code, _, flags = resolve_question("๑๒๒", SEED_QUESTIONS[1][1], 2568, prefer_printed=True)
    assert code == "i12" and "code_corrected:๑๒๒->i12" in flags


@pytest.mark.parametrize("cell, code", [
    # fresh13s 9209 p2 and 9208: an OCR'd question cell whose i came out as two glyphs; the
    # question text names indicator 10 (ป้องกันการทุจริต), so the row was typed an indicator row
    # and its score lost (or read as the indicator's)
    ("[114 ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานท่าน สามารถป้องคันได้มากบ้อยเพียงใด", "i14"),
    ("บ111 เจ้าหน้าที่ในหน่วยงานของท่าน เคยนำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัว", "i11"),
])
def test_i_read_as_two_glyphs_is_the_question_code(cell, code):
    from normalizers.tables import cells as ct
    from normalizers.tables import rows as rk
    raw, text = split_code_prefix(cell)
    assert canonical_code(raw) == (code, [f"code_repaired:{raw}->{code}"])
    assert text.startswith(("ท่านคิดว่า", "เจ้าหน้าที่"))
    assert ct.cell_type(cell) == ct.CODE_TEXT
    assert rk.row_kind([cell, "52.04"], 0) == rk.QUESTION
    got, _, flags = resolve_question(raw, text, 2568)
    assert got == code and f"code_repaired:{raw}->{code}" in flags
