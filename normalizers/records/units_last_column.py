"""The units of a measures table that has no units column, printed at the ends of the lines of its
last column (no role: the success indicator's) where the document's other measures tables print
their units column last.

The html render of fresh40 61008 printed measure 3's row alone on p7 under a header split across
pages; with a single line in the units column, the table finder saw no edge between the success
indicator and the units (``ร้อยละ ๙0 ของ`` ·gap· ``ทุกส่วนราชการ``), read them as one column and the
measure's units were lost, with no flag. The table is read by what it holds: the document prints
its units last, this table has none, and its last column's lines end, after a space, with units
the vocabulary names. Those go to a units column of their own, the row flagged
``units_from_joined_column``.
"""
from __future__ import annotations

from normalizers.fields.units import known_unit
from normalizers.records.joined_columns import cell_lines
from normalizers.tables.grid import Table, join_lines
from normalizers.tables.roles import Layout

UNITS_LAST = "units_in_last_column"  # context key: an earlier measures table printed its units last
FLAG = "units_from_joined_column"


def _unit_tail(line: str) -> tuple[str, str] | None:
    """(the line's words before, the unit) when the line ends, after a space, with a known unit
    (its last word, or its last two: ``สำนักปลัด อบต.``) and holds words before it."""
    words = line.split()
    for n in (2, 1):
        if len(words) > n and known_unit("".join(words[-n:])) and not known_unit("".join(words[:-n])):
            return " ".join(words[:-n]), " ".join(words[-n:])
    return None


def _split(text: str) -> tuple[list[str], str] | None:
    lines = text.split("\n")
    units, rest = [], []
    for ln in lines:
        got = _unit_tail(ln.strip())
        if got:
            rest.append(got[0])
            units.append(got[1])
        else:
            rest.append(ln)
    return (units, "\n".join(rest)) if units else None


def split_units_off_last_column(table: Table, layout: Layout, context: dict) -> None:
    """Move the units ending the last column's lines into a units column of their own (see the
    module's note); remember whether this table prints its units last."""
    roles = layout.roles
    if "responsible" in roles:
        if roles and roles[-1] == "responsible":
            context[UNITS_LAST] = True
        return
    last = len(roles) - 1
    if not context.get(UNITS_LAST) or last < 1 or roles[last] or table.n_cols != len(roles):
        return
    filled = [r for r in table.rows if last < len(r.cells) and r.cells[last].strip()]
    got = {id(r): _split(cell_lines(r, last)) for r in filled}
    if not any(got.values()) or sum(1 for v in got.values() if v) * 2 < len(filled):
        return
    for r in table.rows:
        split = got.get(id(r))
        units, rest = (split[0], split[1]) if split else ([], None)
        if rest is not None:
            r.cells[last] = join_lines(rest.split("\n"))
            if r.lines and last < len(r.lines):
                r.lines[last] = rest
            r.flags = sorted(set(r.flags) | {FLAG})
        r.cells.append("\n".join(units))
        if r.lines:
            r.lines.append("\n".join(units))
        r.conf.append(r.conf[last] if last < len(r.conf) else 1.0)
        if r.alt:
            r.alt.append(None)
        if r.covered:
            r.covered.append(False)
    for h in table.header:
        h.append("")
    table.n_cols += 1
    roles.append("responsible")

