"""Periods: every period string printed in the seeds, the contract examples, and
property tests over month/year/separator spellings (oracle: the calendar module)."""
import calendar
import itertools
import random
from datetime import date

import pytest

from normalizers.fields.fiscal import fiscal_year_bounds, quarter_bounds
from normalizers.fields.periods import Period, parse_period

D = date
FY69 = (D(2025, 10, 1), D(2026, 9, 30))

CONTRACT = [
    ("ต.ค. 68 – ก.ย. 69", 2569, FY69),
    ("ม.ค.-มี.ค. 69", 2569, (D(2026, 1, 1), D(2026, 3, 31))),
    ("๑ ต.ค.๖๘ ถึง ๓๐ ก.ย.๖๙", 2569, FY69),
    ("ตลอดปีงบประมาณ ๒๕๖๙", 2569, FY69),
    ("ไตรมาสที่ ๑-๒", 2569, (D(2025, 10, 1), D(2026, 3, 31))),
    ("ธ.ค. ๖๘", 2569, (D(2025, 12, 1), D(2025, 12, 31))),
    ("ไตรมาสที่ ๓", 2569, (D(2026, 4, 1), D(2026, 6, 30))),
    ("ต.ค. 68 มี.ค. 69", 2569, (D(2025, 10, 1), D(2026, 3, 31))),
    ("ตลอดปีงบประมาณ ๒๕๖๙ (เน้นช่วงไตรมาสที่ ๒ และ ๓)", 2569, FY69),
    ("๑๕ พ.ย. ๖๘ – ๑๐ ม.ค. ๖๙", 2569, (D(2025, 11, 15), D(2026, 1, 10))),
]

SEEDS = [
    # seed 000 (plan year 2569)
    ("ต.ค. 68 - มี.ค. 69", 2569, (D(2025, 10, 1), D(2026, 3, 31))),
    ("ต.ค. 68 – ก.ย. 69", 2569, FY69),
    ("ม.ค.-มี.ค. 69", 2569, (D(2026, 1, 1), D(2026, 3, 31))),
    ("ต.ค. 68 มี.ค. 69", 2569, (D(2025, 10, 1), D(2026, 3, 31))),
    # seed 001
    ("ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙", 2569, FY69),
    # seed 002 (plan year 2566)
    ("ม.ค. ๖๖ - เม.ย. ๖๖", 2566, (D(2023, 1, 1), D(2023, 4, 30))),
    ("ต.ค. ๖๕ - เม.ย. ๖๖", 2566, (D(2022, 10, 1), D(2023, 4, 30))),
    ("ม.ค. ๖๖ - มี.ค. ๖๖", 2566, (D(2023, 1, 1), D(2023, 3, 31))),
    # seed 003 (plan year 2569), wrapped as printed
    ("ตลอดปีงบประมาณ ๒๕๖๙ (เน้นหนัก ในช่วงไตรมาส ที่ ๒ และ ๓ ก่อน การ ประเมินจริง)", 2569, FY69),
    ("ตลอดปีงบประมา ณ ๒๕๖๙ (โดยเฉพาะ ช่วงการจัดทำแผน งบประมาณ รายปี และช่วงสรุปผล "
     "งานรายไตรมาส)", 2569, FY69),
    ("ตลอดปีงบประมาณ ๒๕๖๙ (เน้นเป็นพิเศษในช่วงรอบการประเมินผลการปฏิบัติงาน)", 2569, FY69),
    ("ตลอด ปีงบประมาณ ๒๕๖๙ (เน้นหนัก ในช่วง ไตรมาส ที่ ๒ เพื่อ สร้าง นิสัยการใช้ที่ ถูกต้อง)",
     2569, FY69),
    ("ตลอด ปีงบประมาณ ๒๕๖๙ (โดยมี การ สรุป รายงานรอบ ๖ เดือน และ ๑๒ เดือน)", 2569, FY69),
    ("ไตรมาสที่ ๑-๒ (ปรับปรุง ระบบ และ คู่มือ) และ ต่อเนื่องตลอด ปีงบประมาณ ๒๕๖๙", 2569, FY69),
    ("เร่งด่วน: ไตร มาส ๑-๒ ต้อง มี ต้นแบบการ ปรับปรุงที่เห็น ผล ชัดเจน ๑-๒", 2569,
     (D(2025, 10, 1), D(2026, 3, 31))),
    ("ไตรมาสที่ ๑-๒ (ต้องดำเนินการให้ แล้วเสร็จก่อน สิ้นสุดระยะเวลา การนำเข้าข้อมูลใน ระบบ ITAS",
     2569, (D(2025, 10, 1), D(2026, 3, 31))),
    ("ตลอด ปีงบประมาณ ๒๕๖๙ (โดย เน้นหนัก ในช่วงการ จัดทำ แผนปฏิบัติ การ และ สรุปรอบ ๖/๑๒ เดือน)",
     2569, FY69),
    ("ตลอด\nปีงบประมาณ ๒๕๖๙\n(โดยมี การ สรุป\nรายงานรอบ ๖ เดือน)", 2569, FY69),
]


