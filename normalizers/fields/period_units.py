"""One cell holding two fields: the period and the responsible units (``ระยะเวลา/ผู้รับผิดชอบ``).

Reports print both in one column (``ไตรมาสที่ ๑-๒`` over ``กองคลัง`` / ``งานนิติการ``), in
either order. A cell's printed lines are read one by one: a line that reads as a period
(months, a quarter, a fiscal year) is the period's, a line that starts with a unit head
(``กอง``, ``สำนัก``, ``งาน``, ``ทุกส่วนราชการ`` …) and names no period is a unit's, and any
other line (a wrapped tail: ``สิ่งแวดล้อม``, ``๒๕๖๙``) continues the line before it. A line
that starts as a period and runs on into a unit (``ไตรมาสที่ ๓ กองช่าง``) is cut where the unit
starts.

Also: digits of one number that a text layer split where their script changes
(``๓ 0 กันยายน ๒ 5 ๖ 9``, ``o ๒ 0``) are joined again.
"""
from __future__ import annotations

import re

from normalizers.fields.months import FULL, mend_ocr_months
from normalizers.fields.numbers import to_ascii_digits
from normalizers.fields.ocr_periods import mend_ocr_period_digits
from normalizers.fields.period_shape import looks_like_period, period_residue
from normalizers.fields.units import _HEADS, KNOWN_UNITS

_LEAD = re.compile(r"^\s*(?:[-–—•●▪○*]+|\(?[0-9๐-๙]{1,2}\s*[.)](?![0-9๐-๙]))\s*")
# where a unit may start inside a period line (after a space)
_UNIT_IN_LINE = re.compile(r"\s(?=(?:กอง|สำนัก|งาน|ฝ่าย|หน่วย|ศูนย์|ทุกส่วน|ทุกหน่วย|ทุกกอง|ส่วนราชการ))")
_SPLIT_DIGITS = re.compile(r"(?<=[0-9]) (?=[๐-๙])|(?<=[๐-๙]) (?=[0-9])")


def join_script_split_digits(text: str | None) -> str | None:
    """``๓ 0 กันยายน ๒ 5 ๖ 9`` → ``๓0 กันยายน ๒5๖9``: one space between a Thai and an Arabic
    digit is a text-run boundary inside one number (a Word export of mixed digits), not a gap
    between two numbers. Digits of one script with a space between stay apart."""
    if not text:
        return text
    return _SPLIT_DIGITS.sub("", text)


def _is_unit_line(line: str) -> bool:
    body = _LEAD.sub("", line).replace(" ", "")
    return bool(body) and body.startswith(_HEADS) and not looks_like_period(line)


_PERIOD_TAIL_WORDS = ("(ต่อเนื่อง)", "ต่อเนื่อง")


def _is_period_word(w: str) -> bool:
    return w in _PERIOD_TAIL_WORDS or not period_residue(w)


def cut_period(line: str) -> tuple[str, str] | None:
    """(period, the rest) of a line whose words run a period into other text on either side
    (``กองสาธารณสุขและ ๑ พค ๓0 กย ๖4 สิ่งแวดล้อม``: a unit wrapped around the period of a
    column merged into it): the longest run of words that are period words only (dates,
    quarters, fiscal years, ``ถึง``, dashes) and reads as a period. None when there is none
    or nothing else is left."""
    words = line.split()
    runs, i = [], 0
    while i < len(words):
        if _is_period_word(words[i]):
            j = i
            while j < len(words) and _is_period_word(words[j]):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    for i, j in sorted(runs, key=lambda r: r[0] - r[1]):
        period = " ".join(words[i:j])
        rest = " ".join(words[:i] + words[j:])
        if looks_like_period(period) and rest.strip(" -–—•"):
            return period, rest
    return None


def _ocr_period_line(line: str) -> bool:
    """An OCR'd line that reads as a period once its garbled month abbreviations and the
    numbers no month mending reads are mended (``กุพ พ ค`` for ``ก.พ.-พ.ค.``, ``มุค. 67-``: dev
    seed 15007 scanned, pages 6 and 7; ``ไตรมาสที่๕`` for ``ไตรมาสที่ ๔``: dev seed 18808 page 7)."""
    plain = re.sub(r"\s+", " ", to_ascii_digits(line)).strip()
    mended = mend_ocr_period_digits(mend_ocr_months(plain), tuple(FULL.values()))[0]
    return mended != plain and looks_like_period(mended)


