"""Split list-like cells: responsible units (``ผู้รับผิดชอบ``) and implementation steps.

Cells arrive repaired but may still hold wrap spaces/newlines inside a name
(``กองสวัสดิการ สังคม``, ``ทุกส่วน ราชการ``). A space is a separator only when the next
piece starts a new unit (``กอง…``, ``สำนัก…``, ``งาน…``, …) and the text so far is a
complete unit; otherwise it is a wrap and is removed.
"""
from __future__ import annotations

import re

_DIG = "0-9๐-๙"

# words that start a new responsible unit / person
_HEADS = (
    "กอง", "สำนัก", "งาน", "ฝ่าย", "ส่วน", "หน่วย", "ศูนย์", "ทุก", "หัวหน้า", "ผู้บริหาร",
    "ผู้อำนวยการ", "ผอ.", "นายก", "รองนายก", "ปลัด", "รองปลัด", "นิติกร", "นัก", "เจ้าหน้าที่",
    "เจ้าพนักงาน", "คณะ", "ครู", "โรงเรียน", "ศพด", "พนักงาน", "ผู้ช่วย",
)
# a piece that is only one of these cannot be a whole unit: it continues on the next piece
_INCOMPLETE = {
    "กอง", "งาน", "สำนัก", "สำนักงาน", "ฝ่าย", "ส่วน", "หน่วย", "ศูนย์", "ทุก", "หัวหน้า",
    "หัวหน้าส่วน", "นัก", "ผู้", "เจ้า", "รอง", "คณะ",
}
_TRAILING_CONNECTORS = ("ทุก", "และ", "ที่", "ของ", "ด้าน", "ฝ่าย")
# multi-word units whose inner pieces look like heads (compared without spaces)
KNOWN_UNITS = (
    "สำนักปลัด", "สำนักงานปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา",
    "กองการศึกษาศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม",
    "กองส่งเสริมการเกษตร", "กองยุทธศาสตร์และงบประมาณ", "กองวิชาการและแผนงาน",
    "กองการเจ้าหน้าที่", "งานบริหารงานบุคคล", "งานบริหารงานทั่วไป", "งานการเจ้าหน้าที่",
    "งานนิติการ", "งานประชาสัมพันธ์", "งานป้องกันและบรรเทาสาธารณภัย", "หน่วยตรวจสอบภายใน",
    "ทุกส่วนราชการ", "ทุกหน่วยงาน", "ทุกกอง", "หัวหน้าส่วนราชการ", "หัวหน้าส่วนราชการทุกกอง",
    "หัวหน้าส่วนราชการทุกส่วน", "นักวิเคราะห์นโยบายและแผน", "นักทรัพยากรบุคคล",
    "ผู้บริหารสูงสุด", "ผู้บริหารท้องถิ่น", "ปลัดองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล",
    "หัวหน้าสำนักปลัด", "ผู้อำนวยการกองคลัง", "ผู้อำนวยการกองช่าง",
)
_ROLE_PREFIXES = ("หัวหน้า", "เจ้าหน้าที่", "ผู้อำนวยการ", "พนักงาน", "ผู้บริหาร")

_RX_BULLET = re.compile(r"(?:(?<=\s)|^)[-–—•·●▪○*]+\s*")
_RX_NUMBERING = re.compile(rf"(?:(?<=\s)|(?<=^)|(?<=[(]))\(?[{_DIG}]{{1,2}}\s*[.)](?![{_DIG}])\s*")
_RX_GLUED_AND = re.compile(r"และ(?=(?:กอง|สำนัก|งาน|ฝ่าย|หน่วย)\S)")
_RX_DASH_HEAD = re.compile(r"-(?=\s*(?:กอง|สำนัก|งาน|ฝ่าย))")
_RX_SEP = re.compile(r"[/,;()\[\]|、，]")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _starts_head(piece: str) -> bool:
    return piece.startswith(_HEADS) and piece not in _INCOMPLETE


def _is_known_or_prefix(s: str) -> bool:
    return any(k.startswith(s) for k in KNOWN_UNITS)


def _join_decision(left: str, nxt: str) -> bool:
    """True when the gap between ``left`` (unit so far) and piece ``nxt`` is a wrap."""
    if left in _INCOMPLETE or left.endswith(_TRAILING_CONNECTORS):
        return True
    joined = left + nxt
    if _is_known_or_prefix(joined) and len(joined) > len(left):
        return True
    if nxt.startswith("ทุก") and left.startswith(_ROLE_PREFIXES):
        return True  # หัวหน้าส่วนราชการ ทุกกอง
    if nxt.startswith("และ"):
        rest = nxt[3:]
        return not (rest and _starts_head(rest))
    return not _starts_head(nxt)