@pytest.mark.parametrize("text, plan, expected", CONTRACT + SEEDS)
def test_contract_and_seed_periods(text, plan, expected):
    p = parse_period(text, plan)
    assert (p.start, p.end) == expected
    assert not any(f.startswith(("period_unparsed", "period_inverted")) for f in p.flags)


def test_seed_004_garbled_day_falls_back_with_flag():
    p = parse_period("๑ ต.ค.๖๘ ถึง ๓. ก.ย.๖๙", 2569)
    assert (p.start, p.end) == FY69
    assert "period_day_unreadable:3." in p.flags


def test_garbled_start_day_falls_back_to_first():
    p = parse_period("๓. ต.ค.๖๘ ถึง ๓๐ ก.ย.๖๙", 2569)
    assert (p.start, p.end) == FY69
    assert "period_day_unreadable:3." in p.flags


def test_impossible_day_falls_back_with_flag():
    p = parse_period("๓๑ ก.ย. ๖๙", 2569)
    assert (p.start, p.end) == (D(2026, 9, 1), D(2026, 9, 30))
    assert p.flags == ["period_day_unreadable:31"]


def test_seed_003_stale_year_kept_as_printed_but_flagged():
    p = parse_period("ไตรมาสที่ ๑ (ปรับปรุง ช่องทาง) และ ดำเนินการ ต่อเนื่องตลอด ปีงบประมาณ ๒๕๖๘", 2569)
    assert (p.start, p.end) == (D(2024, 10, 1), D(2025, 9, 30))
    assert "period_outside_plan_year:2569" in p.flags


def test_bare_fiscal_year_uses_plan_year_with_flag():
    p = parse_period("ตลอดปีงบประมาณ", 2569)
    assert (p.start, p.end) == FY69
    assert p.flags == ["period_year_from_plan:2569"]
    p = parse_period("ตลอดปีงบประมาณ", None)
    assert (p.start, p.end) == (None, None) and "period_year_unknown" in p.flags


def test_fiscal_year_phrases():
    assert (parse_period("ปีงบประมาณ พ.ศ. ๒๕๖๙", None).start,
            parse_period("ปีงบประมาณ พ.ศ. ๒๕๖๙", None).end) == FY69
    p = parse_period("ปีงบประมาณ 2566", 2566)
    assert (p.start, p.end) == (D(2022, 10, 1), D(2023, 9, 30)) and p.flags == []


def test_full_month_names():
    p = parse_period("ตุลาคม ๒๕๖๘", 2569)
    assert (p.start, p.end) == (D(2025, 10, 1), D(2025, 10, 31))
    p = parse_period("ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙", 2569)
    assert (p.start, p.end) == FY69
    p = parse_period("๑ พฤศจิกายน ๒๕๖๘ ถึง ๑๕ กุมภาพันธ์ ๒๕๖๙", 2569)
    assert (p.start, p.end) == (D(2025, 11, 1), D(2026, 2, 15))


def test_year_missing_on_one_side():
    assert (parse_period("ต.ค. 68 - มี.ค.", 2569).start,
            parse_period("ต.ค. 68 - มี.ค.", 2569).end) == (D(2025, 10, 1), D(2026, 3, 31))
    p = parse_period("ต.ค. - ธ.ค. ๖๘", 2569)
    assert (p.start, p.end) == (D(2025, 10, 1), D(2025, 12, 31))
    p = parse_period("พ.ย. - ก.พ. ๖๙", 2569)
    assert (p.start, p.end) == (D(2025, 11, 1), D(2026, 2, 28))


