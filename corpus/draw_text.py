"""Words, numbers and periods of drawn reports (corpus/draw.py): printed strings with their
true values, written here and never computed by the pipeline.

Numbers: ``fmt_digits`` prints ASCII digits in a digit style (Thai, Arabic, mixed per digit;
``it9`` keeps ASCII, the font draws them Thai). Periods: ``draw_period`` returns the printed
text and its true first/last days for a plan (fiscal) year, in a month style.
"""
from __future__ import annotations

import calendar
import datetime as dt
import random

from corpus.variants import ORGS as SEED_ORGS, UNITS as SEED_UNITS, _TH_MONTHS as TH_MONTHS

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
FULL = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
        "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"]
ABBR = list(TH_MONTHS)
ABBR_NODOT = [a.replace(".", "") for a in ABBR]
MONTHS = {"full": FULL, "abbr_dots": ABBR, "abbr_nodots": ABBR_NODOT}

# the seed variants' organisations and units, and more of each
ORGS = [*SEED_ORGS,  # (full name, short, abbreviation, type, district, province)
    ("เทศบาลเมืองกาฬสินธุ์", "กาฬสินธุ์", "ทม.", "เทศบาลเมือง", "เมืองกาฬสินธุ์", "กาฬสินธุ์"),
    ("องค์การบริหารส่วนตำบลห้วยยาง", "ห้วยยาง", "อบต.", "องค์การบริหารส่วนตำบล", "ทับสะแก", "ประจวบคีรีขันธ์"),
    ("เทศบาลตำบลท่าศาลา", "ท่าศาลา", "ทต.", "เทศบาลตำบล", "ท่าศาลา", "นครศรีธรรมราช"),
    ("องค์การบริหารส่วนตำบลดอนแก้ว", "ดอนแก้ว", "อบต.", "องค์การบริหารส่วนตำบล", "แม่ริม", "เชียงใหม่"),
]
UNITS = [*SEED_UNITS, "ทุกส่วนราชการ", "งานประชาสัมพันธ์", "หน่วยตรวจสอบภายใน"]
INDICATOR_NAMES = {
    1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต",
}
MEASURE_HEADS = ["โครงการ", "มาตรการ", "กิจกรรม", "แนวทาง"]
MEASURE_TOPICS = [
    "เปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปีผ่านเว็บไซต์ของหน่วยงาน",
    "ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการดำเนินงาน",
    "อบรมเสริมสร้างคุณธรรมจริยธรรมแก่บุคลากร",
    "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด",
    "ปรับปรุงขั้นตอนการให้บริการให้สั้นและชัดเจน",
    "จัดทำคู่มือการยืมและคืนทรัพย์สินของทางราชการ",
    "พัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตออนไลน์",
    "ประเมินความเสี่ยงการทุจริตในกระบวนงานจัดซื้อจัดจ้าง",
    "เผยแพร่ข่าวสารการดำเนินงานผ่านสื่อสังคมออนไลน์",
    "สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงงาน",
    "ตรวจสอบการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ",
    "จัดทำรายงานผลการดำเนินงานประจำปีเผยแพร่ต่อสาธารณะ",
    "สร้างวัฒนธรรมองค์กรต่อต้านการทุจริต",
    "ทบทวนหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
]
ANALYSES = [
    "ผู้รับบริการบางรายเห็นว่าการให้บริการยังล่าช้าและขั้นตอนไม่ชัดเจน",
    "บุคลากรภายในบางส่วนยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของราชการ",
    "คะแนนต่ำกว่าค่าเป้าหมายเนื่องจากข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน",
    "ประชาชนยังเข้าถึงช่องทางการร้องเรียนได้น้อย",
    "การเผยแพร่ข้อมูลการจัดซื้อจัดจ้างยังไม่ครบถ้วนตามที่กำหนด",
    "บุคลากรบางส่วนเห็นว่าการมอบหมายงานยังไม่เป็นธรรม",
    "หน่วยงานยังขาดการเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงงาน",
    "ยังไม่มีการรายงานผลการดำเนินงานตามแผนอย่างต่อเนื่อง",
    "การประชาสัมพันธ์ข้อมูลข่าวสารยังไม่ทั่วถึงกลุ่มเป้าหมาย",
    "ผลการประเมินด้านการแก้ไขปัญหาการทุจริตลดลงจากปีก่อน",
]
MEASURE_ANALYSES = [
    "มาตรการนี้ช่วยยกระดับคะแนนตัวชี้วัดด้านการเปิดเผยข้อมูล",
    "สอดคล้องกับข้อคำถามที่ได้คะแนนต่ำที่สุดของตัวชี้วัด",
    "ลดความเสี่ยงการทุจริตในกระบวนงานที่พบจากการประเมิน",
    "ตอบสนองความคิดเห็นของผู้มีส่วนได้ส่วนเสียภายนอก",
]
STEPS = [
    "แต่งตั้งคณะทำงานรับผิดชอบการดำเนินงาน", "จัดทำแผนและกำหนดกรอบเวลาการดำเนินงาน",
    "ประชุมชี้แจงบุคลากรทุกส่วนราชการ", "รวบรวมข้อมูลและตรวจสอบความถูกต้อง",
    "เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน", "สรุปผลการดำเนินงานรายงานผู้บริหาร",
    "จัดทำประกาศและแนวปฏิบัติให้บุคลากรถือปฏิบัติ", "ประเมินผลและนำข้อเสนอแนะมาปรับปรุง",
    "จัดกิจกรรมอบรมให้ความรู้แก่เจ้าหน้าที่", "เปิดช่องทางรับฟังความคิดเห็นจากประชาชน",
    "ติดตามความก้าวหน้าทุกเดือน", "ทบทวนขั้นตอนการทำงานร่วมกับผู้เกี่ยวข้อง",
]
LONG_STEP_TAIL = (" โดยให้ทุกส่วนราชการรายงานผลการดำเนินงานตามแบบที่กำหนดพร้อมเอกสารหลักฐานประกอบ"
                  "และเสนอผู้บริหารพิจารณาให้ความเห็นชอบก่อนเผยแพร่ต่อสาธารณะผ่านช่องทางต่าง ๆ ของหน่วยงาน")
