"""The content type of one table cell: what it holds, whatever its column's header says.

Types (``CellType``): ``empty``; ``score`` (a 0–100 number, ``๘๖.๕๐``, ``(๙๗.๘๗ คะแนน)``);
``int`` (a whole number: a running number or an integer score, decided per column);
``code_text`` (a question code and its text: ``i7 …``, ``o๒๓ …``); ``codes`` (codes only:
``i1 - i4``); ``indicator`` (an official indicator's name, optionally with its number and
score); ``tool`` (a tool's name or code with or without a score: ``IIT``, ``แบบวัด … (EIT) 91.83``);
``period`` (months, quarters, a fiscal year); ``units`` (responsible units, one per line);
``steps`` (two or more numbered or bulleted items); ``subtotal`` (``รวม``, ``เฉลี่ย``);
``prose`` (long text); ``text`` (short text).
"""
from __future__ import annotations

import re
from functools import lru_cache

from normalizers.fields.codes import canonical_code, parse_code_list, split_code_prefix
from normalizers.fields.indicators import TOOL_DESCRIPTIONS, match_indicator
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.tables.text import squash
from normalizers.tables.textkinds import FINDING, MEASURE_NAME, text_kind
from normalizers.fields.units import split_units

EMPTY, SCORE, INT, CODE_TEXT, CODES, INDICATOR, TOOL = "empty", "score", "int", "code_text", "codes", "indicator", "tool"
PERIOD, UNITS, STEPS, SUBTOTAL, PROSE, TEXT = "period", "units", "steps", "subtotal", "prose", "text"

# ``ตัวชี้วัดที่ N`` and a short name (maybe its score in brackets) after it: an indicator heading
_NUMBERED_HEADING = re.compile(r"^ตัว[ชข]ี้?วัดที่?(?:[1-9]|10)(?![0-9])[^0-9]{4,34}(?:\([0-9.]+คะแนน\)?)?$")
_INT = re.compile(r"^\(?\s*([0-9]{1,3})\s*[.)]?\s*$")
_MONTHS = ("ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค",
           "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
           "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
_MONTH_NODOT = re.compile(r"(?:^|[\s\d-])(?:มค|กพ|มีค|เมย|พค|มิย|กค|สค|กย|ตค|พย|ธค)(?:[\s\d.-]|$)")
_PERIOD_WORDS = ("ไตรมาส", "ตลอดปี", "ปีงบประมาณ", "ทุกเดือน", "ตลอดทั้งปี", "รายไตรมาส")
_UNIT_HEADS = ("กอง", "สำนัก", "งาน", "ฝ่าย", "ส่วน", "หน่วย", "ศูนย์", "ทุก", "หัวหน้า", "ผู้บริหาร",
               "ปลัด", "นายก", "ผู้อำนวยการ", "คณะกรรมการ", "คณะทำงาน", "เจ้าหน้าที่", "เลขานุการ", "รองปลัด")
_ITEM = re.compile(r"(?:^|\n|\s)\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])|(?:^|\n)\s*[-•●▪]")
_TOOL = re.compile(r"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])")
_TOOL_WORDS = ("แบบวัดการรับรู้", "แบบวัดการเปิดเผย", "แบบตรวจการเปิดเผย", "ผู้มีส่วนได้ส่วนเสียภายใน",
               "ผู้มีส่วนได้ส่วนเสียภายนอก")
_SUBTOTAL = ("รวม", "คะแนนรวม", "เฉลี่ย", "คะแนนเฉลี่ย", "รวมทั้งสิ้น", "ภาพรวม", "คะแนนภาพรวม", "สรุป")
_LEVEL = re.compile(r"^(?:AA|[A-F]|ดี|ผ่าน)$")
_NOT_LETTER = re.compile(r"[0-9๐-๙.,:%()\[\]|/-]")
_MIN_TEXT = 4  # letters a question's text prints besides its numbers
_NUMBER_IN = re.compile(r"[0-9]{1,3}\.[0-9]{1,2}|(?<![0-9])100(?![0-9])")


def is_period(text: str) -> bool:
    t = squash(text)
    if any(m in t for m in _MONTHS) or any(w in t for w in _PERIOD_WORDS):
        return len(t) <= 90
    return bool(_MONTH_NODOT.search(to_ascii_digits(text))) and len(t) <= 60


_AM_RAW = re.compile("\u0e4d\u0e32|\u0e33\u0e32")


def is_units(lines: list[str], every: bool = False) -> bool:
    """One unit per line (``every``: each line a unit, not most of them)."""
    # ``สํานัก`` / ``สำานัก``: a text layer prints sara am as nikhahit + sara aa, or sara am then
    # sara aa (the extract stage's raw lines)
    parts = [_AM_RAW.sub("\u0e33", squash(ln).lstrip("-•●▪0123456789๐๑๒๓๔๕๖๗๘๙.)/"))
             for ln in lines if ln.strip()]
    if not parts or any(len(p) > 45 for p in parts):
        return False
    heads = [p.startswith(_UNIT_HEADS) or "กอง" in p[:6] for p in parts]
    if every:
        return all(heads)
    # a list of units starts with a unit (a wrapped sentence may start a line with "งาน…")
    return heads[0] and sum(heads) * 2 >= len(parts)


_ITEM_START = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙])|[-•●▪])")


