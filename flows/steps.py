"""Prefect-free steps of a run shared by ``flows.ingest`` (the no-op check, the run) and
``flows.ingest_flow`` (the Prefect flow): fetching every source item once, which documents are
pending, what the ledger records, the one-line failure record of a source item, and the
Prefect settings applied before Prefect is imported. It imports neither of them, so the two
flow modules do not import each other.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from datastore.fetch import DEFAULT_TIMEOUT_S, MAX_PDF_BYTES, FetchError, fetch_item, make_client
from datastore.ledger import Ledger
from datastore.manifest import RawManifest
from datastore.sources import SourceItem
from datastore.workspace import Workspace

FETCH_RETRIES = 3  # default; $ITA_FETCH_RETRIES and $ITA_FETCH_BACKOFF_S (first delay) override
FETCH_THREADS = 8
_PREFECT_ENV_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "DO_NOT_TRACK": "1",  # no SDK telemetry from a batch job (and its start-up work is skipped)
}


def quiet_prefect_env() -> None:
    """Defaults for Prefect settings (before it is imported): long API startup timeout, quiet logs."""
    for k, v in _PREFECT_ENV_DEFAULTS.items():
        os.environ.setdefault(k, v)
    from flows.logs import prefect_env_defaults
    prefect_env_defaults()  # run logs reach the Prefect API at INFO; the console per -v/-q


# --- Prefect-free helpers ----------------------------------------------------------------------
def fetch_all_once(items: list[SourceItem], ws: Workspace, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   max_bytes: int = MAX_PDF_BYTES) -> tuple[list[dict], list[tuple[SourceItem, FetchError]]]:
    """One fetch attempt per item (8 threads) → (FetchResult dicts, [(item, FetchError)])."""
    manifest = RawManifest(ws.raw_dir)
    client = make_client(timeout_s) if any(i.is_remote for i in items) else None

    def one(item: SourceItem):
        try:
            return fetch_item(item, ws.raw_dir, manifest, client=client, timeout_s=timeout_s,
                              max_bytes=max_bytes).to_dict(), None
        except FetchError as e:
            return None, (item, e)
        except Exception as e:  # noqa: BLE001 - e.g. disk full: report this source, go on
            return None, (item, FetchError(f"{item.uri}: {type(e).__name__}: {e}", transient=False))
    try:
        with ThreadPoolExecutor(FETCH_THREADS) as pool:
            pairs = list(pool.map(one, items))
    finally:
        if client is not None:
            client.close()
    return [r for r, _ in pairs if r], [e for _, e in pairs if e]


def pending_documents(fetched: list[dict], ledger: Ledger) -> tuple[list[dict], int]:
    """Fetched documents that need processing (not yet written by the current code), one per
    hash; and how many were skipped as current."""
    seen, todo, skipped = set(), [], 0
    for f in fetched:
        if f["sha256"] in seen:
            continue
        seen.add(f["sha256"])
        if ledger.is_current(f["sha256"]):
            skipped += 1
        else:
            todo.append(f)
    return todo, skipped


def record_fetched(ledger: Ledger, fetched: list[dict]) -> None:
    """Ledger: each fetched document is known (source, file, raw path) with stage ``fetched`` ok."""
    from datastore.ledger import utc_now
    for f in fetched:
        ledger.upsert_document(f["sha256"], source_uri=f["source_uri"], file_name=f["file_name"],
                               raw_path=f["path"])
        ledger.record_stage(f["sha256"], "fetched", "ok", started_at=utc_now(), input_hash=f["sha256"],
                            code_version="fetch.1")


def retire_replaced(ws: Workspace, fetched: list[dict]) -> list[str]:
    """A source whose content changed replaces its old version: the old doc_id's rows leave
    the dataset (the ledger keeps the old version, stage ``written`` = ``superseded``).
    Skipped when another source still has the old bytes. Returns the retired doc_ids."""
    from datastore.ledger import utc_now
    from datastore.writer import remove_document
    current = {f["sha256"] for f in fetched}
    ledger = Ledger(ws.ledger_path)
    retired = []
    for f in fetched:
        old = f.get("previous_sha256")
        if f.get("outcome") != "changed" or not old or old in current:
            continue
        from datastore.compact import evict
        if evict(ws.processed_dir, [old]) + remove_document(ws.processed_dir, old):
            ledger.record_stage(old, "written", "superseded", error=f"replaced by {f['sha256'][:12]} ({f['source_uri']})",
                                started_at=utc_now(), input_hash=old, code_version="fetch.1")
            retired.append(old)
    return retired


def record_rejected(ws: Workspace, rejected: list) -> None:
    """Files rejected before extraction whose bytes we have (a local ``.pdf`` that is an HTML
    page or random bytes) still get a ``failed`` documents row with the reason."""
    from datastore.runner import record_failure
    ledger = Ledger(ws.ledger_path)
    for item, err in rejected:
        if not getattr(err, "sha256", None):
            continue
        known = ledger.doc(err.sha256)
        fetched = (known or {}).get("stages", {}).get("fetched") or {}
        if fetched.get("status") == "failed" and fetched.get("error") == str(err) and \
                (Path(ws.processed_dir) / "documents" / f"{err.sha256}.parquet").exists():
            continue  # already recorded: a nightly re-run writes nothing
        record_failure(ws, doc_id=err.sha256, source_uri=item.uri, file_name=item.file_name,
                           error=str(err), stage="fetch", raw_path=err.path, ledger=ledger)


class DocumentFailed(Exception):
    """Raised by the document task for a failed document; ``args[0]`` is its DocResult dict."""

    def __str__(self) -> str:
        r = self.args[0]
        return f"{r.get('file_name')}: {r.get('failed_stage')} stage failed: {r.get('error')}"


def _fetch_failure(item: SourceItem, error) -> dict:
    """A source item that failed before becoming a document (``error``: a FetchError or text)."""
    return {"source_uri": item.uri, "file_name": item.file_name, "error": str(error),
            "kind": getattr(error, "kind", None), "transient": bool(getattr(error, "transient", False)),
            "local_path": item.local_path, "root": item.root, "sha256": getattr(error, "sha256", None)}
