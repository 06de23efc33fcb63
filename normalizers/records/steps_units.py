"""A row's units read into its steps cell: the units column printed right beside the steps
column, its text a few points right of the steps' longest line (closer than a column channel),
so the table finder put the boundary right of the units and the row's units cell is empty
while the steps cell's first lines end with the units (dev seed 53402 html, unknown titles,
p6: ``1. รวบรวม… โดยให้ทุก กองช่าง`` / ``ส่วนราชการ…``, responsible empty).

``units_beside_steps`` reads such a row by what its cells hold: the known units ending the
steps cell's first lines go to ``responsible`` and leave the steps (flag
``responsible_from_steps_cell``); otherwise the row's units stay empty (``responsible_empty``).
"""
from __future__ import annotations

import re
from typing import Optional

from normalizers.fields.units import _INCOMPLETE as INCOMPLETE, KNOWN_UNITS
from normalizers.tables.grid import Row

_BULLET = re.compile(r"^[-–•●▪]$")


def _known(text: str) -> Optional[str]:
    """``text`` (spaces and a leading bullet dropped) when it is a known unit, its ``ํา``
    as the text layer printed it; else None."""
    return text.strip().lstrip("-–•●▪").strip() if _squash(text) in KNOWN_UNITS else None


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lstrip("-–•●▪").replace("\u0e4d\u0e32", "\u0e33")


def _starts_known(text: str) -> bool:
    w = _squash(text)
    return bool(w) and any(k.startswith(w) for k in KNOWN_UNITS)


def units_in_steps(text: str) -> Optional[tuple[list[str], str]]:
    """(units, the steps cell's text without them) when the cell's first line ends, after a
    space, with a known unit (or its first part, the next lines' last words completing it; a
    second unit on the lines after, each on its line's end); None otherwise. The line must
    hold the step's words before the unit."""
    lines = text.split("\n")
    units: list[str] = []
    rest = list(lines)
    part = ""  # a unit begun on the lines above, not yet complete
    for i, line in enumerate(lines):
        words = line.rstrip().split(" ")
        if len(words) < 2:
            break
        got = None
        for n in (2, 1):  # a bullet and the unit, or the unit alone
            if len(words) <= n or (n == 2 and not _BULLET.match(words[-2])):
                continue
            tail = " ".join(words[-n:])
            if part and _starts_known(part + tail):
                got = (tail, part + tail)
                break
            if not part and _starts_known(tail) and _squash(tail) not in INCOMPLETE:  # (``ทุก`` ends a step's line)
                got = (tail, tail)
                break
        if got is None:
            break
        rest[i] = line.rstrip()[:-len(got[0])].rstrip()
        name = _known(got[1])
        if name is not None:
            units.append(name)
            part = ""
        else:
            part = got[1]
    if not units or part or not units_first_line(lines, rest):
        return None
    return units, "\n".join(rest)


def units_first_line(lines: list[str], rest: list[str]) -> bool:
    """The first line gave a unit, and every line that gave one keeps words of its own."""
    return bool(lines) and rest[0] != lines[0] and all(r.strip() for r, ln in zip(rest, lines) if r != ln)


def units_beside_steps(row: Row, c_st: Optional[int], c_re: Optional[int],
                       steps: Optional[str]) -> tuple[list[str], Optional[str], list[str]]:
    """(units, the steps text to read instead of the cell's or None, flags) for a row whose
    units cell ``c_re`` is empty: the units ending the first lines of the steps cell ``c_st``
    right beside it (``units_in_steps``; ``steps``: the steps text already taken from the
    cell, if any), flagged ``responsible_from_steps_cell``; else none, ``responsible_empty``."""
    if c_st is not None and c_re == c_st + 1:
        src = row.lines if row.lines else row.cells
        got = units_in_steps(steps if steps is not None else src[c_st] if c_st < len(src) else "")
        if got is not None:
            return got[0], got[1], ["responsible_from_steps_cell"]
    # a unit left outside the table (dev seed 18262 html, p6's foot)
    return [], steps, ["responsible_empty"]
