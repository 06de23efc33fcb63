"""Checks of a planned-measure record's cells against one another: cells holding what another
column holds, which is how a row whose columns ran together reads (``cell_content_mismatch``,
``measure_name_missing``)."""

from __future__ import annotations

import re

from normalizers.fields.units import unit_like
from normalizers.tables.cells import is_units
from normalizers.tables.text import squash
from normalizers.tables.textkinds import numbered_measure

_UNIT_IN_TEXT = re.compile(r"(?:^|\s)[-•]\s*(?:กอง|สำนัก|งาน|ฝ่าย|หน่วย|ศูนย์|ส่วน|ทุกส่วน)")
UNIT_ITEM_MAX = 24  # letters: a longer "unit" that starts with no unit word is a sentence


def content_mismatch(record: dict, has_measure_col: bool) -> list[str]:
    """Cells holding what another column holds: the columns of the row ran together (one
    cell read across two columns, or a column's text shifted into the next), so the row's
    texts are mixed even where each looks well-formed. ``cell_content_mismatch:<role>``
    for a units list with sentences in it (a step, a finding) and a measure or analysis
    with a bulleted unit inside it; ``measure_name_missing`` for a row whose measure cell
    is empty while other cells are not."""
    flags = []
    units = record["responsible"]
    if any(map(_sentence, units)):
        flags.append("cell_content_mismatch:responsible")
    for role in ("measure", "analysis"):
        if record[role] and _UNIT_IN_TEXT.search(record[role]):
            flags.append(f"cell_content_mismatch:{role}")
    if record["measure"] and _indicator_then_measure(record["measure"]):
        flags.append("cell_content_mismatch:measure")
    for role in ("measure", "analysis"):
        if record[role] and _MID_WORD.match(record[role]):
            # a name opening on a vowel or mark no Thai word starts with: another cell's word end
            # read into it (dev seed 20041 html p8: ``าน (5) มาตรการทบทวน…``)
            flags.append(f"cell_content_mismatch:{role}")
    if record["analysis"] and _INDICATOR_LABEL.match(record["analysis"]):
        # the finding opens on an indicator's label: the indicator column read into it line by
        # line (fresh18 18412 docx p7: ``ตัวชี้วัดที่ o๓๙ o๔๐ ๑๐ การ คะแนนต่ำกว่าป้องกัน …``)
        flags.append("cell_content_mismatch:analysis")
    if not record["steps"]:  # the steps read into another column (a steps column not found)
        flags += [f"cell_content_mismatch:{role}" for role in ("measure", "analysis", "measure_analysis")
                  if record[role] and len(_ITEMS.findall(record[role])) >= 2]
    # ... or, in a table without a measure column, with no indicator either: nothing names the
    # row's measure (fresh20s 20311 p11: a row's rest read alone, steps only, no flag)
    if (has_measure_col or record.get("indicator_no") is None) and not record["measure"] \
            and (record["steps"] or record["analysis"]):
        flags.append("measure_name_missing")
    return flags


def _sentence(u: str) -> bool:
    return len(squash(u)) > 2 * UNIT_ITEM_MAX or len(squash(u)) > UNIT_ITEM_MAX and not is_units([u])


def no_unit_among(units: list[str]) -> bool:
    """Whether a units list read from a cell holding sentences has no unit at all: each entry
    a sentence (a step's text) or not read as a unit (``unit_like``)."""
    return bool(units) and all(_sentence(u) or not unit_like(u) for u in units)


# list items inside a text (`` - สรุปผล… - ประชุม…``, ``… 1. ทบทวน… 2. จัด…``): dev seed 19240 html, the
# steps and measure-analysis columns of a table without rules read as one, steps [] unflagged
_ITEMS = re.compile(r"(?:^|\s)(?:[-•]\s|[0-9๐-๙]{1,2}\.\s?(?=[\u0e01-\u0e4e]))")
_MID_WORD = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")  # ะ า ำ ิ … ๅ ็ ่ ้ ๊ ๋ ์ ํ: never a word's first letter
_INDICATOR_LABEL = re.compile(r"ตัวชี้วัดที่\s*(?:[0-9๐-๙]{1,2}|[ieoIEO][0-9๐-๙oO])")


def _indicator_then_measure(text: str) -> bool:
    """An indicator's label (``ตัวชี้วัดที่ ๑0``) and after it a numbered measure name (``4.
    กิจกรรม…``) in one measure cell: the indicator column read into the measure column line by
    line (dev seed 17248 html, page 5: ``ตัวชี้วัดที่ ๑0 การ 4. กิจกรรมปรับปรุงขั้นตอน
    ป้องกันการทุจริต การให้บริการ…``)."""
    m = _INDICATOR_LABEL.search(text)
    if m is None:
        return False
    return numbered_measure().search(text, m.end()) is not None
