"""Column headers of one, two or three levels.

An upper header cell may group several sub-columns (``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ``
over ``มาตรการ | ขั้นตอน | ระยะเวลา | …``): pdfplumber leaves the positions it covers empty,
so they inherit the text on their left. Each column's header texts are listed most specific
(lowest) level first, so the sub-column decides its role and the upper cell only adds a hint.
"""
from __future__ import annotations

import re

from normalizers.tables.vocab import header_evidence

_THAI = re.compile(r"[\u0e01-\u0e2e]")


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


def role_headers(header: list[list[str]], n_cols: int) -> list[list[str]]:
    """Each column's header texts for deciding its role (``column_headers`` otherwise).

    An upper cell spanning two or more columns that carry titles of their own on the level
    below groups those sub-columns: whatever its words, it names none of their roles (by
    position, so a group title missing from the vocabulary does not lend its words to every
    sub-column). A spanned column without a title of its own below keeps it, and so do
    sub-columns titled by years or numbers only (``คะแนน`` over ``2566 | 2567``). Whose scores
    a column holds is still read from every level (``column_headers``).
    """
    cols: list[list[str]] = [[] for _ in range(n_cols)]
    depth = len(header)
    cell = lambda r, c: (r[c] if c < len(r) else "").strip()  # noqa: E731
    for level, hrow in enumerate(header):
        texts, src = [], []
        last, last_c = "", -1
        for c in range(n_cols):
            text = cell(hrow, c)
            if text:
                last, last_c = text, c
            elif level < depth - 1:
                text = last  # spanned by a merged upper-level cell
            texts.append(text)
            src.append(last_c if text else -1)
        below = header[level + 1] if level < depth - 1 else None
        for c in range(n_cols):
            if not texts[c]:
                continue
            if below is not None and cell(below, c):
                span = [k for k in range(n_cols) if src[k] == src[c]]
                if len(span) >= 2 and sum(1 for k in span if _THAI.search(cell(below, k))) >= 2:
                    continue  # a group title over this sub-column
            cols[c].insert(0, texts[c])
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
