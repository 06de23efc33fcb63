"""The organisation a report is about (name, type, district, province) and its years.

Reports copy templates, so other organisations' names linger (seed 001: พัฒน์นคร in the
title, วัฒนานคร everywhere else with its อำเภอ/จังหวัด; seed 000: อบต.นาขุม in the title,
เทศบาลตำบลนาขุม in the body). The winner is the name printed with its อำเภอ/จังหวัด, then
the most frequent; the others are flagged ``org_conflict``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from normalizers.records.keyvalue import LEADER
from normalizers.fields.numbers import to_ascii_digits

ORG_TYPES = (
    "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง",
    "เทศบาลนคร", "เมืองพัทยา",
)
ABBREVIATIONS = {
    "อบต.": "องค์การบริหารส่วนตำบล", "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "ทต.": "เทศบาลตำบล", "ทม.": "เทศบาลเมือง", "ทน.": "เทศบาลนคร",
}
PROVINCES = (
    "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
    "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
    "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
    "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี",
    "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี",
    "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา",
    "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ",
    "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี",
    "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู",
    "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
)
_PROVINCES_LONGEST = sorted(PROVINCES, key=len, reverse=True)

_TH = "\u0e01-\u0e4e"
# words that cannot start an organisation's proper name (the type word was used generically)
_NAME_STOP = (
    "ประจำ", "ได้", "มี", "ให้", "ที่", "และ", "ของ", "ใน", "อำเภอ", "จังหวัด", "ซึ่ง", "จึง", "โดย",
    "เพื่อ", "ดังนี้", "อยู่", "ตาม", "เป็น", "หรือ", "ทั้ง", "แห่ง", "ต่าง", "นั้น", "นี้", "ทุก",
)
# ``อำเภอ`` as OCR reads it on scans (ภ read as ก or ถ: ``อำเกอแม่ริม``, fresh18s 18500, 18507;
# อ as จ: ``จำเภอสามพราน``, fresh26s 36100; the last อ as ล or ฮ, its look-alikes: ``อำเภลลี้``,
# unbiased fresh30s 41114 at 200 dpi, the district null in an ``ok`` document with no flag); its
# district is flagged ``district_word_misread`` and checked against the gazetteer like any other
# ภ as ท too: ``อำเทอเมืองกาฬสินธุ์``, held-out fresh36u 53213 at 200 dpi, the district null in an ``ok`` document
_DISTRICT_MISREAD = r"อำเ[กถท]อ|จำเ[ภกถท]อ|อำเภ[ลฮ]"
# glued continuations after a name in prose ("…หินโคนได้รับผลการประเมิน")
_NAME_TAIL = re.compile(
    r"(?:ได้รับ|ได้|มีผล|มีคะแนน|จึง|ซึ่ง|ประจำปี|ประจำ|อยู่ใน|อำเภอ|"
    + _DISTRICT_MISREAD + r"|จังหวัด|อ\.|จ\.|ให้ดี|ให้|ในการ|ในปี|ดังนี้|เพื่อ|โดย|ต่อไป)"
)
_RX_ORG = re.compile(
    "(" + "|".join(ORG_TYPES) + rf")[ ]?([{_TH}]+)"
)
# "อำเภอ : X", "อำเภอ ....... X" (a key/value line) as well as "อำเภอX" / "อ.X"
_KV_SEP = r"(?:[ ]?[:：][ ]?|[ ]?(?:\.{3,}|…+)[ ]?|[ ])?"
_RX_DISTRICT = re.compile(rf"(?:อำเภอ|(?<![{_TH}])อ\.){_KV_SEP}([{_TH}]+)")
_RX_DISTRICT_OCR = re.compile(rf"({_DISTRICT_MISREAD}){_KV_SEP}([{_TH}]+)")
# the word after the name too: OCR may split a name (``จ.นครป ฐม``, dev scan 17506)
_RX_PROVINCE = re.compile(rf"(?:จังหวัด|(?<![{_TH}])จ\.){_KV_SEP}([{_TH}]+(?: [{_TH}]+)?)")


def expand_abbreviations(text: str) -> str:
    """``อบต.นาขุม`` -> ``องค์การบริหารส่วนตำบลนาขุม`` (also ทต./ทม./ทน./อบจ.); fixes the
    common ``องค์กรการบริหารส่วน…`` misspelling. Used for matching, not for stored prose."""
    t = text.replace("องค์กรการบริหารส่วน", "องค์การบริหารส่วน")
    for abbr, full in ABBREVIATIONS.items():
        # not inside a word, but right after ของ/แห่ง/ใน/ซึ่ง/โดย is fine ("ของทม.บ้านไผ่")
        t = re.sub(rf"(?:(?<![{_TH}])|(?<=ของ)|(?<=แห่ง)|(?<=ใน)|(?<=ซึ่ง)|(?<=โดย)){re.escape(abbr)}[ ]?(?=[{_TH}])",
                   full, t)
    return t


def _clean_lines(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        ln = LEADER.sub(" : ", to_ascii_digits(ln or "").replace("*", "").replace("\u200b", ""))
        ln = re.sub(r"<[^>]+>", " ", ln)
        out.append(re.sub(r"\s+", " ", ln).strip())
    return out


def _cut_name(raw: str) -> str:
    m = _NAME_TAIL.search(raw, 2)
    return raw[: m.start()] if m else raw


def clean_province(raw: str) -> tuple[str | None, list[str]]:
    """Province name from the text after ``จังหวัด``: the known name it starts with."""
    for p in _PROVINCES_LONGEST:
        if raw.startswith(p):
            return p, []
    if " " in raw:
        word, nxt = raw.split(" ", 1)
        joined = word + nxt.split(" ")[0]
        for p in _PROVINCES_LONGEST:
            if joined.startswith(p) and len(p) > len(word):
                return p, [f"place_spelling_corrected:{word} {nxt}->{p}"]
        raw = word
    cut = _cut_name(raw)
    return (cut or None), [f"province_unknown:{cut[:20]}"]


def clean_district(raw: str, province: str | None) -> str | None:
    """District name from the text after ``อำเภอ`` (glued words after it cut off)."""
    cut = _cut_name(raw)
    if province and cut.endswith(province) and cut != province and not cut.startswith("เมือง"):
        cut = cut[: -len(province)] or cut
    return cut or None


def _mentions(lines: list[str]) -> list[dict]:
    """Every ``<type><name>`` in the lines, with the อำเภอ/จังหวัด printed right after it."""
    found = []
    for i, ln in enumerate(lines):
        for m in _RX_ORG.finditer(ln):
            name = _cut_name(m.group(2))
            if len(name) < 2 or name.startswith(_NAME_STOP):
                continue
            # location: rest of the line (from the name's end: a glued ``อำเภอ``/``อำเกอ`` the
            # name's match ran over is the location's, fresh21s 21614 scanned ``เทศบาลเมือง
            # กาฬสินธุ์อำเกอเมืองกาฬสินธุ์``) plus the next three non-empty lines
            after = [ln[m.start(2) + len(name):]] + [x for x in lines[i + 1:i + 6] if x][:3]
            window = " ".join(after)[:160]
            nxt_org = _RX_ORG.search(window)
            if nxt_org:
                window = window[: nxt_org.start()]
            d = _RX_DISTRICT.search(window)
            d_ocr = None if d else _RX_DISTRICT_OCR.search(window)
            p = _RX_PROVINCE.search(window)
            found.append({"type": m.group(1), "name": name, "line": i,
                          "district": d.group(1) if d else (d_ocr.group(2) if d_ocr else None),
                          "district_word": d_ocr.group(1) if d_ocr else None,
                          "province": p.group(1) if p else None})
    return found


def separate_location(lines: list[str], other_orgs: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(district, province, flags) printed apart from the organisation's name: a summary
    sheet's ``ที่ตั้ง : อ.X จ.Y`` or ``อำเภอ ...... X`` / ``จังหวัด ...... Y`` lines. Lines naming
    another organisation are skipped; a province or district printed with two different names
    is left out (``org_location_ambiguous``); nothing found → ``org_no_location``."""
    provinces, districts = [], []
    for ln in lines:
        if any(o in ln for o in other_orgs):
            continue
        provinces += [clean_province(m.group(1))[0] for m in _RX_PROVINCE.finditer(ln)]
        districts += [m.group(1) for m in _RX_DISTRICT.finditer(ln)]
    provinces = list(dict.fromkeys(p for p in provinces if p in PROVINCES))
    districts = list(dict.fromkeys(d for d in districts if len(d) >= 2))
    flags = []
    province = provinces[0] if len(provinces) == 1 else None
    district = districts[0] if len(districts) == 1 else None
    if len(provinces) > 1 or len(districts) > 1:
        flags.append("org_location_ambiguous")
    if province is None and district is None:
        flags.append("org_no_location")
    return district, province, flags


