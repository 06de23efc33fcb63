"""Column headers of one, two or three levels.

An upper header cell may group several sub-columns (``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ``
over ``มาตรการ | ขั้นตอน | ระยะเวลา | …``): pdfplumber leaves the positions it covers empty,
so they inherit the text on their left. Each column's header texts are listed most specific
(lowest) level first, so the sub-column decides its role and the upper cell only adds a hint.
"""
from __future__ import annotations

from normalizers.tables.vocab import header_evidence


def column_headers(header: list[list[str]], n_cols: int) -> list[list[str]]:
    """Each column's header texts, most specific (bottom) level first."""
    cols: list[list[str]] = [[] for _ in range(n_cols)]
    depth = len(header)
    for level, hrow in enumerate(header):
        last = ""
        for c in range(n_cols):
            text = hrow[c] if c < len(hrow) else ""
            if text:
                last = text
            elif level < depth - 1:
                text = last  # spanned by a merged upper-level cell
            if text:
                cols[c].insert(0, text)
    return cols


def header_roles(header: list[list[str]], n_cols: int) -> list[str]:
    """The role each column's header alone names best ("" when none): used to compare
    readings of a repeated header, never to map a table (``assign`` weighs the cells too)."""
    out = []
    for levels in column_headers(header, n_cols):
        ev = header_evidence(levels)
        out.append(max(ev, key=lambda r: (ev[r], r)) if ev else "")
    return out


def own_roles(header: list[list[str]], n_cols: int) -> int:
    """How many columns name a role in their own (lowest) header cell."""
    return sum(1 for levels in column_headers(header, n_cols) if levels and header_evidence(levels[:1]))
