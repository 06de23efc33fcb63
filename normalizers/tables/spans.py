"""Values in cells that span several rows.

A tool score printed in one cell merged over the rows of the tool's indicators (1–5, 6–8,
9–10) belongs to the tool, wherever its text sits vertically in the cell. pdfplumber puts a
merged cell's text at its top row and leaves the rows it covers as ``None``
(``Row.covered``); in a table without rules the text may sit in any row of the span. Either
way the span's rows are those the cell covers, else the rows up to the next filled cell of
the column (and back to the previous one), and the tool is the one of the indicators those
rows name.
"""
from __future__ import annotations

from collections import Counter


def span_of(rows, r: int, c: int) -> list[int]:
    """Row indexes the cell (r, c) stands for."""
    covered = [bool(row.covered and c < len(row.covered) and row.covered[c]) for row in rows]
    out = [r]
    k = r + 1
    if k < len(rows) and covered[k]:
        while k < len(rows) and covered[k]:
            out.append(k)
            k += 1
        return out
    filled = [bool(row.cells[c].strip()) if c < len(row.cells) else False for row in rows]
    k = r - 1
    while k >= 0 and not filled[k]:
        out.insert(0, k)
        k -= 1
    k = r + 1
    while k < len(rows) and not filled[k]:
        out.append(k)
        k += 1
    return out


def tool_of_rows(tools: list[str | None]) -> tuple[str | None, list[str]]:
    """The one tool a span's rows belong to; flags when they disagree or name none."""
    votes = Counter(t for t in tools if t)
    if not votes:
        return None, ["tool_span_without_indicators"]
    (best, k), *rest = votes.most_common()
    if rest:
        return (best if k > sum(v for _, v in rest) else None), ["tool_span_mixed:" + ",".join(sorted(votes))]
    return best, []