def _district_unreadable(lines: list[str], province: str) -> list[str]:
    """``district_unreadable:<printed>`` where the province's line prints a short word before
    it (after the organisation's name, where the line starts with it) that no อำเภอ pattern
    read (an OCR'd ``อ.ลี้`` read as ``aa``: seed 12611 scanned), else nothing: the district is
    null, and says why."""
    for ln in lines:
        for m in _RX_PROVINCE.finditer(ln):
            if not clean_province(m.group(1))[0] == province:
                continue
            before = re.sub(r"^(?:ที่ตั้ง|ที่อยู่)\s*[:：]?", "", ln[: m.start()].strip()).strip(" :：|")
            if _RX_ORG.match(before) and " " in before:  # the name, then its location (fresh36u 53213)
                before = before.split(" ", 1)[1].strip()
            if before and len(before) <= 30 and not _RX_ORG.search(before):
                return [f"district_unreadable:{before}"]
    return []


def parse_org(lines: list[str]) -> dict:
    """Organisation of a report from its first pages' lines.

    Returns ``{org_name, org_type, district, province, flags}`` (None where not found).
    The winner is the ``<type><name>`` printed with its อำเภอ/จังหวัด most often, then the
    most frequent mention (abbreviations expanded), then the earliest.
    """
    clean = [expand_abbreviations(x) for x in _clean_lines(lines)]
    ms = _mentions(clean)
    flags: list[str] = []
    if not ms:
        return {"org_name": None, "org_type": None, "district": None, "province": None,
                "flags": ["org_not_found"]}
    # group mentions; a glued prose mention counts for the longest name it starts with
    keys = list(dict.fromkeys((m["type"], m["name"]) for m in ms))
    count: Counter = Counter()
    located: Counter = Counter()
    first: dict = {}
    where = defaultdict(list)
    for m in ms:
        cands = [k for k in keys if k[0] == m["type"] and m["name"].startswith(k[1])]
        key = max(cands, key=lambda k: len(k[1]))
        count[key] += 1
        first.setdefault(key, m["line"])
        if m["district"] or m["province"]:
            located[key] += 1
            where[key].append(m)
    ranked = sorted(keys, key=lambda k: (-located[k], -count[k], first[k]))
    best = ranked[0]
    for k in ranked[1:]:
        # the name OCR split with a space where it is printed with its place (``อบต.ดอน
        # แก้วอำเภอแม่ริม``, dev scan 17500), printed whole elsewhere: the whole name
        rest = k[1][len(best[1]):]
        if k[0] == best[0] and k[1].startswith(best[1]) and 0 < len(rest) <= 8 \
                and any(f"{best[0]}{best[1]} {rest}" in ln and (_RX_DISTRICT.search(ln) or _RX_PROVINCE.search(ln))
                        for ln in clean):
            flags.append(f"org_name_space_joined:{best[1]} {rest}->{k[1]}")
            where[k] = where[best] + where[k]
            located[k] += located[best]
            ranked = [k] + [x for x in ranked if x not in (k, best)]
            best = k
            break
    for k in ranked[1:]:
        if located[k] or count[k] >= 2 or first[k] < first[best]:
            flags.append(f"org_conflict:{k[0]}{k[1]}")
    district = province = None
    for m in where.get(best, []):
        if province is None and m["province"]:
            province, pf = clean_province(m["province"])
            flags += pf
        if district is None and m["district"]:
            district = m["district"]
            if m.get("district_word"):
                flags.append(f"district_word_misread:{m['district_word']}")
    if district is None or province is None:  # the rest from the lines that print only a place
        d2, p2, lflags = separate_location(clean, [k[0] + k[1] for k in keys if k != best])
        if district is None and (province is None or p2 in (None, province)):
            district = d2
        province = province or p2
        flags += [f for f in lflags if f != "org_no_location" or not (district or province)]
    if district:
        district = clean_district(district, province)
    elif province:
        flags += _district_unreadable(clean, province)
    return {"org_name": best[0] + best[1], "org_type": best[0], "district": district,
            "province": province, "flags": list(dict.fromkeys(flags))}