def _period_like(line: str, ocr: bool) -> bool:
    return looks_like_period(line) or ocr and _ocr_period_line(line)


def _unit_tail_taken(ln: str, kinds: list[str], parts: list[str], ocr: bool) -> str:
    """A period line whose last word completes the unit line read before it (``กุมภาพันธ์- ทุกส่วน``
    / ``สิงหาคม ราชการ``: the units' column joined to the period's line by line, ``ทุกส่วนราชการ``
    wrapped): the word goes onto that unit (``parts`` changed in place); the line without it."""
    words = ln.split()
    at = max((i for i, k in enumerate(kinds[:-1]) if k == "u"), default=None)
    if at is None or len(words) < 2 or not _period_like(" ".join(words[:-1]), ocr):
        return ln
    last = (parts[at].split() or [""])[-1]
    if last + words[-1] not in KNOWN_UNITS or last in KNOWN_UNITS:
        return ln
    parts[at] += words[-1]
    return " ".join(words[:-1])


def split_period_units(text: str | None, around: bool = False, ocr: bool = False) -> tuple[str, str] | None:
    """(period lines, unit lines), each ``\\n``-joined, of a cell printing both; None when
    the cell holds no unit line and no period line beside one (nothing to split). With
    ``around``, a line whose unit is wrapped around its period (:func:`cut_period`) is split
    too (the caller flags it: the cell's words were interleaved). With ``ocr``, a line whose
    months OCR garbled (``กุพ พ ค``) is a period line when it reads as one mended (the lines
    are returned as read; the period parser mends and flags them)."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    kinds: list[str] = []
    parts: list[str] = []
    for ln in lines:
        if _is_unit_line(ln):
            kinds.append("u")
            parts.append(ln)
        elif _period_like(ln, ocr):
            cut = next((m.start() for m in _UNIT_IN_LINE.finditer(ln)
                        if _period_like(ln[:m.start()], ocr) and _is_unit_line(ln[m.start():])), None)
            wrapped = cut_period(ln) if cut is None and around else None
            if wrapped is not None and _is_unit_line(wrapped[1]):
                # a unit wrapped around the period (``- กองส่งเสริมการ 1 ธค ๓1 กค ๖4 เกษตร``)
                kinds += ["p", "u"]
                parts += [wrapped[0], wrapped[1]]
            elif cut is None:
                kinds.append("p")
                parts.append(_unit_tail_taken(ln, kinds, parts, ocr))
            else:
                kinds += ["p", "u"]
                parts += [ln[:cut].strip(), ln[cut:].strip()]
        elif kinds and kinds[-1] == "?" and _period_like(f"{parts[-1]} {ln}", ocr):
            # a period wrapped before its number (``ไตรมาสที่`` / ``2``): the lines before
            # are the period's start (on a scan also ``U`` / ``งบประมาณ`` / ``พ ศ 2570``:
            # ``ปี`` read ``U``, dev seed 18504 scanned pages 5 and 12, the period lost and
            # ``Uงบประมาณพศ2570`` taken as a unit)
            kinds[-1] = "p"
            parts[-1] = f"{parts[-1]}\n{ln}"
        else:
            kinds.append(kinds[-1] if kinds else "?")
            parts.append(ln)
    if "u" not in kinds or "p" not in kinds:
        return None
    # lines read before the first kind was known belong to it
    first = next(k for k in kinds if k != "?")
    kinds = [first if k == "?" else k for k in kinds]
    period = "\n".join(p for p, k in zip(parts, kinds) if k == "p")
    units = "\n".join(p for p, k in zip(parts, kinds) if k == "u")
    return period, units


def _period_lead(words: list[str]) -> int:
    """How many of ``words`` lead the line as period words."""
    j = 0
    while j < len(words) and _is_period_word(words[j]):
        j += 1
    return j


def period_from_joined_lines(text: str | None) -> str | None:
    """The period of a cell that a column joined to it line by line (``พฤศจิกายน คณะทำงานตรวจ`` /
    ``๒๕๖๖- ติดตามและ`` / ``ธันวาคม รายงาน…``: each printed line the period's piece, then the
    other column's): the leading period words of every line, read together. None unless they
    read as a period printing a date or year and the cell does hold other words."""
    pieces, other = [], False
    for line in (text or "").split("\n"):
        words = line.split()
        j = _period_lead(words)
        pieces += words[:j]
        other = other or j < len(words)
    period = " ".join(pieces)
    # a date or year must be printed: ``ทุกไตรมาส``, ``ปีงบประมาณ`` alone are words of a remark
    dated = re.search(r"[0-9๐-๙]", period) is not None
    return period if other and dated and looks_like_period(period) else None


def units_left_in_joined(text: str | None) -> bool:
    """Whether a cell the period was read from (``period_from_joined_lines``) prints, past the
    period's words, a word that starts a unit (``กอง…``, ``สำนัก…``, ``ทุกส่วนราชการ``): the
    units' column joined into it too (fresh38 57020 docx: a two-level header's sub-columns
    period | units | remark read as one, ``ไตรมาสที่ ๔ - ทุกส่วนราชการ ดำเนิน…``; the period
    was read, the units were lost with no flag)."""
    return any(w.lstrip("-–•").startswith(_HEADS)
               for words in (line.split() for line in (text or "").split("\n")) for w in words[_period_lead(words):])


# a bulleted unit closing a line of another column's text (``…รายงานผู้ - งานนิติการ``)
_BULLET_UNIT = re.compile(r"\s[-–•●▪]\s*(?=(?:" + "|".join(re.escape(h) for h in _HEADS) + r"))(\S.*)$")


def _unit_part(unit: str, more: str) -> bool:
    """Whether ``unit`` + ``more`` is (the start of) a known unit: a wrapped unit's tail."""
    joined = unit + more
    return any(k.startswith(joined) or joined.startswith(k) and len(joined) - len(k) <= 1 for k in KNOWN_UNITS)


