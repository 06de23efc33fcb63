"""A scanned measures table whose own header was misread, read under the header of a table
of the same document printed in the same columns (issue 15, fresh35s 51103 p6, 51115 p5).

A report printing one measures table per page repeats the same two-level header on each. On a
scan, the first page's header can come out unreadable while the later pages' read well:
- 51103 p6 (300 dpi, no rules): the group title over the last columns was cut by the grid
  into a narrow column of its own (714-732 pt: ``- ๑ ๕ -``, and the budget ``ไม่ | ใช้งบประมาณ``
  split there too), and both header levels fell into one garbled first row: no header found,
  the table of no kind, its measure lost (``tables not understood on p6``).
- 51115 p5 (200 dpi): the header was read as a grid of its own above the body, in 6 columns
  of garbled words (``ตวชวถดการ5``); the body below, headerless, was of no kind either.

Here such a table (OCR, of no kind) takes the header of a measures table of the same
document whose column edges are its own: every inner edge of the donor within 8 pt of one of
the table's, the outer edges within 20 pt, and each edge of the table's that the donor lacks
bounds a narrow piece (<= 36 pt) joined to its neighbour. Its first rows that read like the
donor's header (most cells close to the donor's column titles) are the garbled header and go;
a header grid read apart right above it goes too when its text reads like the donor's header.
The table is taken only when, so headed, it reads as a measures table; its rows carry
``table_header_from_sibling`` (the normalizer adds it to each row read from it).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher

INNER_TOL = 8.0  # pt: an inner edge of the donor and one of the table's are the same rule
OUTER_TOL = 20.0  # pt: the outer edges follow the text's extent more loosely
NARROW = 36.0  # pt: a piece between an extra edge and a donor edge is a sliver of a cell
FLAG = "table_header_from_sibling"


def _sim(a: str, b: str) -> float:
    a, b = "".join(a.split()), "".join(b.split())
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def _bigrams(s: str) -> Counter:
    base = "".join(ch for ch in s if not ch.isspace() and unicodedata.category(ch) != "Mn")
    return Counter(zip(base, base[1:]))


def _dice(a: str, b: str) -> float:
    """Character-pair overlap, in any order and without Thai's marks above and below (a grid
    read row by row scrambles the order of a header's words; a low-resolution scan drops
    marks: ``ตวชวถดการ`` for ``ตัวชี้วัดการ``). 51115 p5's header grid: 0.64 to its sibling's
    header; the questions table and the measure row next to it: 0.27, 0.34."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * sum((x & y).values()) / max(1, sum(x.values()) + sum(y.values()))


def _merge_plan(own: list[float], donor: list[float]) -> list[list[int]] | None:
    """Columns of ``own`` that make up each donor column, or None when the edges disagree."""
    if len(own) < 3 or len(donor) < 3 or len(own) < len(donor):
        return None
    if abs(own[0] - donor[0]) > OUTER_TOL or abs(own[-1] - donor[-1]) > OUTER_TOL:
        return None
    starts = [0]  # index in ``own`` of each donor edge
    for d in donor[1:-1]:
        k = min(range(1, len(own) - 1), key=lambda i: abs(own[i] - d))
        if abs(own[k] - d) > INNER_TOL or k <= starts[-1]:
            return None
        starts.append(k)
    starts.append(len(own) - 1)
    plan = [list(range(a, b)) for a, b in zip(starts, starts[1:])]
    for cols in plan:  # an extra edge only cuts off a sliver
        if len(cols) > 1 and min(own[c + 1] - own[c] for c in cols) > NARROW:
            return None
    return plan


def _join(parts: list[str]) -> str:
    out = ""
    for p in (p.strip() for p in parts):
        if not p:
            continue
        glue = "" if out and not out[-1].isascii() and not p[0].isascii() and p[0] != "-" else " "
        out = (out + glue + p) if out else p
    return out


def _merged_row(row, plan):
    cells = [_join([row.cells[c] for c in cols if c < len(row.cells)]) for cols in plan]
    lines = [_join([row.lines[c] for c in cols if c < len(row.lines)]) for cols in plan] if row.lines else []
    conf = [min([row.conf[c] for c in cols if c < len(row.conf)] or [1.0]) for cols in plan] if row.conf else []
    alt = [next((row.alt[c] for c in cols if c < len(row.alt) and row.alt[c]), None) for cols in plan] \
        if row.alt else []
    covered = [all(row.covered[c] for c in cols if c < len(row.covered)) for cols in plan] if row.covered else []
    return replace(row, cells=cells, lines=lines, conf=conf, alt=alt, covered=covered,
                   flags=sorted(set(row.flags) | {FLAG}))


def _titles(donor) -> list[str]:
    return [" ".join(x for x in col if x) for col in donor.column_headers()]


def _reads_as_header(cells: list[str], titles: list[str]) -> bool:
    pairs = [(c, t) for c, t in zip(cells, titles) if t]
    close = sum(1 for c, t in pairs if _sim(c, t) >= 0.6 or (c and t and (c in t or t in c)))
    return bool(pairs) and close * 2 >= len(pairs) and close >= 2