FOLLOW_UPS = ["รายงานผลต่อผู้บริหารทุกไตรมาส", "ติดตามผลการดำเนินงานทุกหกเดือน",
              "สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ", "คณะทำงานตรวจติดตามและรายงานผล"]
Q_TEXT = {
    "i": ["เจ้าหน้าที่ในหน่วยงานของท่านปฏิบัติงานตามขั้นตอนและระยะเวลา", "ท่านเคยเห็นการเบิกจ่ายงบประมาณที่ไม่เป็นไปตามวัตถุประสงค์",
          "ผู้บังคับบัญชาของท่านมอบหมายงานอย่างเป็นธรรม", "เจ้าหน้าที่นำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัว",
          "หน่วยงานของท่านให้ความสำคัญกับการต่อต้านการทุจริต", "การจัดซื้อจัดจ้างของหน่วยงานเอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง",
          "ท่านสามารถร้องเรียนการทุจริตได้โดยไม่ต้องกังวล", "การยืมทรัพย์สินของราชการมีขั้นตอนชัดเจน"],
    "e": ["เจ้าหน้าที่ให้บริการแก่ท่านอย่างเท่าเทียมกัน", "หน่วยงานเผยแพร่ข้อมูลที่เข้าถึงได้ง่าย",
          "หน่วยงานมีช่องทางรับฟังคำติชม", "หน่วยงานปรับปรุงการให้บริการให้ดีขึ้น", "การให้บริการมีความโปร่งใส"],
    "o": ["โครงสร้างและอำนาจหน้าที่", "ข้อมูลผู้บริหาร", "แผนดำเนินงานประจำปี", "รายงานผลการดำเนินงาน",
          "คู่มือการปฏิบัติงาน", "ช่องทางการรับเรื่องร้องเรียน", "แผนการจัดซื้อจัดจ้าง", "ประกาศต่าง ๆ",
          "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"],
}


