"""Retrying source items that failed before they became documents (``ita rerun --failed``).

``retry_failed_sources(ws)`` fetches every item of the ledger's ``source_failures`` again —
parked downloads included (``force``): the operator asked — and records the outcome exactly as
an ingest run does (the same ``FetchError`` words). Local items are listed again under their
source directory, so a symlink that still leads outside it still fails. Prefect-free.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from datastore.fetch import DEFAULT_TIMEOUT_S, MAX_PDF_BYTES, FetchError, fetch_item
from datastore.ledger import Ledger, utc_now
from datastore.manifest import RawManifest
from datastore.safe_http import make_client
from datastore.sources import SourceItem, check_url, local_item
from datastore.workspace import Workspace


def item_of(row: dict) -> SourceItem:
    """The ``SourceItem`` a ``source_failures`` row stands for, listed again now."""
    uri, name = row["source_uri"], row["file_name"] or Path(row["source_uri"]).name
    if row.get("root"):
        path = Path(row["root"]) / uri
        item = local_item(row["root"], path) if (path.exists() or path.is_symlink()) else None
        return item or SourceItem(uri=uri, file_name=name, local_path=str(path), root=row["root"],
                                  error=f"{uri}: no longer in the source directory {row['root']}")
    if row.get("local_path"):
        return SourceItem(uri=uri, file_name=name, local_path=row["local_path"])
    try:
        check_url(uri)
    except ValueError:
        return SourceItem(uri=uri, file_name=name, error=row["error"])  # fix the manifest row
    return SourceItem(uri=uri, file_name=name)


def retry_failed_sources(ws: Workspace, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                         max_bytes: int = MAX_PDF_BYTES,
                         ledger: Optional[Ledger] = None) -> tuple[list[dict], list[dict]]:
    """Fetch the ledger's failed source items again → (FetchResult dicts, failure dicts).
    Fetched items are recorded as documents (stage ``fetched`` ok) and leave the failures."""
    led = ledger or Ledger(ws.ledger_path)
    rows = led.source_failures()
    if not rows:
        return [], []
    manifest = RawManifest(ws.raw_dir)
    items = [item_of(r) for r in rows]
    client = make_client(timeout_s) if any(i.is_remote and not i.error for i in items) else None
    fetched, failures = [], []
    try:
        for item in items:
            try:
                fetched.append(fetch_item(item, ws.raw_dir, manifest, client=client, timeout_s=timeout_s,
                                          max_bytes=max_bytes, force=True).to_dict())
            except FetchError as e:
                failures.append({"source_uri": item.uri, "file_name": item.file_name, "error": str(e),
                                 "kind": e.kind, "transient": e.transient, "local_path": item.local_path,
                                 "root": item.root, "sha256": e.sha256})
    finally:
        if client is not None:
            client.close()
    for f in fetched:
        led.upsert_document(f["sha256"], source_uri=f["source_uri"], file_name=f["file_name"], raw_path=f["path"])
        led.record_stage(f["sha256"], "fetched", "ok", started_at=utc_now(), input_hash=f["sha256"],
                         code_version="fetch.1")
    led.record_source_outcomes(fetched, failures)
    return fetched, failures