def _header_grid_above(tables, layouts, k, donor) -> int | None:
    """A grid read apart right above table ``k``, of no kind, whose text is the donor's header."""
    if k == 0:
        return None
    h, lay = tables[k - 1], layouts[k - 1]
    t = tables[k]
    if h.page != t.page or h.page_last != t.page or h.index != t.index - 1 or lay.kind != "unknown" \
            or h.method != "ocr" or len(h.rows) > 4:
        return None
    text = " ".join(c for r in h.header + [r.cells for r in h.rows] for c in r if c)
    want = " ".join(x for row in donor.header for x in row if x)
    return k - 1 if _dice(text, want) >= 0.5 else None


def _reheaded(t, lay, donors, classify):
    """A scanned measures table whose own header, misread, named its columns otherwise than a
    sibling printed in the same columns under a header that reads like it (51115 p5 at 0.38.0:
    the header's top line read as one row over the table, ``ผลการวิเคราะห์`` taken for the
    first column's title; the indicator's name read as the analysis, the units lost): read under
    the sibling's header when that is better supported and the two name some column differently. Returns (table, layout, donor) or None."""
    if not t.header or not t.rows or not t.col_x or len(t.col_x) != t.n_cols + 1:
        return None
    own = " ".join(x for row in t.header for x in row if x)
    for d, dl in sorted((x for x in donors if x[0] is not t), key=lambda x: -x[1].quality):
        plan = _merge_plan(t.col_x, d.col_x)
        if plan is None or dl.quality <= lay.quality:
            continue
        merged = [next((lay.roles[c] for c in cols if c < len(lay.roles) and lay.roles[c]), "") for cols in plan]
        if not any(a and b and a != b for a, b in zip(merged, dl.roles)):
            # the same reading, or the own one only missing roles: nothing to mend (fresh38u 57204
            # p7, a garbled header naming fewer columns: read under the donor's, its row's parts
            # came apart into three measures)
            return None
        if _dice(own, " ".join(x for row in d.header for x in row if x)) < 0.5:
            continue
        rows = [_merged_row(r, plan) for r in t.rows]
        cand = replace(t, header=[list(h) for h in d.header], rows=rows, n_cols=d.n_cols,
                       col_x=[t.col_x[cols[0]] for cols in plan] + [t.col_x[-1]],
                       flags=sorted(set(t.flags) | {FLAG}))
        new = classify(cand)
        if new.kind == "measures" and new.quality > lay.quality:
            return cand, new, d
    return None


def borrow_sibling_headers(tables: list, layouts: list, classify) -> tuple[list, list, list[str]]:
    """Give each misread scanned measures table its sibling's header (see the module doc);
    returns the tables, their layouts and the document flags it raised."""
    donors = [(t, lay) for t, lay in zip(tables, layouts) if lay.kind == "measures" and t.method == "ocr"
              and t.header and t.col_x and len(t.col_x) == t.n_cols + 1]
    if not donors:
        return tables, layouts, []
    out_t, out_l, flags, drop = list(tables), list(layouts), [], set()
    for k, (t, lay) in enumerate(zip(tables, layouts)):
        if lay.kind == "measures" and t.method == "ocr":
            got = _reheaded(t, lay, donors, classify)
            if got is not None:
                out_t[k], out_l[k] = got[0], got[1]
                flags.append(f"{FLAG}:p{t.page}<p{got[2].page}")
            continue
        if lay.kind != "unknown" or t.method != "ocr" or not t.rows or not t.col_x \
                or len(t.col_x) != t.n_cols + 1:
            continue
        best = None
        for d, _ in donors:
            plan = _merge_plan(t.col_x, d.col_x)
            if plan is None:
                continue
            dev = max(abs(t.col_x[cols[0]] - x) for cols, x in zip(plan, d.col_x))
            if best is None or dev < best[0]:
                best = (dev, d, plan)
        if best is None:
            continue
        _, d, plan = best
        rows = [_merged_row(r, plan) for r in t.rows]
        own_head = [_merged_row(type(rows[0])(cells=h, page=t.page, conf=[]), plan).cells for h in t.header]
        titles = _titles(d)
        n_head = 0
        while n_head < min(2, len(rows)) and _reads_as_header(rows[n_head].cells, titles):
            n_head += 1
        if t.header and not all(_reads_as_header(h, titles) for h in own_head) and n_head == 0:
            continue  # a header of its own, not the donor's words: not this mechanism
        above = None if t.header or n_head else _header_grid_above(tables, layouts, k, d)
        if not t.header and not n_head and above is None:
            continue  # nothing read as the header: a body part, left to the stitching
        cand = replace(t, header=[list(h) for h in d.header], rows=rows[n_head:], n_cols=d.n_cols,
                       col_x=[t.col_x[cols[0]] for cols in plan] + [t.col_x[-1]],
                       flags=sorted(set(t.flags) | {FLAG}))
        if not cand.rows:
            continue
        new = classify(cand)
        if new.kind != "measures":
            continue
        out_t[k], out_l[k] = cand, new
        flags.append(f"{FLAG}:p{t.page}<p{d.page}")
        if above is not None:
            drop.add(above)
    keep = [i for i in range(len(out_t)) if i not in drop]
    return [out_t[i] for i in keep], [out_l[i] for i in keep], flags
