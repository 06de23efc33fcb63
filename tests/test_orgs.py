"""Organisation and years from the heading lines of the five seed reports (hand-checked)."""
from pathlib import Path

import pytest

from normalizers.fields.orgs import PROVINCES, expand_abbreviations, parse_org, parse_years

from shared_dir import SEEDS  # noqa: E402


def seed_lines(prefix: str) -> list[str]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8").splitlines()


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")

EXPECTED = {
    "000": ("องค์การบริหารส่วนตำบลนาขุม", "องค์การบริหารส่วนตำบล", "เมืองอุตรดิตถ์", "อุตรดิตถ์",
            2568, 2569),
    "001": ("องค์การบริหารส่วนตำบลวัฒนานคร", "องค์การบริหารส่วนตำบล", "วัฒนานคร", "สระแก้ว",
            2568, 2569),
    "002": ("องค์การบริหารส่วนตำบลหินโคน", "องค์การบริหารส่วนตำบล", "ลำปลายมาศ", "บุรีรัมย์",
            2565, 2566),
    "003": ("องค์การบริหารส่วนตำบลบางปอ", "องค์การบริหารส่วนตำบล", "เมืองนราธิวาส", "นราธิวาส",
            2568, 2569),
    "004": ("องค์การบริหารส่วนตำบลมวกเหล็ก", "องค์การบริหารส่วนตำบล", "มวกเหล็ก", "สระบุรี",
            2568, 2569),
}


@needs_seeds
@pytest.mark.parametrize("seed", sorted(EXPECTED))
@pytest.mark.parametrize("n_lines", [60, None])
def test_seed_org(seed, n_lines):
    lines = seed_lines(seed)[:n_lines]
    name, typ, district, province, _, _ = EXPECTED[seed]
    org = parse_org(lines)
    assert (org["org_name"], org["org_type"], org["district"], org["province"]) == (
        name, typ, district, province)


@needs_seeds
def test_seed_distractors_are_flagged():
    assert "org_conflict:องค์การบริหารส่วนตำบลพัฒน์นคร" in parse_org(seed_lines("001"))["flags"]
    assert "org_conflict:เทศบาลตำบลนาขุม" in parse_org(seed_lines("000"))["flags"]
    assert parse_org(seed_lines("002"))["flags"] == []


@needs_seeds
@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_years(seed):
    text = "\n".join(seed_lines(seed))
    assessment, plan, flags = parse_years(text)
    assert (assessment, plan) == EXPECTED[seed][4:]
    assert not any(f.startswith("plan_year_unusual") for f in flags)


def test_years_title_only_infers_plan_with_flag():
    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\n"
            "ขององค์การบริหารส่วนตำบลพัฒน์นคร\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    assert parse_years(text) == (2568, 2569, ["plan_year_inferred"])


def test_years_plan_from_measures_title():
    text = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙")
    assert parse_years(text) == (2568, 2569, [])


def test_years_plan_from_periods():
    text = ("การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n"
            "มาตรการ\tต.ค. ๖๘ - ก.ย. ๖๙\nกิจกรรม\tม.ค. ๖๙ - มี.ค. ๖๙")
    assert parse_years(text) == (2568, 2569, [])


def test_years_nothing():
    assert parse_years("ไม่มีปี") == (None, None, [])


def test_heading_lines_with_abbreviations():
    lines = ["รายงานการวิเคราะห์ผลการประเมิน ITA", "ทต.บ้านใหม่ อ.เมือง จ.นครราชสีมา"]
    org = parse_org(lines)
    assert org["org_name"] == "เทศบาลตำบลบ้านใหม่"
    assert org["org_type"] == "เทศบาลตำบล"
    assert org["district"] == "เมือง"
    assert org["province"] == "นครราชสีมา"


def test_other_types():
    org = parse_org(["เทศบาลเมืองบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี"])
    assert (org["org_name"], org["org_type"], org["district"], org["province"]) == (
        "เทศบาลเมืองบ้านสวน", "เทศบาลเมือง", "เมืองชลบุรี", "ชลบุรี")
    org = parse_org(["องค์การบริหารส่วนจังหวัดสระบุรี", "อำเภอเมืองสระบุรี จังหวัดสระบุรี"])
    assert (org["org_name"], org["org_type"], org["province"]) == (
        "องค์การบริหารส่วนจังหวัดสระบุรี", "องค์การบริหารส่วนจังหวัด", "สระบุรี")


def test_type_word_alone_is_not_an_org():
    # seed 003: "หน่วยงานประเภท องค์การบริหารส่วนตำบล"
    org = parse_org(["หน่วยงานประเภท องค์การบริหารส่วนตำบล"])
    assert org["org_name"] is None and org["flags"] == ["org_not_found"]


def test_glued_prose_mention_counts_for_the_heading_name():
    lines = ["องค์การบริหารส่วนตำบลหินโคน", "อำเภอลำปลายมาศ จังหวัดบุรีรัมย์",
             '"องค์การบริหารส่วนตำบลหินโคนได้รับผลการประเมิน ๙๒.๕๑ คะแนน']
    org = parse_org(lines)
    assert org["org_name"] == "องค์การบริหารส่วนตำบลหินโคน" and org["flags"] == []


def test_no_location_is_flagged():
    org = parse_org(["รายงาน ขององค์การบริหารส่วนตำบลบางปอ"])
    assert org["org_name"] == "องค์การบริหารส่วนตำบลบางปอ"
    assert org["district"] is None and org["province"] is None
    assert "org_no_location" in org["flags"]


def test_expand_abbreviations():
    assert expand_abbreviations("อบต.มวกเหล็ก") == "องค์การบริหารส่วนตำบลมวกเหล็ก"
    assert expand_abbreviations("ทต.นาขุม ได้คะแนน") == "เทศบาลตำบลนาขุม ได้คะแนน"
    assert expand_abbreviations("ทม. บ้านสวน") == "เทศบาลเมืองบ้านสวน"
    assert expand_abbreviations("อบต. พร้อมรับการตรวจสอบ") == "องค์การบริหารส่วนตำบลพร้อมรับการตรวจสอบ"


def test_province_list_is_complete():
    assert len(PROVINCES) == len(set(PROVINCES)) == 77