# ---------------------------------------------------------------- years

_RX_YEAR = re.compile(r"(?<![0-9])(2[45][0-9]{2})(?![0-9])", re.ASCII)
_RX_YEAR_RANGE = re.compile(r"(2[45][0-9]{2})\s*[-–]\s*(2[45][0-9]{2})", re.ASCII)
_PLAN_CUES = ("พัฒนาองค์กร", "มาตรการ", "ตลอดปีงบประมาณ", "ยกระดับผลการประเมิน", "แผนปฏิบัติการ",
              "ขับเคลื่อน")
_ASSESS_CUES = ("ผลการประเมิน", "การประเมิน", "วิเคราะห์")
_MONTH_YEAR = re.compile(
    r"(?:(ม|ก|มี|เม|พ|มิ|ส|ต|ธ)[ ]?\.[ ]?(ค|พ|ย)\.?|(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|"
    r"มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม))[ ]?(?:พ\.ศ\.[ ]?)?"
    r"([0-9]{4}|[0-9]{2})(?![0-9])"
)
_ABBR_MONTH = {("ม", "ค"): 1, ("ก", "พ"): 2, ("มี", "ค"): 3, ("เม", "ย"): 4, ("พ", "ค"): 5,
               ("มิ", "ย"): 6, ("ก", "ค"): 7, ("ส", "ค"): 8, ("ก", "ย"): 9, ("ต", "ค"): 10,
               ("พ", "ย"): 11, ("ธ", "ค"): 12}
