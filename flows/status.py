"""``ita status``: the dataset's documents by status, the ledger's stages, failures and failed
source items, and parked downloads — read-only, so it works on a full, read-only or damaged
work directory (what cannot be read is a one-line warning on stderr, never a traceback).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from flows.outcome import failure_line


def print_status(ws) -> None:
    """Print the status of the workspace ``ws`` (changes nothing in the ledger or the dataset)."""
    docs_dir = ws.processed_dir / "documents"
    warnings: list[str] = []
    from datastore.errors import disk_full
    for what, d in (("work directory", ws.work_dir), ("dataset directory", ws.processed_dir)):
        if d.is_dir() and not os.access(d, os.W_OK):
            warnings.append(f"the {what} {d} is read-only: shown as it is; ingest and rerun cannot run")
        elif d.is_dir() and disk_full(d):
            warnings.append(f"no space left on device in {d} (the {what}): ingest and rerun cannot record there")
    if docs_dir.is_dir():
        rows = _status_documents(docs_dir, warnings)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        print(f"dataset {ws.processed_dir}: {len(rows)} document(s)")
        for s_, n in sorted(counts.items()):
            print(f"  {s_:8} {n}")
        for r in rows:
            if r["status"] != "ok":
                print(f"  {r['status']:8} {r['doc_id'][:12]} {r['file_name']}: {r['error'] or ''}")
    if ws.ledger_path.exists():
        _status_ledger(ws, warnings)
    _status_parked(ws, warnings)
    for w in warnings:
        print(f"ita status: warning: {w}", file=sys.stderr)


def _status_documents(docs_dir: Path, warnings: list[str]) -> list[dict]:
    """The documents table's rows; an unreadable file (half-written, damaged) is a warning."""
    import pyarrow.parquet as pq
    from datastore.schema import DOCUMENTS
    rows = []
    for p in sorted(docs_dir.glob("*.parquet")):  # none yet: an empty table
        try:
            t = pq.read_table(p, schema=DOCUMENTS, columns=["doc_id", "file_name", "status", "error"])
            rows += t.to_pylist()
        except Exception as e:  # noqa: BLE001 - damaged file: say so, show the rest
            warnings.append(f"cannot read {p}: {type(e).__name__}: {e}")
    return sorted(rows, key=lambda r: (r["status"] or "", r["file_name"] or ""))


def _status_ledger(ws, warnings: list[str]) -> None:
    import sqlite3
    from datastore.errors import describe_os_error
    from datastore.ledger import Ledger
    try:
        led = Ledger(ws.ledger_path, readonly=True)
        summary, failed, sources = led.stage_summary(), led.failed_docs(), led.source_failures()
    except (sqlite3.Error, OSError) as e:
        warnings.append(f"cannot read the ledger {ws.ledger_path}: {describe_os_error(e)}")
        return
    if led.warning:
        warnings.append(led.warning)
    print(f"ledger {ws.ledger_path}:")
    for stage, by_status in summary.items():
        print(f"  {stage:10} " + "  ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
    if failed:
        print(f"failures ({len(failed)}):")
        for f in failed:
            print(f"  {f['doc_id'][:12]} {f['stage']:10} {f['file_name']}: {f['error']}")
    if sources:
        print(f"source items that failed before becoming documents ({len(sources)}; `ita rerun --failed` "
              "retries them):")
        for f in sources:
            print(f"  {failure_line(f)}  [{f['kind'] or 'error'}, {f['attempts']} attempt(s), "
                  f"last {f['last_failed'][:19]}]")


def _status_parked(ws, warnings: list[str]) -> None:
    from datastore.manifest import PARK_POLICY, read_parked
    try:
        parked = read_parked(ws.raw_dir)
    except Exception as e:  # noqa: BLE001 - damaged manifest: warn
        warnings.append(f"cannot read the raw manifest in {ws.raw_dir}: {type(e).__name__}: {e}")
        return
    if parked:
        print(f"parked downloads ({len(parked)}): {PARK_POLICY}")
        for p in parked:
            nxt = f"next automatic try after {p['retry_after']}" if p["retry_after"] else "no automatic retry"
            print(f"  {p['source_uri']}: {p['kind']}, {p['attempts']} attempt(s), last {p['last_failed']}; {nxt}")