def item_lines(lines: str) -> list[str]:
    """A list's items, each item's wrapped lines joined (``-งาน`` / ``บริหารงาน`` / ``บุคคล``
    -> ``-งานบริหารงานบุคคล``: a narrow column of units wraps every name); lines before the
    first item are an item of their own."""
    out: list[str] = []
    for ln in lines.split("\n"):
        if not ln.strip():
            continue
        if out and not _ITEM_START.match(ln):
            out[-1] += ln.strip()
        else:
            out.append(ln.strip())
    return out


def tool_of(text: str) -> str | None:
    m = _TOOL.search(text.upper())
    if m:
        return m.group(1)
    t = squash(text)
    return next((tool for tool, words in TOOL_DESCRIPTIONS.items() if words in t), None)


# a printed line opening with a list number whose dot OCR lost (``1 ทบทวน``), then a letter
_LINE_NO = re.compile(r"^\s*([0-9๐-๙]{1,2})\s?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def _dotless_items(lines: str) -> bool:
    """Whether a cell's printed lines open with list numbers 1, 2, … in order, two or more, their
    dots lost (a scan's ``1 ทบทวน`` / ``2 แต่งตั้งคณะ``; fresh30u 41200 p5, 200 dpi, Waree: the steps
    column typed as prose, its garbled title naming nothing, unmapped and every step lost)."""
    nos = [int(to_ascii_digits(m.group(1))) for ln in (lines or "").split("\n") if (m := _LINE_NO.match(ln))]
    return len(nos) >= 2 and nos == list(range(1, len(nos) + 1))


@lru_cache(maxsize=16384)
def cell_type(text: str, lines: str = "") -> str:
    """The content type of a cell (``text`` joined; ``lines`` its printed lines, \\n-joined)."""
    t = (text or "").strip()
    if not t:
        return EMPTY
    a = to_ascii_digits(t)
    sq = squash(a)
    m = _INT.match(a)
    if m:
        return INT
    v, _ = parse_score(t)
    if v is not None and 0 <= v <= 100:
        return SCORE
    if sq.rstrip(":") in _SUBTOTAL or (len(sq) <= 30 and sq.startswith(("รวม", "คะแนนรวม", "คะแนนเฉลี่ย", "เฉลี่ย"))):
        return SUBTOTAL
    if lines and garbled_tool(lines):
        return TOOL
    raw, rest = split_code_prefix(t)
    # (a code and a score alone, ``e1 ๘๓.๒๗``, ``o1 เห ๗๔.๗๐``, is no question's text: a spanned
    # tool cell whose tool OCR misread, fresh30u 41212 p1, 200 dpi: the results table read as questions)
    if raw is not None and re.match(r"^(?:[iIeEoO0๐]|[\[บ]1)", raw) and len(squash(rest)) >= 6 \
            and len(_NOT_LETTER.sub("", squash(rest))) >= _MIN_TEXT:
        code, cflags = canonical_code(raw)
        if code or any(f.startswith("code_out_of_range") for f in cflags):  # a misread digit (OCR ``i๘4``)
            return CODE_TEXT
    codes = parse_code_list(t)
    if codes and len(re.sub(r"[iIeEoO0-9๐-๙,\s\-–และถึงข้อ]", "", t)) <= 3:
        return CODES
    tool = tool_of(t)
    if tool and (len(sq) <= 40 or any(w in sq for w in _TOOL_WORDS) and len(sq) <= 120):
        return TOOL
    if len(sq) <= 110:
        no, _, flags = match_indicator(t)
        if no is not None and not any(f.startswith(("indicator_by_number", "indicator_several")) for f in flags) \
                and not (text_kind(t) in (FINDING, MEASURE_NAME) and not sq.startswith("ตัวชี้วัด")):
            # (a measure's name that names an indicator's subject, ``(1) โครงการเปิดเผยข้อมูลการใช้
            # จ่ายงบประมาณ…``, is the measure: dev seed 20011 docx, unknown titles, every measure lost;
            # a finding that ends on an indicator's name, ``…ยังไม่ทราบแนวปฏิบัติการใช้ทรัพย์สินของ
            # ราชการ``, is the analysis: dev seed 15560 html, unknown titles, the analysis column lost)
            return INDICATOR
        if no is not None and _NUMBERED_HEADING.match(to_ascii_digits(sq)) is not None:
            # ``ตัวชี้วัดที่10 การปข้องกันการทุจริต``: a heading that prints its indicator's number,
            # the name OCR garbled (fresh23s 24114 scanned: indicator 10's row in the questions
            # table lost); the row's indicator comes by number, flagged ``indicator_by_number``
            return INDICATOR
    if len(_ITEM.findall(lines or t)) >= 2 or _dotless_items(lines):
        if lines and (is_units(lines.split("\n")) or is_units(item_lines(lines), every=True)):
            return UNITS  # a bulleted list of units (``- กองคลัง`` / ``- งานนิติการ``), wrapped or not
        return STEPS  # numbered items, even when one names a month or a quarter
    if is_period(t):
        return PERIOD
    ls = (lines or t).split("\n")
    if is_units(ls) or len(ls) > 1 and is_units(split_units(t)):
        return UNITS  # one unit per line, or units run together in a narrow column
    return PROSE if len(sq) > 30 else TEXT


def garbled_tool(lines: str) -> bool:
    """A tool's name OCR garbled over its score in a spanned cell: two printed lines, a short head
    that prints no number and the score with its decimals under it (``HT⏎๗๑.๙๒`` for IIT,
    ``e1⏎๗๔.๔๖`` for EIT, ``o1 เห⏎๖๖.๐๗`` for OIT: fresh31s 43107 at 300 dpi, a results table's
    three tool scores lost). The tool itself comes from the rows the cell spans, flagged."""
    ls = [ln for ln in lines.split("\n") if ln.strip()]
    head = squash(ls[0]) if ls else ""
    if len(ls) != 2 or not 2 <= len(head) <= 5 or _NUMBER_IN.search(to_ascii_digits(head)) \
            or _LEVEL.match(head) or not re.search(r"[A-Za-z0-9]", head) and len(head) > 2:
        return False  # a level over a score (``AA⏎๙๕.๒๐``, ``ดีมาก⏎...``) is no tool
    tail = to_ascii_digits(ls[1]).strip()
    v, _ = parse_score(tail)
    return v is not None and 0 <= v <= 100 and re.fullmatch(r"[0-9]{1,3}\.[0-9]{2}", tail) is not None


def has_number(text: str) -> bool:
    """Whether a cell prints a score-like number (``… 91.83``)."""
    return bool(_NUMBER_IN.search(to_ascii_digits(text or "")))
