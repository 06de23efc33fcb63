"""What a cell holds, told by the period parser (``normalizers.fields.periods``): the letters a
period leaves once its dates and period words are out (``period_residue``), whether it reads as a
period at all (``looks_like_period``: a column's role from its cells), and whether it opens with a
day-first date and goes on to another (``opens_with_day_date``: a range whole in itself)."""

from __future__ import annotations

import re

from normalizers.fields.periods import _DATE, _THAI, _clean, _parse_period, _tokens


# words a printed period may hold besides its dates ("ตลอดปีงบประมาณ", "ตั้งแต่ … เป็นต้นไป")
_PERIOD_WORDS = re.compile(
    "ไตรมาส(?:ที่|ที)?|ปีงบประมาณ|ปีงบ|งบประมาณ|ตลอด(?:ทั้ง)?ปี|ตลอด|ทั้งปี|ประจำปี|ปี|พ\\.?ศ\\.?|ถึง|ระหว่าง|ตั้งแต่|"
    "เป็นต้นไป|ภายใน|ก่อน|วันที่|เดือน|และ|หรือ|ทุกเดือน|ทุกไตรมาส|เน้นช่วง|ช่วง|ดำเนินการ|รวม|ทั้งหมด|ต่อเนื่อง")


def period_residue(text: str | None) -> str:
    """The Thai letters of a cell left once its dates, quarters, fiscal years and period
    words are taken out: a period prints (almost) nothing else, a sentence that mentions a
    fiscal year (``สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ``) does."""
    t = _clean(text or "")
    t = _DATE.sub(" ", t)
    t = _PERIOD_WORDS.sub(" ", t)
    return re.sub(f"[^{_THAI}]", "", t)


def opens_with_day_date(text: str | None) -> bool:
    """Whether a period prints a date with its day first and another date after it (``๑ มีนาคม ๓๑
    สิงหาคม ๒๕๖๔``): a range whole in itself, never the tail of a range cut by a page break."""
    toks = _tokens(_clean(text or ""), [])
    return len(toks) >= 2 and toks[0].day is not None


def looks_like_period(text: str | None) -> bool:
    """Whether a cell reads as a period (for deciding a column's role from what its cells
    hold): it names a month, a quarter or a fiscal year, or says ``ตลอดปี``. No plan year
    is needed; nothing is inferred."""
    p = _parse_period(text, None)
    return not any(f.startswith(("period_unparsed", "period_inverted")) for f in p.flags) and (
        p.start is not None or p.end is not None or any(f.startswith("period_year") for f in p.flags))
