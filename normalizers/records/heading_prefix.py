"""An OCR'd indicator heading whose name lost its last glyphs: ``ตัวชิวัดทิ๑ การปฏิบัติหน้าท`` for
``ตัวชี้วัดที่๑ การปฏิบัติหน้าที่`` (dev scan 58511 p1, 200 dpi: the analysis table's first indicator row
glued to question i1's row, ``…หน้าท⏎1๑ การปฏิบัติงาน…`` | ``๗๒.๒๔⏎๑๐๐.๐๐``; the mark garbled, so no
printed number was read, and the name no indicator's: the row was not cut, indicator 1's
``analysis_table`` row and i1 lost). The heading names the indicator whose name its text after the
mark's number begins (eight letters or more, marks left out), when it is exactly one indicator and the
number the mark ends with is that indicator's. Used by ``normalizers.records.scores_stacked``."""
from __future__ import annotations

import re

from normalizers.fields.indicators import INDICATORS
from normalizers.fields.numbers import to_ascii_digits

FLAG = "indicator_name_truncated"
# the mark as OCR reads it, ending with its number, then the name
_MARKED = re.compile(r"^\s*ตัว\S{0,10}?\s?([0-9]{1,2})\s+(\S.*)$")
_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]")
MIN_LETTERS = 8


def truncated_heading(line: str) -> int | None:
    """The indicator a heading line names by the start of its name (see the module), else None."""
    m = _MARKED.match(to_ascii_digits(line or ""))
    if not m:
        return None
    rest = _MARKS.sub("", m.group(2))
    if len(rest) < MIN_LETTERS:
        return None
    hits = [no for no, name in INDICATORS.items() if _MARKS.sub("", name).startswith(rest)]
    return hits[0] if len(hits) == 1 and hits[0] == int(m.group(1)) else None