_FULL_MONTH = {n: i for i, n in enumerate(("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
               "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"), 1)}


def _period_fiscal_votes(t: str) -> Counter:
    """Fiscal years implied by month+year mentions (``ต.ค. ๖๘`` -> 2569)."""
    votes: Counter = Counter()
    for m in _MONTH_YEAR.finditer(t):
        month = _FULL_MONTH[m.group(3)] if m.group(3) else _ABBR_MONTH.get((m.group(1), m.group(2)))
        if month is None:
            continue
        y = int(m.group(4), 10)
        y = 2500 + y if y < 100 else y
        if 2400 <= y <= 2699:
            votes[y + 1 if month >= 10 else y] += 1
    return votes


_RX_SPLIT_YEAR = re.compile(r"(พ\.\s?ศ\.|ปีงบประมาณ|ปี)(\s*)([0-9๐-๙]+(?: [0-9๐-๙]+){1,3})(?![0-9๐-๙.,])")


def _thai_digit(ch: str) -> bool:
    return "๐" <= ch <= "๙"


def join_split_years(text: str) -> str:
    """Join a year a Word export split where its digits change script (``พ.ศ. 2 ๕ 65`` →
    ``พ.ศ. 2๕65``, ``256 ๕`` → ``256๕``): joined only across script changes, after a year cue,
    and only where the result is a four-digit Buddhist-era year."""
    def fix(m: re.Match) -> str:
        toks = m.group(3).split(" ")
        cur, k = toks[0], 1
        while k < len(toks) and len(cur) < 4 and _thai_digit(cur[-1]) != _thai_digit(toks[k][0]):
            cur += toks[k]
            k += 1
        if k == 1 or len(cur) != 4 or not 2400 <= int(to_ascii_digits(cur)) <= 2699:
            return m.group(0)
        return m.group(1) + m.group(2) + " ".join([cur] + toks[k:])
    return _RX_SPLIT_YEAR.sub(fix, text)


def parse_years(text: str) -> tuple[int | None, int | None, list[str]]:
    """(assessment_year, plan_year, flags) from a report's title and prose.

    A year after an assessment cue (``ผลการประเมิน``, ``วิเคราะห์``) votes for the assessment
    year; after a plan cue (``…ไปสู่การพัฒนาองค์กร``, ``มาตรการ``, ``ตลอดปีงบประมาณ``) or implied
    by a measure period (``ต.ค. ๖๘ – ก.ย. ๖๙``) for the plan year. Title lines (the first
    ones) weigh more. No plan year printed -> assessment + 1 with ``plan_year_inferred``.
    """
    t = expand_abbreviations(to_ascii_digits(join_split_years(text or "")).replace("*", ""))
    t = _RX_YEAR_RANGE.sub(" ", t)  # strategy spans like 2561-2580 are not report years
    lines = [re.sub(r"\s+", " ", x).strip() for x in t.splitlines()]
    lines = [x for x in lines if x]
    flat = " ".join(lines)
    head_end = len(" ".join(lines[:8]))
    assess: Counter = Counter()
    plan: Counter = Counter()
    for m in _RX_YEAR.finditer(flat):
        year = int(m.group(1), 10)
        in_head = m.start() <= head_end
        window = flat[max(0, m.start() - (250 if in_head else 90)): m.start()]
        weight = 3 if in_head else 1
        p_at = max(window.rfind(c) for c in _PLAN_CUES)
        a_at = max(window.rfind(c) for c in _ASSESS_CUES)
        if p_at >= 0 and p_at >= a_at:  # the cue nearest to the year decides
            plan[year] += weight
        elif a_at >= 0:
            assess[year] += weight
    flags: list[str] = []
    assessment = None
    if assess:
        (assessment, k), *rest = assess.most_common()
        if rest and rest[0][1] == k:
            assessment = max(y for y, v in assess.items() if v == k)
            flags.append("assessment_year_tie")
    periods = _period_fiscal_votes(flat)
    votes = plan + periods
    if assessment is not None:
        votes = Counter({y: v for y, v in votes.items() if y > assessment})
    plan_year = None
    if votes:
        (plan_year, k), *rest = votes.most_common()
        if rest and rest[0][1] == k:
            flags.append("plan_year_tie")
            plan_year = min(y for y, v in votes.items() if v == k)
    if assessment is None and plan_year is not None:
        flags.append("assessment_year_missing")
    if plan_year is None and assessment is not None:
        plan_year = assessment + 1
        flags.append("plan_year_inferred")
    if plan_year is not None and assessment is not None and plan_year != assessment + 1:
        flags.append(f"plan_year_unusual:{assessment}->{plan_year}")
    return assessment, plan_year, flags
