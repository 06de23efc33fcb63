"""Period words of OCR'd cells that the month dictionary alone does not mend.

- Two full month names run together (``มีนาคมเมษายน``, fresh dev seed 2200 scanned: the
  dash of ``มีนาคม - เมษายน`` was lost): read as the month alone, the period ended a month
  early. They are split back into a range (``มีนาคม - เมษายน``).
- ``ปี`` of ``ปีงบประมาณ`` read as a Latin ``U`` (``U งบประมาณพ ศ ๒๕๗๐``, fresh dev seed
  2213 scanned): the fiscal-year period was unparsed.

- A dotless abbreviation with OCR junk glued between it and its year (``๓๑ มคิจ๖๖`` for
  ``๓๑ มค ๖๖``, scanned fresh dev seed 2700): the month was not read, the period came out
  wrong. The junk (one or two Thai letters or marks before a digit) is dropped.

Used by ``normalizers.fields.months.mend_ocr_months`` (OCR'd cells only; the period parser
flags a period read from mended text ``period_ocr_months_mended``).
"""
from __future__ import annotations

import re

from functools import lru_cache

_RX_U_FISCAL = re.compile(r"(?<![A-Za-z\u0e01-\u0e4e])[Uu][ ]?(?=งบประมาณ)")


@lru_cache(maxsize=2)
def _rx_glued(names: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"({alt})[ ]?(?=(?:{alt}))")


@lru_cache(maxsize=2)
def _rx_junk(abbrs: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(sorted(abbrs, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e4e])({alt})[\u0e01-\u0e4e]{{1,2}}(?=[0-9\u0e50-\u0e59])")


def mend_ocr_period_words(t: str, month_names: tuple[str, ...], abbrs: tuple[str, ...] = ()) -> str:
    """Glued full month names (``month_names``: the months module's) split into a range,
    ``U งบประมาณ`` read as ``ปีงบประมาณ``, junk between a dotless abbreviation (``abbrs``,
    letters without dots: ``มค``) and its year dropped."""
    t = _rx_glued(month_names).sub(r"\1 - ", t)
    if abbrs:
        t = _rx_junk(abbrs).sub(r"\1 ", t)
    return _RX_U_FISCAL.sub("ปี", t)
