"""Measures printed but not read, told by their own numbers: a report that numbers its measures
(``(1)``, ``2.``, ``๓)`` before each name) and whose read measures skip a number lost that
measure somewhere (a part of a table read apart, a row dropped): the document is ``partial``
(``measure_numbers_gap:<numbers>``), never ``ok`` with a measure missing (born18's unseen 19300
html: measure 5 lost with no flag)."""
from __future__ import annotations

import re

from normalizers.fields.numbers import to_ascii_digits

_LIST_NO = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])")
MAX_MISSING = 2  # numbers: more missing than this is another numbering (by indicator), not a loss
MIN_SEEN = 3


def measure_numbers(table, layout) -> list[int]:
    """The list numbers printed before the measure names of a measures table's rows."""
    c = layout.col("measure")
    if c is None:
        return []
    out = []
    for r in table.rows:
        m = _LIST_NO.match(r.cells[c]) if c < len(r.cells) else None
        if m:
            out.append(int(to_ascii_digits(m.group(1)), 10))
    return out


def numbers_gap(numbers: list[int]) -> list[str]:
    """``measure_numbers_gap:<n,…>`` when the numbers seen, in document order, run up from 1
    with one or two missing below the highest (a measure numbered but not read); else []. Numbers
    that go down or repeat are another numbering (items of an issue group: seed 002's ``๒)``,
    ``๑)``, ``๑)``, ``๕)``), never a running number."""
    seen = set(numbers)
    if len(seen) < MIN_SEEN or numbers[0] != 1 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return []
    missing = sorted(set(range(1, max(seen) + 1)) - seen)
    if not missing or len(missing) > MAX_MISSING:
        return []
    return ["measure_numbers_gap:" + ",".join(map(str, missing))]
