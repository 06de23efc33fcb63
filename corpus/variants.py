"""Variants of the seed reports: other organisations, scores, periods, units, fonts, quirks.

Each variant is derived from a seed content with a seeded RNG, so the same call gives the
same content. Expected values are changed together with what is printed (a new score is
written into the cell and into the annotation it is read from), never computed by the
pipeline. ``python -m corpus variants`` writes them to corpus/content/.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import random
import re

from corpus.expected import number
from corpus.render import CONTENT, load_content, thai_digits

ORGS = [  # (full name, short, abbreviation, type, district, province)
    ("เทศบาลตำบลบ้านแพง", "บ้านแพง", "ทต.", "เทศบาลตำบล", "บ้านแพง", "นครพนม"),
    ("องค์การบริหารส่วนตำบลหนองบัว", "หนองบัว", "อบต.", "องค์การบริหารส่วนตำบล", "เมืองอุดรธานี", "อุดรธานี"),
    ("เทศบาลเมืองบ้านไผ่", "บ้านไผ่", "ทม.", "เทศบาลเมือง", "บ้านไผ่", "ขอนแก่น"),
    ("องค์การบริหารส่วนตำบลท่าช้าง", "ท่าช้าง", "อบต.", "องค์การบริหารส่วนตำบล", "เมืองจันทบุรี", "จันทบุรี"),
    ("เทศบาลตำบลแม่ริม", "แม่ริม", "ทต.", "เทศบาลตำบล", "แม่ริม", "เชียงใหม่"),
    ("องค์การบริหารส่วนตำบลคลองใหม่", "คลองใหม่", "อบต.", "องค์การบริหารส่วนตำบล", "สามพราน", "นครปฐม"),
    ("องค์การบริหารส่วนตำบลโพนทอง", "โพนทอง", "อบต.", "องค์การบริหารส่วนตำบล", "เสลภูมิ", "ร้อยเอ็ด"),
    ("เทศบาลตำบลบางระกำ", "บางระกำ", "ทต.", "เทศบาลตำบล", "บางระกำ", "พิษณุโลก"),
    ("องค์การบริหารส่วนตำบลนาทราย", "นาทราย", "อบต.", "องค์การบริหารส่วนตำบล", "ลี้", "ลำพูน"),
    ("องค์การบริหารส่วนตำบลเขาพระ", "เขาพระ", "อบต.", "องค์การบริหารส่วนตำบล", "พิปูน", "นครศรีธรรมราช"),
]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ", "กองสวัสดิการสังคม",
         "กองสาธารณสุขและสิ่งแวดล้อม", "งานนิติการ", "งานบริหารงานบุคคล", "กองส่งเสริมการเกษตร"]
_TH_MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]

# Each variant: seed name, suffix, RNG seed, font, options.
PLANS = [
    ("000_results_analysis_2569", "a", 11, "Noto Sans Thai", {"org": 0, "abbr_title": False, "digits": "thai"}),
    ("000_results_analysis_2569", "b", 12, "Garuda", {"org": 1, "year_shift": -1}),
    ("001_questions_2568", "a", 21, "Loma", {"org": 2}),
    ("001_questions_2568", "b", 22, "Noto Sans Thai", {"org": 3, "digits": "arabic"}),
    ("002_prose_2565", "a", 31, "Kinnari", {"org": 4, "abbr_title": True}),
    ("002_prose_2565", "b", 32, "Norasi", {"org": 5, "year_shift": 3}),
    ("003_measures8_2569", "a", 41, "Noto Sans Thai", {"org": 6}),
    ("003_measures8_2569", "b", 42, "Laksaman", {"org": 7, "digits": "arabic"}),
    ("004_measures8_2569", "a", 51, "Sarabun", {"org": 8, "abbr_title": True}),
    ("004_measures8_2569", "b", 52, "Waree", {"org": 9, "year_shift": -1}),
    # harder: อ./จ. prefixes, other TLWG fonts, abbreviated titles, shifted years
    ("000_results_analysis_2569", "c", 13, "Umpush", {"org": 2, "short_prefixes": True, "abbr_title": True}),
    ("001_questions_2568", "c", 23, "Sawasdee", {"org": 5, "short_prefixes": True, "year_shift": 1}),
    ("002_prose_2565", "c", 33, "Garuda", {"org": 8, "short_prefixes": True, "digits": "arabic"}),
    ("003_measures8_2569", "c", 43, "Loma", {"org": 0, "short_prefixes": True, "abbr_title": True, "digits": "thai"}),
]


def _dp(printed: str) -> int:
    s = printed.translate({ord(t): str(i) for i, t in enumerate("๐๑๒๓๔๕๖๗๘๙")})
    return len(s.split(".")[1]) if "." in s else 0


def _fmt(value: float, dp: int, thai: bool) -> str:
    s = f"{value:.{dp}f}"
    return thai_digits(s) if thai else s


def _is_thai(s: str) -> bool:
    return bool(re.search("[๐-๙]", s))


def new_score(printed: str | None, rng: random.Random, digits: str | None = None) -> str | None:
    """Another plausible score printed like ``printed`` (same decimals, digit style unless given)."""
    if printed is None:
        return None
    old = number(printed)
    v = max(40.0, min(100.0, old - rng.uniform(-1.5, 9.0)))
    if rng.random() < 0.15:
        v = 100.0
    dp = _dp(printed)
    thai = _is_thai(printed) if digits is None else digits == "thai"
    return _fmt(round(v, dp), dp, thai)


def _digits(s: str, digits: str) -> str:
    if digits == "thai":
        return thai_digits(s)
    return s.translate({ord(t): str(i) for i, t in enumerate("๐๑๒๓๔๕๖๗๘๙")})


def period_catalog(plan_year: int) -> list[tuple[str, dt.date, dt.date]]:
    """Printed periods with their true first/last days for a plan (fiscal) year B.E."""
    y1, y2 = str(plan_year - 1)[-2:], str(plan_year)[-2:]
    s, e = plan_year - 544, plan_year - 543  # CE years of October start / September end
    D = dt.date
    return [
        (f"ต.ค. {y1} – ก.ย. {y2}", D(s, 10, 1), D(e, 9, 30)),
        (f"ม.ค.-มี.ค. {y2}", D(e, 1, 1), D(e, 3, 31)),
        (f"1 ต.ค.{y1} ถึง 30 ก.ย.{y2}", D(s, 10, 1), D(e, 9, 30)),
        (f"ตลอดปีงบประมาณ {plan_year}", D(s, 10, 1), D(e, 9, 30)),
        ("ไตรมาสที่ 1-2", D(s, 10, 1), D(e, 3, 31)),
        ("ไตรมาสที่ 3", D(e, 4, 1), D(e, 6, 30)),
        (f"ธ.ค. {y1}", D(s, 12, 1), D(s, 12, 31)),
        (f"15 พ.ย. {y1} – 10 ม.ค. {y2}", D(s, 11, 15), D(e, 1, 10)),
        (f"เม.ย. - มิ.ย. {y2}", D(e, 4, 1), D(e, 6, 30)),
        (f"ต.ค. {y1} มี.ค. {y2}", D(s, 10, 1), D(e, 3, 31)),
        (f"ตลอดปีงบประมาณ {plan_year} (เน้นช่วงไตรมาสที่ 2 และ 3)", D(s, 10, 1), D(e, 9, 30)),
    ]


def _shift_year_text(s: str, shift: int) -> str:
    """Shift B.E. years written as 25xx or as two-digit period years (Thai or ASCII digits)."""
    def four(m):
        return _same_digits(m.group(0), str(int(_digits(m.group(0), "arabic")) + shift))

    s = re.sub(r"(?<![0-9๐-๙])(?:25|๒๕)[0-9๐-๙]{2}(?![0-9๐-๙])", four, s)
    return s


def _same_digits(like: str, s: str) -> str:
    return thai_digits(s) if _is_thai(like) else s


def _shift_period(m: dict, shift: int) -> None:
    def two(mm):
        y = int(_digits(mm.group(2), "arabic")) + shift
        return mm.group(1) + _same_digits(mm.group(2), f"{y % 100:02d}")
    t = re.sub(r"((?:ต\.ค\.|พ\.ย\.|ธ\.ค\.|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.)\s?)([0-9๐-๙]{2})(?![0-9๐-๙])",
               two, m["period_text"])
    m["period_text"] = _shift_year_text(t, shift)
    for k in ("period_start", "period_end"):
        if m.get(k):
            d = dt.date.fromisoformat(m[k])
            m[k] = d.replace(year=d.year + shift).isoformat()


def _walk_strings(obj, fn):
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_walk_strings(x, fn) for x in obj]
    if isinstance(obj, dict):
        return {k: _walk_strings(v, fn) for k, v in obj.items()}
    return obj


def _measures(c: dict):
    for b in c["blocks"]:
        if b.get("kind") == "measures":
            yield b["layout"], b["rows"]


def make_variant(seed_name: str, suffix: str, rng_seed: int, font: str, opts: dict) -> dict:
    """Build one variant content from a seed content (deterministic for given arguments)."""
    rng = random.Random(rng_seed)
    c = copy.deepcopy(load_content(seed_name))
    old = c["org"]
    full, short, abbr, otype, district, province = ORGS[opts["org"]]
    # literal mentions of the old organisation in free text follow the new one
    c["blocks"] = _walk_strings(c["blocks"], lambda s: s.replace(old["short"], short))
    c["org"] = {"name": full, "printed_name": f"{abbr}{short}" if opts.get("abbr_title") else full,
                "short": short, "abbr": abbr, "type": otype, "district": district, "province": province}
    if opts.get("short_prefixes"):  # "อ.เมืองจันทบุรี จ.จันทบุรี" as many reports print them
        c["blocks"] = _walk_strings(c["blocks"], lambda s: s.replace("อำเภอ{DISTRICT}", "อ.{DISTRICT}")
                                    .replace("จังหวัด{PROVINCE}", "จ.{PROVINCE}"))
    c["name"] = f"v{seed_name[:3]}{suffix}_{c['family']}"
    c["font"] = font
    c["variant_of"] = seed_name
    quirks = list(c.get("quirks", []))
    digits = opts.get("digits")
    shift = opts.get("year_shift", 0)
    if shift:
        c["assessment_year"] += shift
        c["plan_year"] += shift
        c["vars"] = {k: _shift_year_text(v, shift) for k, v in c.get("vars", {}).items()}
        for _, rows in _measures(c):
            for m in rows:
                _shift_period(m, shift)
        quirks.append(f"years shifted by {shift}")

    # scores: document, tool, tables, annotations
    sc = c.get("scores") or {}
    for k in ("overall", "iit", "eit", "oit"):
        sc[k] = new_score(sc.get(k), rng, digits)
    for k, v in list(c.get("vars", {}).items()):
        if re.fullmatch(r"LOW[0-9]*|EIT[12]|PREV_AVG", k):
            c["vars"][k] = new_score(v, rng, digits)
    for b in c["blocks"]:
        kind = b.get("kind")
        keep100 = c["family"] == "results_analysis" and kind == "results"
        if kind in ("results", "analysis"):
            for r in b["rows"]:
                if keep100 and r["no"] in (5, 10):
                    continue
                r["score"] = new_score(r["score"], rng, digits)
                if keep100 and r["no"] == 8:
                    c["vars"]["LOW"] = r["score"]
        elif kind == "questions":
            for q in b["rows"]:
                q["score"] = _fmt(0, 0, _is_thai(q["score"])) if rng.random() < 0.08 else new_score(q["score"], rng, digits)
        elif kind == "measures":
            for m in b["rows"]:
                if m.get("indicator_score"):
                    new = new_score(m["indicator_score"], rng, digits)
                    m["indicator_cell"] = m["indicator_cell"].replace(m["indicator_score"], new, 1)
                    m["indicator_score"] = new
    if digits:
        c["digits"] = digits
        for k in ("overall", "iit", "eit", "oit"):
            if sc.get(k):
                sc[k] = _digits(sc[k], digits)
        c["vars"] = {k: (_digits(v, digits) if re.fullmatch(r"[0-9๐-๙.]+", v) else v) for k, v in c.get("vars", {}).items()}
        for b in c["blocks"]:
            for r in b.get("rows", []) if b.get("kind") in ("results", "analysis", "questions") else []:
                r["score"] = _digits(r["score"], digits)
            for a in b.get("indicator_scores", []):
                a["score"] = _digits(a["score"], digits) if not a["score"].startswith("{") else a["score"]
        quirks.append(f"numbers printed with {digits} digits")

    # periods and responsible units
    cat = period_catalog(c["plan_year"])
    pdigits = digits or c.get("digits", "arabic")
    for layout, rows in _measures(c):
        for m in rows:
            if rng.random() < 0.6:
                text, s, e = rng.choice(cat)
                m["period_text"], m["period_start"], m["period_end"] = _digits(text, pdigits), s.isoformat(), e.isoformat()
            if rng.random() < 0.7:
                units = rng.sample(UNITS, rng.randint(1, 4))
                m.pop("responsible_cell", None)
                m["responsible"] = units
                if layout == "m5f":
                    m["responsible_sep"], m["responsible_marks"] = " ", None
                elif layout == "m5q":
                    m["responsible_sep"], m["responsible_marks"] = "\n", rng.choice([["-"] * len(units), None])
                else:
                    m["responsible_sep"] = "\n"
                    m["responsible_marks"] = [_digits(f"{i}.", pdigits) for i in range(1, len(units) + 1)] \
                        if rng.random() < 0.4 else None
    # injected text-layer quirks in the first measure: Lao lookalike and doubled sara e
    for _, rows in _measures(c):
        m = rows[0]
        if "ะ" in (m.get("measure") or ""):
            m["measure"] = m["measure"].replace("ะ", "ະ", 1)
            quirks.append("Lao ະ in the first measure")
        if "แ" in (m.get("analysis") or ""):
            m["analysis"] = m["analysis"].replace("แ", "เเ", 1)
            quirks.append("เเ for แ in the first analysis cell")
        if m.get("steps") and "ำ" in m["steps"][0][1]:
            m["steps"][0][1] = m["steps"][0][1].replace("ำ", "\u0e4d\u0e32", 1)
            quirks.append("ำ typed as nikhahit + sara aa in the first step")
        break
    # distractors: last year's score, another organisation's name
    other = ORGS[(opts["org"] + 5) % len(ORGS)][0]
    prev = new_score("90.00", rng, pdigits)
    c["blocks"].insert(1, {"type": "p", "text": f"(ผลการประเมิน ITA ปีงบประมาณ พ.ศ. {{AYP}} ที่ผ่านมา ได้ {prev} คะแนน)"})
    c["blocks"].append({"type": "p", "cls": "noindent", "text": f"ปรับปรุงจากแบบรายงานของ{other}"})
    quirks += ["last year's score quoted near the title", "another organisation's name in the closing line"]
    c["quirks"] = quirks
    return c


def write_variants() -> list[str]:
    """Write all planned variants to corpus/content/; return their names."""
    names = []
    for plan in PLANS:
        c = make_variant(*plan)
        (CONTENT / f"{c['name']}.json").write_text(json.dumps(c, ensure_ascii=False, indent=1), encoding="utf-8")
        names.append(c["name"])
    return names
