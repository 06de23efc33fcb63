"""What ``ita tables PDF --pages 2-4`` shows: the raw tables the extract stage finds.

``table_report`` runs the same per-page code as ``extract_document`` (text layer or OCR by
the same routing) on the chosen pages only, and returns plain dicts; the CLI applies Thai
repair for display and writes them out.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from extractors.document import read_page
from extractors.pdf import open_pdf

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
    ``rows`` (raw cell strings, None for merged cells). Pages beyond the PDF are ignored."""
    pdf_path = Path(pdf_path)
    out: list[dict] = []
    with open_pdf(pdf_path, max_pages=max_pages) as pdf:
        wanted = pages or list(range(1, len(pdf.pages) + 1))
        for n in wanted:
            if not 1 <= n <= len(pdf.pages):
                continue
            page = pdf.pages[n - 1]
            try:
                text, tables, errors = read_page(pdf_path, page, ocr, max_page_pixels)
            finally:
                page.close()
            for i, t in enumerate(tables):
                out.append({
                    "page": n, "index": i, "bbox": [round(v, 1) for v in t.bbox], "method": t.method,
                    "n_rows": len(t.rows), "n_cols": t.n_cols, "col_x": t.col_x, "flags": list(t.flags),
                    "rows": t.rows,
                })
    return out
