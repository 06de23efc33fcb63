"""A table whose header was printed alone at the foot of the page before, only its titles' last
line on this page: the page's table opens with that line and is read under the header of an
earlier table of the same document in the same columns.

fresh37 55024 html (unbiased, drawn without rules, one measures table per issue heading): the
third table's two-level header stood at page 2's foot, under its heading, but read as no table
there (a header alone, no body under it); page 3's table opened with the merged title's last
line (``กับ⏎มาตรการ`` of ``ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ``) over the measure's row:
no header found, the table of no kind (``tables not understood on p3``) and measure 3 lost.

Such a table (of no kind, no header, its page's first, its first row only the ends of the
donor's column titles, at least one) takes the header of the nearest earlier measures table
with a header in the same columns (``same_columns``: the same count, text-placed edges within
their slack); the row of title ends goes. It is taken only when, so headed, it reads as a
measures table; its rows carry ``table_header_from_sibling`` as the sibling rule's do.
"""
from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

from normalizers.tables.header import column_headers
from normalizers.tables.sibling_header import FLAG, borrow_sibling_headers
from normalizers.tables.stitch import same_columns
from normalizers.tables.text import squash

TAIL_MIN = 3  # letters a title's end must have to be told
OCR_ALIKE = 0.75  # an OCR'd end against the title's same stretch


def _column_titles(t) -> list[list[str]]:
    """Each column's header cells, squashed (an upper cell spanning columns counted for each)."""
    return [[squash(x) for x in levels] for levels in column_headers(t.header, t.n_cols)]


def _is_end(cell: str, title: str, ocr: bool) -> bool:
    x = squash(cell)
    if len(x) < TAIL_MIN or len(title) <= len(x):
        return False
    if title.endswith(x):
        return True
    return ocr and SequenceMatcher(None, x, title[-len(x):], autojunk=False).ratio() >= OCR_ALIKE


def _title_ends(cells: list[str], titles: list[list[str]], ocr: bool) -> bool:
    """Every filled cell of a row is the end of one of its column's header cells, at least one."""
    filled = [(c, x) for c, x in enumerate(cells) if x.strip()]
    return bool(filled) and all(c < len(titles) and any(_is_end(x, h, ocr) for h in titles[c]) for c, x in filled)


def take_header_over_tails(tables: list, layouts: list, classify) -> tuple[list, list, list[str]]:
    """Read each table that opens with its header's last line under its earlier sibling's header
    (see the module doc); returns the tables, their layouts and the document flags raised."""
    out_t, out_l, flags = list(tables), list(layouts), []
    for k, (t, lay) in enumerate(zip(tables, layouts)):
        if lay.kind != "unknown" or t.header or t.index != 0 or len(t.rows) < 2:
            continue
        donor = next((d for d, dl in zip(reversed(out_t[:k]), reversed(out_l[:k]))
                      if dl.kind == "measures" and d.header and d.page_last < t.page and same_columns(d, t)), None)
        if donor is None or not _title_ends(t.rows[0].cells, _column_titles(donor), t.method == "ocr"):
            continue
        rows = [replace(r, flags=sorted(set(r.flags) | {FLAG})) for r in t.rows[1:]]
        cand = replace(t, header=[list(h) for h in donor.header], rows=rows, flags=sorted(set(t.flags) | {FLAG}))
        new = classify(cand)
        if new.kind != "measures":
            continue
        out_t[k], out_l[k] = cand, new
        flags.append(f"{FLAG}:p{t.page}<p{donor.page}")
    return out_t, out_l, flags


def borrow_headers(tables: list, layouts: list, classify) -> tuple[list, list, list[str]]:
    """Tables read under a sibling's header: scanned ones whose own header was misread
    (``sibling_header``), then those opening with their header's last line (above)."""
    tables, layouts, flags = borrow_sibling_headers(tables, layouts, classify)
    tables, layouts, more = take_header_over_tails(tables, layouts, classify)
    return tables, layouts, flags + more