def edition_questions(edition: str) -> list[tuple[str, int]]:
    """(code, indicator) of every question of an edition, in order."""
    if edition == "2566":  # 2562-2566: i1-i30 (6 per indicator), e1-e15 (5 per), o1-o33 -> 9, o34-o43 -> 10
        return ([(f"i{n}", (n - 1) // 6 + 1) for n in range(1, 31)] + [(f"e{n}", (n - 1) // 5 + 6) for n in range(1, 16)]
                + [(f"o{n}", 9 if n <= 33 else 10) for n in range(1, 44)])
    # later edition (2567-2568): i1-i15 (3 per), e1-e9 (3 per), o1-o20 -> 9, o21-o28 -> 10
    return ([(f"i{n}", (n - 1) // 3 + 1) for n in range(1, 16)] + [(f"e{n}", (n - 1) // 3 + 6) for n in range(1, 10)]
            + [(f"o{n}", 9 if n <= 20 else 10) for n in range(1, 29)])


_EDITIONS = None
_SUFFIX = ["มากน้อยเพียงใด", "หรือไม่", "อย่างไร", "เพียงใด"]


def question_text(code: str, edition: str) -> str:
    """The printed text of a question: the edition's wording where known (content/editions.json),
    else a text composed from the code (unique within the edition, the same in every report)."""
    global _EDITIONS
    if _EDITIONS is None:
        import json
        from pathlib import Path
        _EDITIONS = json.loads((Path(__file__).with_name("content") / "editions.json").read_text(encoding="utf-8"))
    if code in _EDITIONS.get(edition, {}):
        return _EDITIONS[edition][code]
    bank, n = Q_TEXT[code[0]], int(code[1:]) - 1
    base = bank[n % len(bank)]
    return base + ("" if code[0] == "o" and n < len(bank) else
                   " " + _SUFFIX[(n // len(bank)) % len(_SUFFIX)] if code[0] != "o" else f" (ส่วนที่ {n // len(bank) + 1})")


def fmt_digits(s: str, style: str, rng: random.Random) -> str:
    """ASCII digits of ``s`` printed in a digit style."""
    if style == "thai":
        return s.translate(str.maketrans("0123456789", THAI_DIGITS))
    if style == "mixed":
        out = [THAI_DIGITS[int(ch)] if ch.isascii() and ch.isdigit() and rng.random() < 0.5 else ch for ch in s]
        digits = [i for i, ch in enumerate(s) if ch.isascii() and ch.isdigit()]
        if len(digits) >= 2 and all(out[i] == s[i] for i in digits):  # at least one of each kind
            out[digits[0]] = THAI_DIGITS[int(s[digits[0]])]
        elif len(digits) >= 2 and all(out[i] != s[i] for i in digits):
            out[digits[-1]] = s[digits[-1]]
        return "".join(out)
    return s  # arabic, it9 (the font draws ASCII digits as Thai digits)


def score_value(rng: random.Random, lo: float = 55.0, hi: float = 100.0) -> float:
    v = round(rng.uniform(lo, hi), 2)
    return 100.0 if rng.random() < 0.1 else v


def score_text(v: float, style: str, rng: random.Random) -> str:
    return fmt_digits(f"{v:.2f}", style, rng)


def level_of(overall: float, kind: str) -> str:
    if kind == "pass":
        return "ผ่าน" if overall >= 85 else "ไม่ผ่าน"
    for lo, band in ((95, "AA"), (85, "A"), (75, "B"), (65, "C"), (55, "D"), (50, "E")):
        if overall >= lo:
            return band
    return "F"


def _month_date(py: int, fm: int, last: bool, day: int | None = None) -> dt.date:
    """Fiscal month index fm (0 = October) of plan year py (B.E.) as a date."""
    ce = py - 544 if fm < 3 else py - 543
    month = (fm + 9) % 12 + 1
    if day is not None:
        return dt.date(ce, month, day)
    return dt.date(ce, month, calendar.monthrange(ce, month)[1] if last else 1)


def _year(py: int, fm: int, style: str, short: bool) -> str:
    be = py - 1 if fm < 3 else py
    return str(be)[-2:] if short else str(be)


def draw_period(py: int, shape: str, months: str, digits: str, rng: random.Random) -> tuple[str, dt.date, dt.date]:
    """A printed period of plan year ``py`` and its true first and last days."""
    names = MONTHS[months]
    short = months != "full" and rng.random() < 0.7
    sp = " " if months != "abbr_dots" or rng.random() < 0.6 else ""
    d = lambda s: fmt_digits(s, digits, rng)  # noqa: E731
    sep = rng.choice([" – ", " - ", "-", " ถึง "])
    if shape == "quarter":
        q1 = rng.randint(1, 4)
        q2 = rng.randint(q1, 4)
        txt = f"ไตรมาสที่ {d(str(q1))}" + (f"-{d(str(q2))}" if q2 > q1 else "")
        return txt, _month_date(py, 3 * (q1 - 1), False), _month_date(py, 3 * q2 - 1, True)
    if shape == "fiscal":
        txt = rng.choice(["ตลอดปีงบประมาณ {y}", "ปีงบประมาณ พ.ศ. {y}", "ตลอดปีงบประมาณ {y} (ต่อเนื่อง)"])
        return txt.format(y=d(str(py))), _month_date(py, 0, False), _month_date(py, 11, True)
    a = rng.randint(0, 10)
    b = rng.randint(a + 1, 11)
    y_a, y_b = d(_year(py, a, months, short)), d(_year(py, b, months, short))
    if shape == "single":
        return f"{names[a]}{sp}{y_a}", _month_date(py, a, False), _month_date(py, a, True)
    if shape == "days":
        da, db = rng.randint(1, 28), rng.randint(1, 28)
        txt = f"{d(str(da))} {names[a]}{sp}{y_a}{sep}{d(str(db))} {names[b]}{sp}{y_b}"
        return txt, _month_date(py, a, False, da), _month_date(py, b, False, db)
    if shape == "day_start":  # a day at the start only (๑ ตุลาคม ๒๕๖๖ ถึง มีนาคม ๒๕๖๗)
        da = rng.randint(1, 28)
        txt = f"{d(str(da))} {names[a]}{sp}{y_a}{sep}{names[b]}{sp}{y_b}"
        return txt, _month_date(py, a, False, da), _month_date(py, b, True)
    if shape == "open_start":  # only the end carries a year; no separator (1 มีนาคม 30 กันยายน 2567)
        end = _month_date(py, b, True)
        txt = f"{d('1')} {names[a]} {d(str(end.day))} {names[b]}{sp}{y_b}"
        return txt, _month_date(py, a, False), end
    if shape == "same_year_range" and (a >= 3 or b < 3):  # ม.ค.-มี.ค. 69
        return f"{names[a]}{sep}{names[b]}{sp}{y_b}", _month_date(py, a, False), _month_date(py, b, True)
    return f"{names[a]}{sp}{y_a}{sep}{names[b]}{sp}{y_b}", _month_date(py, a, False), _month_date(py, b, True)


PERIOD_SHAPES = {
    "mixed": ["range", "same_year_range", "single", "days", "day_start", "quarter", "fiscal", "open_start"],
    "ranges": ["range", "same_year_range", "days", "day_start"],
    "quarters": ["quarter"],
    "fiscal": ["fiscal"],
    "open_start": ["open_start"],
}