def test_no_year_anywhere_uses_plan_year_with_flag():
    p = parse_period("ต.ค. - ธ.ค.", 2569)
    assert (p.start, p.end) == (D(2025, 10, 1), D(2025, 12, 31))
    assert p.flags == ["period_year_from_plan:2569"]
    p = parse_period("ก.พ. - มี.ค.", None)
    assert (p.start, p.end) == (None, None) and "period_year_unknown" in p.flags


def test_day_range_inside_one_month():
    p = parse_period("1-15 ต.ค. 68", 2569)
    assert (p.start, p.end) == (D(2025, 10, 1), D(2025, 10, 15))


def test_newline_inside_range():
    p = parse_period("ต.ค.๖๘-\nก.ย.๖๙", 2569)
    assert (p.start, p.end) == FY69


@pytest.mark.parametrize("text", ["สำนักปลัด", "ดำเนินการต่อเนื่อง", "-", "๒๕", "ทุกวัน"])
def test_not_a_period(text):
    p = parse_period(text, 2569)
    assert (p.start, p.end) == (None, None)
    assert "period_unparsed" in p.flags


def test_empty_period():
    p = parse_period("", 2569)
    assert (p.start, p.end) == (None, None) and p.flags == ["period_unparsed:empty"]
    assert parse_period(None, 2569).start is None


def test_inverted_range_is_never_returned():
    p = parse_period("ก.ย. 69 - ต.ค. 68", 2569)
    assert (p.start, p.end) == (None, None)
    assert any(f.startswith("period_inverted") for f in p.flags)


def test_bounds_helpers():
    assert fiscal_year_bounds(2569) == FY69
    assert quarter_bounds(2569, 1) == (D(2025, 10, 1), D(2025, 12, 31))
    assert quarter_bounds(2569, 4) == (D(2026, 7, 1), D(2026, 9, 30))


# ---------------------------------------------------------------- properties

ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
        "ธ.ค."]
FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
        "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH = "๐๑๒๓๔๕๖๗๘๙"


def _th(s: str) -> str:
    return "".join(TH[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def _year_spellings(be: int) -> list[str]:
    return [str(be), str(be)[2:], _th(str(be)), _th(str(be)[2:])]


def test_property_month_ranges_every_spelling():
    rng = random.Random(7)
    seps = [" - ", "-", " – ", " ถึง ", " "]
    pairs = [(m1, y1, m2, y2) for y1, y2 in ((2568, 2568), (2568, 2569), (2569, 2569))
             for m1 in range(1, 13) for m2 in range(1, 13) if (y1, m1) <= (y2, m2)]
    for m1, y1, m2, y2 in pairs:
        ys1, ys2 = rng.choice(_year_spellings(y1)), rng.choice(_year_spellings(y2))
        names = rng.choice([ABBR, FULL])
        mon1 = names[m1 - 1]
        mon2 = names[m2 - 1]
        if names is ABBR and rng.random() < 0.3:
            mon1 = mon1.replace(".", ". ", 1)  # "ต. ค." spacing variant
        text = f"{mon1} {ys1}{rng.choice(seps)}{mon2} {ys2}"
        p = parse_period(text, 2569)
        ce1, ce2 = y1 - 543, y2 - 543
        assert (p.start, p.end) == (D(ce1, m1, 1), D(ce2, m2, calendar.monthrange(ce2, m2)[1])), text


def test_property_explicit_days():
    rng = random.Random(11)
    for _ in range(200):
        ce = rng.choice([2025, 2026])
        m1 = rng.randint(1, 12)
        d1 = rng.randint(1, calendar.monthrange(ce, m1)[1])
        start = D(ce, m1, d1)
        m2 = rng.randint(m1, 12)
        d2 = rng.randint(d1 if m2 == m1 else 1, calendar.monthrange(ce, m2)[1])
        end = D(ce, m2, d2)
        y = str(ce + 543)[2:]
        text = f"{d1} {ABBR[m1 - 1]}{y} ถึง {d2} {ABBR[m2 - 1]}{y}"
        if rng.random() < 0.5:
            text = _th(text)
        p = parse_period(text, 2569)
        assert (p.start, p.end) == (start, end), text
        assert p.flags == [] or p.flags == ["period_outside_plan_year:2569"]


def test_property_quarters():
    firsts = {1: (10, -1), 2: (1, 0), 3: (4, 0), 4: (7, 0)}
    for plan in (2566, 2568, 2569):
        for a, b in itertools.combinations_with_replacement(range(1, 5), 2):
            m1, off1 = firsts[a]
            m2, off2 = firsts[b]
            ce_a, ce_b = plan - 543 + off1, plan - 543 + off2
            end_month = m2 + 2
            expected = (D(ce_a, m1, 1), D(ce_b, end_month, calendar.monthrange(ce_b, end_month)[1]))
            text = f"ไตรมาสที่ {_th(str(a))}" if a == b else f"ไตรมาสที่ {a}-{b}"
            p = parse_period(text, plan)
            assert (p.start, p.end) == expected, text


def test_property_never_start_after_end():
    rng = random.Random(3)
    vocab = ABBR + ["๖๘", "๖๙", "2568", "-", "ถึง", "ไตรมาสที่", "๑", "๒", "ตลอด", "ปีงบประมาณ",
                    "๓.", "๓๐", "และ", "(", ")"]
    for _ in range(500):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 6)))
        p = parse_period(text, 2569)
        assert isinstance(p, Period)
        if p.start is not None and p.end is not None:
            assert p.start <= p.end, text
        if p.start is None or p.end is None:
            assert p.flags, text