def units_from_joined_lines(text: str | None) -> tuple[list[str], str] | None:
    """(units, the other text) of a cell that the units' column was joined into line by line:
    each unit printed with its bullet after the other column's words (``…รายงานผู้ - กองการ``),
    a wrapped unit's tail the last word of the next line (``…ทุกส่วนราชการ ศึกษาฯ``, taken
    only when it completes a known unit). None when no line ends with a bulleted unit."""
    lines = (text or "").split("\n")
    units: list[str] = []
    rest = list(lines)
    i = 0
    while i < len(lines):
        m = _BULLET_UNIT.search(rest[i])
        if not m:
            i += 1
            continue
        unit = m.group(1).strip()
        rest[i] = rest[i][:m.start()].rstrip()
        j = i + 1
        while unit not in KNOWN_UNITS and j < len(rest) and not _BULLET_UNIT.search(rest[j]):
            words = rest[j].split()
            if len(words) < 2 or not _unit_part(unit, words[-1]):
                break
            unit += words[-1]
            rest[j] = rest[j][:rest[j].rstrip().rfind(" ")].rstrip()
            j += 1
        units.append(unit)
        i += 1
    return (units, "\n".join(rest)) if units else None


def drop_units_above_period(text: str, ocr: bool, flags: list[str]) -> str:
    """The cell without the unit lines read above the period
    in a cell printing both the period and its units under it: the cell's first lines units, then
    the period, then units again. The row above's last line (its unit under its period) cut onto
    this row's top (dev seed 56512 scanned p4: ``กองคลัง``, measure 1's unit, read as measure 2's
    first, both measures' units wrong, silent): flag ``responsible_above_period:<unit>|…``.
    The cell unchanged otherwise."""
    lines = [ln for ln in (text or "").split("\n") if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if not _is_unit_line(ln) and _period_like(ln, ocr)), 0)
    if not first or not all(_is_unit_line(ln) for ln in lines[:first]) \
            or not any(_is_unit_line(ln) for ln in lines[first + 1:]):
        return text
    flags.append("responsible_above_period:" + "|".join(ln.strip() for ln in lines[:first]))
    return "\n".join(lines[first:])
