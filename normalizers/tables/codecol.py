"""Structure before meaning: a column holding only question codes (`i๑`, `e12`) printed
beside a column of question texts is one question column split in two. Joined, its cells read
`i๑ <text>` as they do where reports print code and text in one cell, so the role assignment
sees a question column whatever the header says (or where there is none)."""
from __future__ import annotations

from dataclasses import replace

from normalizers.tables import cells as ct
from normalizers.tables.grid import Row, Table

MIN_ROWS = 2
SHARE = 0.8


def _join(a: str, b: str) -> str:
    a, b = (a or "").strip(), (b or "").strip()
    return f"{a} {b}".strip() if a and b and a != b else (a or b)


def _grouping(r: Row) -> bool:
    """An indicator or tool heading row between the question rows (``ตัวชี้วัดที่ ๓ | การใช้อำนาจ``):
    not a row of the code column, whichever cells its text fell into."""
    return ct.cell_type(" ".join(c for c in r.cells if c and c.strip())) in (ct.INDICATOR, ct.TOOL)


def _code_column(t: Table) -> int | None:
    """The first column of bare codes whose right neighbour holds the texts, else None."""
    for c in range(t.n_cols - 1):
        rows = [r for r in t.rows if c + 1 < len(r.cells) and (r.cells[c] or "").strip() and not _grouping(r)]
        if len(rows) < MIN_ROWS:
            continue
        codes = [r for r in rows if ct.cell_type(r.cells[c]) == ct.CODES]
        if len(codes) < SHARE * len(rows) or len(codes) < MIN_ROWS:
            continue
        # a short question text that starts like a unit name (``หน่วยงานมีช่องทาง…``,
        # ``เจ้าหน้าที่ให้บริการ…``) types as a unit list: still text
        texts = [r for r in codes if ct.cell_type(r.cells[c + 1]) in (ct.TEXT, ct.PROSE, ct.INDICATOR, ct.UNITS)]
        # a code whose text went to the next page with its cell (a row cut by a page break)
        # leaves its neighbour empty: no evidence either way
        beside = [r for r in codes if (r.cells[c + 1] or "").strip()]
        if len(texts) >= max(MIN_ROWS, SHARE * len(beside)):
            return c
    return None


def _merge(cells: list, c: int, how) -> list:
    if c + 1 >= len(cells):
        return list(cells)
    return [*cells[:c], how(cells[c], cells[c + 1]), *cells[c + 2:]]


def join_code_columns(t: Table) -> Table:
    """``t`` with a bare-code column joined to the text column right of it (flagged
    ``code_column_joined:c<col>``), or ``t`` itself."""
    c = _code_column(t)
    if c is None:
        return t
    rows = []
    for r in t.rows:
        rows.append(replace(
            r, cells=_merge(r.cells, c, _join),
            conf=_merge(r.conf, c, min) if len(r.conf) > c + 1 else list(r.conf),
            lines=_merge(r.lines, c, _join) if len(r.lines) > c + 1 else list(r.lines),
            alt=_merge(r.alt, c, lambda a, b: b) if len(r.alt) > c + 1 else list(r.alt),
            covered=_merge(r.covered, c, lambda a, b: a and b) if len(r.covered) > c + 1 else list(r.covered)))
    header = [_merge(h, c, _join) for h in t.header]
    parts = [[_merge(h, c, _join) for h in hs] for hs in t.part_headers]
    col_x = t.col_x
    if col_x is not None:
        col_x = [x for i, x in enumerate(col_x) if i != c + 1]
    return replace(t, rows=rows, header=header, part_headers=parts, n_cols=t.n_cols - 1, col_x=col_x,
                   flags=[*t.flags, f"code_column_joined:c{c}"])


__all__ = ["join_code_columns", "Row"]