def _split_chunk(chunk: str) -> list[str]:
    pieces = chunk.split()
    units: list[str] = []
    cur = ""
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p == "และ":  # a free-standing "และ": separator before a unit head, else a word
            nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
            if cur and nxt and _starts_head(nxt) and not cur.endswith(_TRAILING_CONNECTORS):
                units.append(cur)
                cur = ""
                i += 1
                continue
            cur += p
            i += 1
            continue
        if not cur:
            cur = p
        elif _join_decision(cur, p):
            cur += p
        else:
            units.append(cur)
            cur = p
        i += 1
    if cur:
        units.append(cur)
    out = []
    for u in units:
        if u.startswith("และ") and _starts_head(u[3:]):
            u = u[3:]
        u = u.strip(".-–:;·•")
        if u and re.search(r"[\u0e01-\u0e2eA-Za-z]", u):
            out.append(u)
    return out


def split_units(text: str | None) -> list[str]:
    """Responsible units of a cell, one entry each, per the contract's ``responsible`` rule.

    ``-สำนักปลัด -กองคลัง`` / ``๑.สำนักปลัด ๒.กองคลัง`` / ``กองคลัง / สำนักปลัด`` -> two units;
    ``ทุกส่วน ราชการ`` -> ``ทุกส่วนราชการ``; ``กองสวัสดิการ สังคม`` -> ``กองสวัสดิการสังคม``;
    ``กองสาธารณสุข และสิ่งแวดล้อม`` stays one unit. Abbreviations (``กองการศึกษาฯ``) are kept;
    numbering, bullets and parentheses are dropped. Order kept, duplicates removed.
    """
    t = (text or "").replace("\u200b", "")
    if not t.strip():
        return []
    t = _RX_GLUED_AND.sub("|", t)
    t = _RX_DASH_HEAD.sub("|", t)
    t = _RX_NUMBERING.sub("|", t)
    t = _RX_BULLET.sub("|", t)
    t = _RX_SEP.sub("|", t)
    out: list[str] = []
    for chunk in t.split("|"):
        for u in _split_chunk(chunk):
            if u not in out:
                out.append(u)
    return out


# ---------------------------------------------------------------- steps

_MONTH_AHEAD = r"\s*(?:ม|ก|มี|เม|พ|มิ|ส|ต|ธ)\s?\.\s?(?:ค|พ|ย|ศ)\.?"
_RX_STEP_NUM = re.compile(
    rf"(?:(?P<paren>\()(?P<n1>[{_DIG}]{{1,2}})\)|(?P<n2>[{_DIG}]{{1,2}})\s?(?P<p>[.)]))"
    rf"(?![{_DIG}])(?!{_MONTH_AHEAD})"
)
_RX_STEP_BULLET = re.compile(r"(?:(?<=\s)|^)[-–—•●▪○*](?=\s|[\u0e01-\u0e4eA-Za-z\"“])")


def _digit_value(s: str) -> int:
    return int("".join(str(ord(c) - 0x0E50) if "๐" <= c <= "๙" else c for c in s), 10)


def _numbered_markers(t: str) -> list[tuple[int, int]]:
    """(start, end) of list-number markers that follow a plausible 1, 2, 3 … sequence."""
    accepted: list[tuple[int, int]] = []
    last = 0
    for m in _RX_STEP_NUM.finditer(t):
        n = _digit_value(m.group("n1") or m.group("n2"))
        start = m.start()
        before = t[start - 1] if start else " "
        spaced = start == 0 or before.isspace() or before in "(:;\"“”'"
        if not accepted:
            ok = (n == 1 and (spaced or start == 0)) or (start == 0 and n >= 1)
        else:
            prev_end = accepted[-1][1]
            has_text = bool(t[prev_end:start].strip())
            ok = has_text and (
                (n == last + 1 and (spaced or n >= 2))
                or (spaced and n in (last, last + 2))
            )
        if ok:
            accepted.append((start, m.end()))
            last = n
    return accepted


def _clean_step(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\n-–•")


def split_steps(text: str | None) -> list[str]:
    """Steps of a cell, split on their numbering (``๑.`` ``2.`` ``(1)`` ``1)``) or, in a
    cell that starts with a bullet, on ``-``/``•`` bullets; numbering removed, whitespace
    (including wrap newlines) collapsed. Decimals (``๙๙.๕๗``), dates (``๓๐ ก.ย.``) and
    references like ``ข้อ 1.`` out of sequence do not split. Empty steps are dropped."""
    t = (text or "").replace("\u200b", "").strip()
    if not t:
        return []
    markers = _numbered_markers(t)
    parts: list[str] = []
    if markers:
        if t[: markers[0][0]].strip():
            parts.append(t[: markers[0][0]])
        for k, (s, e) in enumerate(markers):
            end = markers[k + 1][0] if k + 1 < len(markers) else len(t)
            parts.append(t[e:end])
    elif _RX_STEP_BULLET.match(t):
        parts = _RX_STEP_BULLET.split(t)
    else:
        parts = [t]
    return [c for c in (_clean_step(p) for p in parts) if c]
