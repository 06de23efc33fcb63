"""``ita status``, ``ita check`` and ``ita tables``: the commands that read a dataset or a PDF
and write nothing."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional

from flows.cli_common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CLIError, _emit_json, _need, _workspace


# --- status --------------------------------------------------------------------------------
def cmd_status(a: argparse.Namespace) -> int:
    """Read-only: never writes to the dataset or the work directory, so it works on a full,
    read-only or damaged one (what cannot be read is a one-line warning)."""
    ws = _workspace(a.data_dir, a.work)
    if not (ws.processed_dir / "documents").is_dir() and not ws.ledger_path.exists():
        raise CLIError(f"no dataset at {ws.processed_dir} (and no ledger at {ws.ledger_path})", EXIT_USAGE)
    from flows.status import print_status, status_data
    warnings: list[str] = []
    data = status_data(ws, warnings)
    if a.json:
        _emit_json(data)
        return EXIT_OK
    print_status(ws, data)
    return EXIT_OK


# --- check -----------------------------------------------------------------------------------
def cmd_check(a: argparse.Namespace) -> int:
    from datastore.contract import check
    root = Path(a.data_dir)
    if not root.is_dir():
        raise CLIError(f"no dataset directory {root}", EXIT_USAGE)
    result = check(root)
    if a.json:
        _emit_json(result)
    else:
        for p in result["problems"]:
            print(p)
        print(f"contract (schema {result['schema_version']}): " +
              ("ok" if result["ok"] else f"{len(result['problems'])} problem(s)") +
              f" — {', '.join(f'{t} {n}' for t, n in result['rows'].items())} rows")
    return EXIT_OK if result["ok"] else EXIT_ERROR


# --- tables ----------------------------------------------------------------------------------
def _table_fields(t) -> tuple[int, int, tuple, list]:
    """(page, index, bbox, rows) of a table report item (a RawTable or a dict)."""
    get = (lambda k: t.get(k)) if isinstance(t, dict) else (lambda k: getattr(t, k, None))
    return get("page"), get("index"), tuple(get("bbox") or ()), get("rows") or []


def _page_count(pdf: Path) -> Optional[int]:
    """Pages in the PDF (None when it cannot be opened: the extractor says why)."""
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(pdf))
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:  # noqa: BLE001 - unreadable: table_report reports it
        return None


def cmd_tables(a: argparse.Namespace) -> int:
    pdf = Path(a.pdf)
    if not pdf.is_file():
        raise CLIError(f"no such file: {pdf}", EXIT_USAGE)
    inspect_mod = _need("extractors.inspect", "table inspection")
    thai = _need("normalizers.thai.thai_text", "Thai text repair")
    try:
        pages = inspect_mod.parse_pages(a.pages) if a.pages else None
    except ValueError as e:
        raise CLIError(f"--pages {a.pages}: {e}", EXIT_USAGE) from None
    from extractors.errors import BadPDF
    if pages:
        n = _page_count(pdf)
        if n is not None and max(pages) > n:
            raise CLIError(f"--pages {a.pages}: {pdf} has {n} page(s)", EXIT_USAGE)
    try:
        tables = inspect_mod.table_report(str(pdf), pages)
    except BadPDF as e:
        raise CLIError(f"{pdf}: {e}") from None
    if a.out:
        import csv
        out = Path(a.out)
        out.mkdir(parents=True, exist_ok=True)
    for t in tables:
        page, index, bbox, rows = _table_fields(t)
        cells = [[thai.repair_cell(c)[0] if c else (c or "") for c in row] for row in rows]
        if a.out:
            path = out / f"{pdf.stem}_p{page}_t{index}.csv"
            with open(path, "w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads Thai
                csv.writer(f).writerows(cells)
            print(path)
            continue
        box = ", ".join(f"{x:.1f}" for x in bbox)
        print(f"== page {page} table {index} bbox ({box}) {len(cells)} rows")
        for row in cells:
            print(" | ".join(c.replace("\n", " / ") for c in row))
    if not tables:
        print(f"no tables found in {pdf}", file=sys.stderr)
    return EXIT_OK
