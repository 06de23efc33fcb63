"""What ``ita tables PDF --pages 2-4`` shows: the raw tables the extract stage finds.

``table_report`` runs the same per-page code as ``extract_document`` (text layer or OCR by
the same routing) on the chosen pages, each with the table the page before ran off
(``extractors.tables.carry_of``: a table without rules continued without its header is read
in the carried columns), so a page shows the tables the extract stage finds on it. It returns
plain dicts; the CLI applies Thai repair for display and writes them out.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from extractors.document import read_page
from extractors.pdf import open_pdf
from extractors.tables import carry_of

_RANGE = re.compile(r"^\s*([0-9]+)\s*(?:-\s*([0-9]+)\s*)?$", re.ASCII)


def parse_pages(spec: str) -> list[int]:
    """``"2-4,7"`` → ``[2, 3, 4, 7]`` (1-based, sorted, unique). Raises ValueError on junk."""
    pages: set[int] = set()
    for part in spec.split(","):
        if not part.strip():
            continue
        m = _RANGE.match(part)
        if not m:
            raise ValueError(f"bad page range {part!r} (use e.g. 2-4,7)")
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a < 1 or b < a:
            raise ValueError(f"bad page range {part!r}")
        pages.update(range(a, b + 1))
    if not pages:
        raise ValueError(f"no pages in {spec!r}")
    return sorted(pages)


def table_report(pdf_path: str | Path, pages: Optional[list[int]] = None, *, ocr: str = "auto",
                 max_pages: int = 300, max_page_pixels: int = 60_000_000) -> list[dict]:
    """One dict per table on the chosen pages (all pages when None):
    ``page``, ``index``, ``bbox``, ``method``, ``n_rows``, ``n_cols``, ``col_x``, ``flags``,
    ``rows`` (raw cell strings, None for merged cells). Pages beyond the PDF are ignored. The
    page before a chosen one is read too (not reported) when it may carry a table onto it."""
    pdf_path = Path(pdf_path)
    out: list[dict] = []
    with open_pdf(pdf_path, max_pages=max_pages) as pdf:
        wanted = sorted(set(pages or range(1, len(pdf.pages) + 1)) & set(range(1, len(pdf.pages) + 1)))
        to_read = sorted({m for n in wanted for m in (n - 1, n) if m >= 1})
        carry, last = None, 0
        for n in to_read:
            page = pdf.pages[n - 1]
            try:
                text, tables, errors = read_page(pdf_path, page, ocr, max_page_pixels,
                                                 carry if last == n - 1 else None)
            finally:
                page.close()
            before = carry if last == n - 1 and len(tables) == 1 else None
            carry, last = (carry_of(tables[-1] if tables else None, text.height, before)
                           if text.method == "text" else None), n
            if n not in wanted:
                continue
            for i, t in enumerate(tables):
                out.append({
                    "page": n, "index": i, "bbox": [round(v, 1) for v in t.bbox], "method": t.method,
                    "n_rows": len(t.rows), "n_cols": t.n_cols, "col_x": t.col_x, "flags": list(t.flags),
                    "rows": t.rows,
                })
    return out
