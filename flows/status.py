"""``ita status``: the dataset's documents by status, the ledger's stages, failures and failed
source items, and parked downloads — read-only, so it works on a full, read-only or damaged
work directory (what cannot be read is a one-line warning on stderr, never a traceback).
``status_data`` is what ``ita status --json`` prints; ``print_status`` the text form.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

from flows.outcome import failure_line


def status_data(ws, warnings: list[str]) -> dict:
    """What ``ita status`` shows, as data (read-only): documents by status with the errors of
    those not ``ok``; the ledger's counts by stage, its failures and the source items that
    failed before becoming documents; parked downloads. What cannot be read is a warning."""
    from datastore.errors import disk_full
    for what, d in (("work directory", ws.work_dir), ("dataset directory", ws.processed_dir)):
        if d.is_dir() and not os.access(d, os.W_OK):
            warnings.append(f"the {what} {d} is read-only: shown as it is; ingest and rerun cannot run")
        elif d.is_dir() and disk_full(d):
            warnings.append(f"no space left on device in {d} (the {what}): ingest and rerun cannot record there")
    out: dict = {"dataset": str(ws.processed_dir), "documents": None, "ledger": None, "parked": []}
    docs_dir = ws.processed_dir / "documents"
    if docs_dir.is_dir():
        rows = _status_documents(docs_dir, warnings)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        out["documents"] = {"count": len(rows), "by_status": dict(sorted(counts.items())),
                            "not_ok": [r for r in rows if r["status"] != "ok"]}
    if ws.ledger_path.exists():
        out["ledger"] = _status_ledger(ws, warnings)
    out["parked"] = _status_parked(ws, warnings)
    out["warnings"] = warnings
    return out


def print_status(ws, data: dict) -> None:
    """The text form of ``status_data``; its warnings go to stderr."""
    warnings = data.get("warnings", [])
    docs = data["documents"]
    if docs is not None:
        print(f"dataset {ws.processed_dir}: {docs['count']} document(s)")
        for s_, n in docs["by_status"].items():
            print(f"  {s_:8} {n}")
        for r in docs["not_ok"]:
            print(f"  {r['status']:8} {r['doc_id'][:12]} {r['file_name']}: {r['error'] or ''}")
    led = data["ledger"]
    if led is not None:
        print(f"ledger {ws.ledger_path}:")
        for stage, by_status in led["stages"].items():
            print(f"  {stage:10} " + "  ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
        if led["failures"]:
            print(f"failures ({len(led['failures'])}):")
            for f in led["failures"]:
                print(f"  {f['doc_id'][:12]} {f['stage']:10} {f['file_name']}: {f['error']}")
        if led["source_failures"]:
            print(f"source items that failed before becoming documents ({len(led['source_failures'])}; "
                  "`ita rerun --failed` retries them):")
            for f in led["source_failures"]:
                print(f"  {failure_line(f)}  [{f['kind'] or 'error'}, {f['attempts']} attempt(s), "
                      f"last {f['last_failed'][:19]}]")
    if data["parked"]:
        from datastore.manifest import PARK_POLICY
        print(f"parked downloads ({len(data['parked'])}): {PARK_POLICY}")
        for p in data["parked"]:
            nxt = f"next automatic try after {p['retry_after']}" if p["retry_after"] else "no automatic retry"
            print(f"  {p['source_uri']}: {p['kind']}, {p['attempts']} attempt(s), last {p['last_failed']}; {nxt}")
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


def _status_ledger(ws, warnings: list[str]) -> Optional[dict]:
    import sqlite3
    from datastore.errors import describe_os_error
    from datastore.ledger import Ledger
    try:
        led = Ledger(ws.ledger_path, readonly=True)
        summary, failed, sources = led.stage_summary(), led.failed_docs(), led.source_failures()
    except (sqlite3.Error, OSError) as e:
        warnings.append(f"cannot read the ledger {ws.ledger_path}: {describe_os_error(e)}")
        return None
    if led.warning:
        warnings.append(led.warning)
    return {"path": str(ws.ledger_path), "stages": summary,
            "failures": [{k: f.get(k) for k in ("doc_id", "stage", "file_name", "error")} for f in failed],
            "source_failures": sources}


def _status_parked(ws, warnings: list[str]) -> list[dict]:
    from datastore.manifest import read_parked
    try:
        return read_parked(ws.raw_dir)
    except Exception as e:  # noqa: BLE001 - damaged manifest: warn
        warnings.append(f"cannot read the raw manifest in {ws.raw_dir}: {type(e).__name__}: {e}")
        return []
