"""Does a block of column-aligned lines hold what a measures table holds? For tables drawn
without rules whose header words name no known role (``extractors.spaced``): the header
cannot tell their meaning, so the cells must.

A measures table's columns hold periods (``ธ.ค. 66 – ม.ค. 67``, ``ไตรมาส 1-4``), numbered or
bulleted steps, lists of responsible units and the indicator a measure answers (``ตัวชี้วัดที่ 3
การใช้อำนาจ`` without its score: a score beside it is a results table's); question and indicator tables hold scores and
codes, prose holds none of these side by side. A block is taken as a measures table when, in
different columns, at least two of those kinds appear (``MIN_KINDS``) and no cell reads as a
score. The content types are those the normalizer maps columns by
(``normalizers.tables.cells.cell_type``).
"""
from __future__ import annotations

from typing import Sequence

from extractors.text import Glyph
from normalizers.tables.cells import INDICATOR, PERIOD, SCORE, STEPS, UNITS, cell_type

# (an indicator cell counts: a measure's first row at a page's foot holds one step, read as
# prose, beside its indicator and period; mirror 13700 docx: that measure's table not read)
MEASURE_KINDS = (PERIOD, STEPS, UNITS, INDICATOR)
RULED_KINDS = (PERIOD, STEPS, UNITS)  # a region ruled across (``rules_across_plain``): without the indicator
# (held-out html half, bisect by totals: counted there too, follow-up CER rose 0.0 -> 2.1 %)
MIN_KINDS = 2  # distinct measures kinds, in different columns


def column_cells(rows: Sequence[Sequence[Sequence[Glyph]]], cols: Sequence[float]) -> list[list[tuple[str, str]]]:
    """Per row (a list of printed lines, each a list of glyphs), per column (``cols``: inner
    boundaries): the cell's text (lines joined by a space) and its lines (joined by \\n)."""
    out = []
    for row in rows:
        cells: list[list[str]] = [[] for _ in range(len(cols) + 1)]
        for line in row:
            parts: list[list[Glyph]] = [[] for _ in range(len(cols) + 1)]
            for g in sorted(line, key=lambda g: g.x0):
                parts[sum(1 for b in cols if g.cx >= b)].append(g)
            for c, gs in enumerate(parts):
                t = "".join(g.text for g in gs).strip()
                if t:
                    cells[c].append(t)
        out.append([(" ".join(ls), "\n".join(ls)) for ls in cells])
    return out


def kinds_by_column(cells: Sequence[Sequence[tuple[str, str]]]) -> list[set[str]]:
    """The content types found in each column."""
    n = max((len(r) for r in cells), default=0)
    out: list[set[str]] = [set() for _ in range(n)]
    for row in cells:
        for c, (text, lines) in enumerate(row):
            out[c].add(cell_type(text, lines))
    return out


def holds_measures(cells: Sequence[Sequence[tuple[str, str]]], measure_kinds: Sequence[str] = MEASURE_KINDS) -> bool:
    """Whether cells (``column_cells``) read as a measures table's (``measure_kinds``: the
    kinds that count)."""
    kinds = kinds_by_column(cells)
    if any(SCORE in k for k in kinds):
        return False
    found: set[str] = set()
    used: set[int] = set()
    for kind in measure_kinds:  # each kind in a column of its own
        for c, k in enumerate(kinds):
            if kind in k and c not in used:
                found.add(kind)
                used.add(c)
                break
    return len(found) >= MIN_KINDS