def test_corpus_content_periods():
    """Every period of the corpus content files (expected dates hand-written there)."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpus" / "content"
    files = sorted(root.glob("*.json"))
    if not files:
        pytest.skip("corpus content not available")
    seen = 0

    def walk(o, plan):
        nonlocal seen
        if isinstance(o, dict):
            if "period_text" in o and "period_start" in o:
                p = parse_period(o["period_text"], plan)
                got = (p.start and p.start.isoformat(), p.end and p.end.isoformat())
                assert got == (o["period_start"], o["period_end"]), o["period_text"]
                seen += 1
            for v in o.values():
                walk(v, plan)
        elif isinstance(o, list):
            for v in o:
                walk(v, plan)

    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        walk(d, d.get("plan_year"))
    assert seen >= 30


def test_fiscal_year_span():
    p = parse_period("ปีงบประมาณ 2569-2570", 2569)
    assert (p.start, p.end) == (D(2025, 10, 1), D(2027, 9, 30))


# --- OCR'd period cells (strings as Tesseract returned them on our scanned corpus)

@pytest.mark.parametrize("text,plan,start,end", [
    ("๑ ต ค ๖๘ ถึง ๓๐ ก ย ๖๙", 2569, date(2025, 10, 1), date(2026, 9, 30)),
    ("๑ ต.ค. ๖๘ ถึง ๓๐ กุย. ๖๙", 2569, date(2025, 10, 1), date(2026, 9, 30)),
    ("ม ค มี ค 69", 2569, date(2026, 1, 1), date(2026, 3, 31)),
])
def test_ocr_month_abbreviations_without_dots_are_mended_with_flag(text, plan, start, end):
    assert parse_period(text, plan).start is None or parse_period(text, plan).end != end  # plain parse fails
    p = parse_period(text, plan, ocr=True)
    assert (p.start, p.end) == (start, end)
    assert "period_ocr_months_mended" in p.flags


def test_dotless_abbreviations_are_months_in_printed_text_too():
    """Contract (schema 2): ``มค - มีค 67`` is ม.ค.-มี.ค.; once OCR-only, now read as printed."""
    for text in ("มค มีค ๖๙", "มค - มีค 69", "มค. - มีค. 69"):
        p = parse_period(text, 2569)
        assert (p.start, p.end, p.flags) == (date(2026, 1, 1), date(2026, 3, 31), []), text
    p = parse_period("มค มีค ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 3, 31))


def test_ocr_day_with_stray_dot_falls_back_to_month_end_with_flag():
    p = parse_period("๑ต ค ๖๘ ถึง๓.\nกุย..๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2025, 10, 1), date(2026, 9, 30))
    assert "period_day_unreadable:3." in p.flags and "period_ocr_months_mended" in p.flags


def test_range_whose_second_date_is_unreadable_has_no_end():
    """Regression: ``1 ต.ค. 68 ถึง 30 ne. 69`` gave end = start (2025-10-01) without a flag."""
    p = parse_period("1 ต.ค. 68 ถึง 30 ne. 69", 2569)
    assert p.start == date(2025, 10, 1) and p.end is None
    assert "period_end_unreadable" in p.flags


def test_quarter_with_lost_tone_mark():
    assert parse_period("ไตรมาสที 3", 2569).start == date(2026, 4, 1)


def test_ocr_mode_leaves_clean_periods_alone():
    p = parse_period("๑ ต.ค. ๖๘ - ๓๐ ก.ย. ๖๙", 2569, ocr=True)
    assert (p.start, p.end, p.flags) == (date(2025, 10, 1), date(2026, 9, 30), [])


def test_range_whose_first_date_is_unreadable_has_no_start():
    """Regression (scanned corpus): ``ม ค.-มี.ค ๖๙`` gave 2026-03-01..2026-03-31 with no flag;
    the text layer parse has no start, the OCR parse mends the months."""
    p = parse_period("ม ค.-มี.ค ๖๙", 2569)
    assert p.start is None and p.end == date(2026, 3, 31) and "period_start_unreadable" in p.flags
    p = parse_period("ม ค.-มี.ค ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 3, 31)) and "period_ocr_months_mended" in p.flags
    p = parse_period("Xy. 68-มีค 69", 2569, ocr=True)
    assert p.start is None and "period_start_unreadable" in p.flags
    # "A.A." is what Tesseract reads for ต.ค. (ต and ค both look like A): mended, flagged
    p = parse_period("A.A. 68-มีค 69", 2569, ocr=True)
    assert p.start == date(2025, 10, 1) and "period_ocr_months_mended" in p.flags


def test_garbled_month_before_a_clean_one_is_not_skipped():
    """Regression (scanned corpus at 200 dpi, v003c): ``ม.ค. - มี.ค. ๖๙`` read ``ม ค มี.ค ๖๙``
    (dots and dash lost) parsed cleanly as March alone: 2026-03-01, wrong and without a flag.
    In OCR mode the mended text naming more dates wins, flagged."""
    assert parse_period("ม ค มี.ค ๖๙", 2569).start == date(2026, 3, 1)  # printed text: as it says
    p = parse_period("ม ค มี.ค ๖๙", 2569, ocr=True)
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 3, 31))
    assert "period_ocr_months_mended" in p.flags
    p = parse_period("มี.ค ๖๙", 2569, ocr=True)  # nothing garbled: untouched
    assert (p.start, p.end, p.flags) == (date(2026, 3, 1), date(2026, 3, 31), [])


@pytest.mark.parametrize("text, start, end", [
    ("พฤษภาคมถึงกันยายน 2565", D(2022, 5, 1), D(2022, 9, 30)),  # fresh26 36003 html: the text layer dropped the spaces
    ("มีนาคม 2565ถึงกันยายน 2565", D(2022, 3, 1), D(2022, 9, 30)),
    ("พ.ค.ถึงก.ย. 2565", D(2022, 5, 1), D(2022, 9, 30)),
    ("ตั้งแต่พฤษภาคม 2565 - กันยายน 2565", D(2022, 5, 1), D(2022, 9, 30)),
])
def test_range_word_glued_to_the_month_after_it(text, start, end):
    p = parse_period(text, 2565)
    assert (p.start, p.end, p.flags) == (start, end, [])


@pytest.mark.parametrize("text", ["ถึง ก.ย. 2565", "ถึงกันยายน 2565", "จนถึง 30 กันยายน 2565", "จนถึงเดือนกันยายน 2565"])
def test_until_a_month_is_a_deadline_not_that_month(text):
    # was read as the one month (1-30 Sep, no flag) or as a range whose start was unreadable
    p = parse_period(text, 2565)
    assert (p.start, p.end, p.flags) == (None, D(2022, 9, 30), ["period_start_open"])


def test_quarter_range_with_year_right_after_not_quarter_one_alone():
    # ``ไตรมาสที่ 1-2 2565``: squashed ``1-22565``, the last quarter followed by a digit was not taken, the period
    # given as quarter 1 alone with no flag but the plan's year
    p = parse_period("ไตรมาสที่ 1-2 2565", 2565)
    assert (p.start, p.end, p.flags) == (date(2021, 10, 1), date(2022, 3, 31), [])
    p = parse_period("ไตรมาสที่ 1 2565", 2565)  # one quarter and its year
    assert (p.start, p.end) == (date(2021, 10, 1), date(2021, 12, 31))
