"""Responsible units and steps: every ผู้รับผิดชอบ cell of the seeds and a set of step cells."""
import random

import pytest

from normalizers.fields.units import KNOWN_UNITS, split_steps, split_units

SEED_UNITS = [
    # seed 000
    ("สำนักปลัด", ["สำนักปลัด"]),
    ("ทุกส่วน ราชการ", ["ทุกส่วนราชการ"]),
    ("ทุกส่วน\nราชการ", ["ทุกส่วนราชการ"]),
    # seed 001
    ("-สำนักปลัด -กองคลัง -กองช่าง -กองการศึกษา", ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"]),
    ("ทุกหน่วยงาน", ["ทุกหน่วยงาน"]),
    ("๑.สำนักปลัด ๒.กองคลัง ๓.กองช่าง ๔.กองการศึกษาฯ",
     ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ"]),
    # seed 002
    ("สำนักปลัด กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("สำนักปลัด กองคลัง กองช่าง กองการศึกษาฯ กองสวัสดิการ สังคม กองส่งเสริม การเกษตร "
     "กองสาธารณสุข และสิ่งแวดล้อม",
     ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ", "กองสวัสดิการสังคม",
      "กองส่งเสริมการเกษตร", "กองสาธารณสุขและสิ่งแวดล้อม"]),
    # seed 003
    ("กองคลัง / สำนักปลัด / หัวหน้าส่วนราชการทุก ส่วน",
     ["กองคลัง", "สำนักปลัด", "หัวหน้าส่วนราชการทุกส่วน"]),
    ("ผู้บริหารสูงสุด / หัวหน้าส่วนราชการทุกกอง / งานบริหารงานบุคคล",
     ["ผู้บริหารสูงสุด", "หัวหน้าส่วนราชการทุกกอง", "งานบริหารงานบุคคล"]),
    ("(กองคลัง)", ["กองคลัง"]),
    ("ทุกกองงานที่ ให้บริการ ประชาชน (กอง คลัง, กอง ช่าง, กอง สวัสดิการฯ) / งาน ประชาสัมพันธ์",
     ["ทุกกองงานที่ให้บริการประชาชน", "กองคลัง", "กองช่าง", "กองสวัสดิการฯ", "งานประชาสัมพันธ์"]),
    ("นักวิเคราะห์นโยบาย และแผน", ["นักวิเคราะห์นโยบายและแผน"]),
    ("นิติกร", ["นิติกร"]),
    # a parenthesised explanation of roles stays in its entry; a list of units is split out
    ("ผู้บริหาร (นายก/ปลัด) / หัวหน้าส่วน ราชการ ทุก กอง /",
     ["ผู้บริหาร (นายก/ปลัด)", "หัวหน้าส่วนราชการทุกกอง"]),
    # seed 004
    ("สำนักปลัด กองช่าง กองคลัง กองสวัสดิการสังคม กองสาธารณสุขฯ",
     ["สำนักปลัด", "กองช่าง", "กองคลัง", "กองสวัสดิการสังคม", "กองสาธารณสุขฯ"]),
    ("สำนักปลัด กองช่าง กองคลัง กองสวัสดิการ สังคม กองสาธารณสุขฯ",
     ["สำนักปลัด", "กองช่าง", "กองคลัง", "กองสวัสดิการสังคม", "กองสาธารณสุขฯ"]),
    ("สำนักปลัด\nกองช่าง\nกองคลัง\nกองสวัสดิการ\nสังคม\nกองสาธารณสุขฯ",
     ["สำนักปลัด", "กองช่าง", "กองคลัง", "กองสวัสดิการสังคม", "กองสาธารณสุขฯ"]),
]


@pytest.mark.parametrize("text, units", SEED_UNITS)
def test_seed_units(text, units):
    assert split_units(text) == units


@pytest.mark.parametrize("text, units", [
    ("กองคลัง / สำนักปลัด", ["กองคลัง", "สำนักปลัด"]),
    ("สำนักปลัด และ กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("สำนักปลัดและกองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("• สำนักปลัด\n• กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("1) สำนักปลัด 2) กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("(1) สำนักปลัด (2) กองคลัง", ["สำนักปลัด", "กองคลัง"]),
    ("สำนักปลัด, กองคลัง, กองช่าง", ["สำนักปลัด", "กองคลัง", "กองช่าง"]),
    ("กองการศึกษา ศาสนาและวัฒนธรรม", ["กองการศึกษาศาสนาและวัฒนธรรม"]),
    ("งานบริหาร งานบุคคล", ["งานบริหารงานบุคคล"]),
    ("หัวหน้าส่วนราชการ ทุกกอง", ["หัวหน้าส่วนราชการทุกกอง"]),
    ("สำนักปลัด สำนักปลัด", ["สำนักปลัด"]),
    ("", []), (None, []), ("-", []),
])
def test_unit_separators(text, units):
    assert split_units(text) == units


def test_property_known_units_survive_wraps_and_separators():
    """Any list of known units, wrapped at random spaces and joined by any separator,
    comes back as the same list."""
    rng = random.Random(5)
    units = [u for u in KNOWN_UNITS if u.startswith(("กอง", "สำนัก", "งาน"))]
    seps = [" ", "\n", " / ", ", ", " และ ", "\n- "]
    for _ in range(300):
        chosen = rng.sample(units, rng.randint(1, 4))
        shown = []
        for u in chosen:
            # wrap inside the name after its head word, as PDF cells do
            head = next(h for h in ("สำนัก", "กอง", "งาน") if u.startswith(h))
            cut = rng.randint(len(head), len(u))
            while cut < len(u) and "\u0e31" <= u[cut] <= "\u0e4e":
                cut += 1  # never cut before a combining mark
            shown.append(u if cut >= len(u) else u[:cut] + rng.choice([" ", "\n"]) + u[cut:])
        sep = rng.choice(seps)
        text = sep.join(shown)
        if sep == "\n- ":
            text = "- " + text
        assert split_units(text) == list(dict.fromkeys(chosen)), text


# ---------------------------------------------------------------- steps

def test_steps_seed_000_reference_inside_step_does_not_split():
    cell = ("1.ทบทวนข้อระเบียบ กฎหมาย/ข้อสั่งการ/ ประกาศ/คำสั่ง/หนังสือ ชักข้อมจากหน่วยงานที่ "
            "เกี่ยวข้อง 2.สร้างความเข้าใจตาม ข้อ 1. ให้กับเจ้าหน้าที่ใน การประชุมติดตาม "
            "ภารกิจประจำเดือน 3.เจ้าหน้าที่เข้ารับการ ฝึกอบรม/สัมมนาเพื่อ เพิ่ม ความรู้ความเข้าใจ")
    assert split_steps(cell) == [
        "ทบทวนข้อระเบียบ กฎหมาย/ข้อสั่งการ/ ประกาศ/คำสั่ง/หนังสือ ชักข้อมจากหน่วยงานที่ เกี่ยวข้อง",
        "สร้างความเข้าใจตาม ข้อ 1. ให้กับเจ้าหน้าที่ใน การประชุมติดตาม ภารกิจประจำเดือน",
        "เจ้าหน้าที่เข้ารับการ ฝึกอบรม/สัมมนาเพื่อ เพิ่ม ความรู้ความเข้าใจ",
    ]


def test_steps_unnumbered_cell_is_one_step():
    cell = "จัดกิจกรรม/ประชุม/อบรมเสริมสร้างคุณธรรมจริยธรรมให้กับเจ้าหน้าที่ โดยมีประเด็น"
    assert split_steps(cell) == [cell]


def test_steps_seed_002_repeated_number():
    cell = ("๑. จัดให้มีการลดขั้นตอนการบริการ อย่างน้อย ๑ คู่มือ ๒. เจ้าหน้าที่ทุกภารกิจงาน "
            "รอบ ๖ เดือน ๒. รายงานผู้บริหาร ๓. เผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ")
    assert split_steps(cell) == [
        "จัดให้มีการลดขั้นตอนการบริการ อย่างน้อย ๑ คู่มือ",
        "เจ้าหน้าที่ทุกภารกิจงาน รอบ ๖ เดือน",
        "รายงานผู้บริหาร",
        "เผยแพร่ข้อมูลบนเว็บไซต์หน่วยงานและช่องทางอื่นๆ",
    ]


def test_steps_seed_002_dash_step():
    assert split_steps("- จัดประชุมเตรียมความพร้อมเข้ารับการประชุม ITA ก่อนจะศึกษา") == [
        "จัดประชุมเตรียมความพร้อมเข้ารับการประชุม ITA ก่อนจะศึกษา"]


def test_steps_dash_bullets():
    assert split_steps("- ศึกษาคู่มือ\n- จัดทำแผน\n- รายงานผล") == ["ศึกษาคู่มือ", "จัดทำแผน", "รายงานผล"]
    assert split_steps("• ข้อหนึ่ง • ข้อสอง") == ["ข้อหนึ่ง", "ข้อสอง"]


def test_steps_seed_004_sub_items_split():
    cell = ("๑. ตั้งคณะทำงาน ๒. ประชุมคณะทำงาน ๓. ประชาสัมพันธ์เว็บไซต์ ทางช่องทางดังนี้ "
            "- เว็บไซต์ อบต.มวกเหล็ก - Line อบต.มวกเหล็ก")
    assert split_steps(cell) == [
        "ตั้งคณะทำงาน", "ประชุมคณะทำงาน", "ประชาสัมพันธ์เว็บไซต์ ทางช่องทางดังนี้",
        "เว็บไซต์ อบต.มวกเหล็ก", "Line อบต.มวกเหล็ก",
    ]
    cell = ("๓. จัดเวทีรับฟังความคิดเห็นทั้งระดับ ตำบล/หมู่บ้าน\n- เปิดโอกาสให้ประชาชนเสนอปัญหา\n"
            "- เปิดรับความคิดเห็น (ทั้งเวที ประชาคม/และ ออนไลน์)\n๔. จัดทำแบบสอบถามออนไลน์")
    assert split_steps(cell) == [
        "จัดเวทีรับฟังความคิดเห็นทั้งระดับ ตำบล/หมู่บ้าน", "เปิดโอกาสให้ประชาชนเสนอปัญหา",
        "เปิดรับความคิดเห็น (ทั้งเวที ประชาคม/และ ออนไลน์)", "จัดทำแบบสอบถามออนไลน์",
    ]


def test_steps_seed_001_hyphen_phrase_and_references_do_not_split():
    cell = ("๓. นำผลจากการมีส่วนร่วมไปกำหนดโครงการ ๔.รายงานความก้าวหน้าให้สาธารณชนได้รับทราบ "
            "(อ้างอิงจาก ๐๖) อีกทั้ง ควรเผยแพร่ช่องทาง การติดต่อ - สอบถามข้อมูล (อ้างอิงจาก ๐๓)")
    assert split_steps(cell) == [
        "นำผลจากการมีส่วนร่วมไปกำหนดโครงการ",
        "รายงานความก้าวหน้าให้สาธารณชนได้รับทราบ (อ้างอิงจาก ๐๖) อีกทั้ง ควรเผยแพร่ช่องทาง "
        "การติดต่อ - สอบถามข้อมูล (อ้างอิงจาก ๐๓)",
    ]
    cell = ("๑. หน่วยงานควรมีการเผยแพร่ข้อมูลข่าวสาร ๒. ดำเนินการปรับปรุงข้อมูลพื้นฐาน "
            "(อ้างอิงจากตัวชี้วัด ๙.๑, ๙.๒, ๙.๓)")
    assert split_steps(cell) == [
        "หน่วยงานควรมีการเผยแพร่ข้อมูลข่าวสาร",
        "ดำเนินการปรับปรุงข้อมูลพื้นฐาน (อ้างอิงจากตัวชี้วัด ๙.๑, ๙.๒, ๙.๓)",
    ]


def test_steps_decimals_percent_dates_and_hyphens_do_not_split():
    cell = ("๑. ระบบการยืม- คืน: มีค่าคะแนน ๙๙.๕๗ คะแนน ลดลง ๒๐% "
            "๒. ภายใน ๓๐ ก.ย. ๖๙ ส่งรายงาน ตัวชี้วัด ๙.๑")
    assert split_steps(cell) == [
        "ระบบการยืม- คืน: มีค่าคะแนน ๙๙.๕๗ คะแนน ลดลง ๒๐%",
        "ภายใน ๓๐ ก.ย. ๖๙ ส่งรายงาน ตัวชี้วัด ๙.๑",
    ]


def test_steps_trailing_empty_number_dropped_seed_001():
    assert split_steps("๑.จัดกิจกรรม เป็นต้น ๒.") == ["จัดกิจกรรม เป็นต้น"]


def test_steps_other_numbering_styles_and_wraps():
    assert split_steps("(1) ศึกษา (2) จัดทำ") == ["ศึกษา", "จัดทำ"]
    assert split_steps("1) ศึกษาคู่มือ\n2) จัดทำ\nแผนงาน") == ["ศึกษาคู่มือ", "จัดทำ แผนงาน"]
    assert split_steps("1.มีการสรุปรายงานผลการดำเนิน งานเผยแพร่") == ["มีการสรุปรายงานผลการดำเนิน งานเผยแพร่"]
    assert split_steps("ดำเนินการดังนี้ 1. ศึกษา 2. จัดทำ") == ["ดำเนินการดังนี้", "ศึกษา", "จัดทำ"]
    assert split_steps("") == [] and split_steps(None) == []


def test_property_numbered_steps_roundtrip():
    rng = random.Random(9)
    words = ["จัดทำคู่มือ", "ประชาสัมพันธ์", "รายงานผล ๖ เดือน", "ภายใน ๓๐ ก.ย. ๖๙", "คะแนน ๙๙.๕๗",
             "ตามข้อ ๑.", "ยืม-คืน", "ITA2569"]
    th = "๐๑๒๓๔๕๖๗๘๙"
    for _ in range(200):
        n = rng.randint(1, 6)
        steps = [" ".join(rng.sample(words[:5] + words[6:], rng.randint(1, 3))) for _ in range(n)]
        thai = rng.random() < 0.5
        parts = []
        for i, s in enumerate(steps, 1):
            num = "".join(th[int(c)] for c in str(i)) if thai else str(i)
            parts.append(f"{num}.{rng.choice(['', ' '])}{s}")
        text = rng.choice([" ", "\n"]).join(parts)
        assert split_steps(text) == steps, text


def _corpus_measure_rows():
    """Measure rows of the corpus content files (hand-written expectations by the corpus
    author), with the printed steps/responsible cells as the corpus renders them."""
    import glob
    import json
    from pathlib import Path

    try:
        from corpus.expected import true_text
        from corpus.layouts import responsible_text, steps_text
    except ImportError:  # pragma: no cover - corpus package absent
        return []
    out = []

    def walk(o):
        if isinstance(o, dict):
            if "steps" in o and "responsible" in o:
                out.append(o)
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    root = Path(__file__).resolve().parents[1] / "corpus" / "content"
    for f in sorted(glob.glob(str(root / "[0-9v]*.json"))):  # the seed families and their variants
        walk(json.loads(Path(f).read_text(encoding="utf-8")))
    return [(steps_text(r), [true_text(t) for _, t in r["steps"]],
             responsible_text(r), [true_text(u) for u in r["responsible"]]) for r in out]


def test_corpus_rows_steps_and_units():
    rows = _corpus_measure_rows()
    if not rows:
        pytest.skip("corpus content not available")
    from normalizers.thai.thai_text import repair

    # the content's printed cells carry the corpus quirks (decomposed ำ, Lao letters): the
    # pipeline repairs cell text before splitting, so does this test
    for steps_cell, steps, resp_cell, resp in rows:
        assert split_steps(repair(steps_cell)) == steps, steps_cell
        assert split_units(repair(resp_cell)) == resp, resp_cell


def test_list_numbers_glued_by_ocr_are_dropped():
    """OCR drops the dot of a list number and glues it to the unit before it (found in the
    scanned corpus: ``กองสวัสดิการสังคม๒``, ``๑สำนักปลัด๒``)."""
    assert split_units("๑สำนักปลัด๒ กองส่งเสริมการเกษตร") == ["สำนักปลัด", "กองส่งเสริมการเกษตร"]
    assert split_units("กองสวัสดิการสังคม๒ กองคลัง") == ["กองสวัสดิการสังคม", "กองคลัง"]
    assert split_units("กองส่งเสริมการเกษตร๒\nงานนิติการ") == ["กองส่งเสริมการเกษตร", "งานนิติการ"]
    # line-start numbers without their dot (what the scanned corpus really showed)
    assert split_units("๑ กองคลัง\n๒ กองส่งเสริม\nการเกษตร") == ["กองคลัง", "กองส่งเสริมการเกษตร"]
    assert split_units("1กอง\nสาธารณสุข\nและ\nสิ่งแวดล้อม\n2งานนิติ\nการ\n3กอง\nส่งเสริมการ\nเกษตร") == [
        "กองสาธารณสุขและสิ่งแวดล้อม", "งานนิติการ", "กองส่งเสริมการเกษตร"]
    # a number that is not followed by another unit stays where it is
    assert split_units("หมู่ที่๒ ผู้ใหญ่บ้าน") == ["หมู่ที่๒ผู้ใหญ่บ้าน"]


def test_units_cell_holding_another_columns_words_is_flagged_responsible_unsure():
    """An indicator cell read into the units across a page break (dev seed 11 html at 0.10.0):
    entries with no unit head, a digit or a bare head are flagged; a cell of real units is not."""
    from normalizers.fields.units import split_units_flagged
    units, flags = split_units_flagged("ตัวชี้วัดที่ 6 - กองช่าง\nคุณภาพ - สำนัก\nการดำเนิน ปลัด\nงาน - งาน\nบริหารงาน\nบุคคล")
    assert [f for f in flags if f.startswith("responsible_unsure:")] == [
        "responsible_unsure:ตัวชี้วัดที่6|กองช่างคุณภาพ|งาน"]
    assert "งานบริหารงานบุคคล" in units
    assert split_units_flagged("- กองช่าง\n- สำนัก\nปลัด\n- งาน\nบริหารงาน\nบุคคล") == (
        ["กองช่าง", "สำนักปลัด", "งานบริหารงานบุคคล"], [])
    assert split_units_flagged("ผู้บริหาร (นายก/ปลัด)\nกองการศึกษาฯ")[1] == []


def test_units_known_unit_glued_to_another_columns_word_is_flagged_responsible_unsure():
    """``กองช่าง`` + ``คุณภาพ`` (the indicator's word on the next line, joined as a wrap; dev
    seed 11 html at 0.10.0) starts with a unit head, so it read as a unit unflagged: letters
    glued after a known unit that start no unit and no name of its own are flagged; a unit and
    its section, or a known unit's longer name, are not."""
    from normalizers.fields.units import split_units_flagged
    assert split_units_flagged("กองช่าง\nคุณภาพ") == (["กองช่างคุณภาพ"], ["responsible_unsure:กองช่างคุณภาพ"])
    for ok in ("กองคลัง\nงานพัสดุ", "สำนักปลัด\nเทศบาล", "กองการศึกษาฯ", "กองสาธารณสุข\nและสิ่งแวดล้อม"):
        assert split_units_flagged(ok)[1] == [], ok
