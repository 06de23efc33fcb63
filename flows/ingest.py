"""The ingest flow: source → fetched raw PDFs → one task per new/changed document → report.

``ingest(source, out_dir, ...)`` is what ``ita ingest`` calls. It first checks the source
without running a flow (list, one conditional fetch attempt per item, ledger): when every
document is already written by the current code, the run is a no-op and returns at once,
without starting Prefect's temporary API (10–20 s on a small machine). Otherwise (or whenever
``PREFECT_API_URL`` points at a server) it runs ``ingest_flow`` with what the check fetched:

- ``list_source_task`` and ``fetch_task`` are the network steps, with retries and
  exponential backoff (transient errors only: timeouts, connection errors, HTTP 5xx/429);
- ``process_task`` runs ``datastore.runner.process_document`` for one document, passing
  paths and hashes only. Its cache key is the document's content hash + the pipeline's stage
  versions + the output directory (no run id), with results kept in the work directory, so
  a document done by any earlier run with the same code is served from the cache;
- documents run in parallel: ``ThreadPoolTaskRunner(workers)`` on one machine (each
  document's extract stage runs in its own child process, so the CPU work is process-
  parallel), or ``prefect_dask.DaskTaskRunner(address=...)`` on a Dask cluster;
- a keyed markdown artifact (``ita-run-report``) reports the run.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional

from datastore.fetch import DEFAULT_TIMEOUT_S, MAX_PDF_BYTES, FetchError, FetchResult, fetch_item, make_client
from datastore.ledger import Ledger
from datastore.manifest import RawManifest
from datastore.sources import SourceItem, list_source
from datastore.workspace import Workspace

FETCH_RETRIES = 3  # default; $ITA_FETCH_RETRIES and $ITA_FETCH_BACKOFF_S (first delay) override
FETCH_THREADS = 8
_PREFECT_ENV_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
}


def quiet_prefect_env() -> None:
    """Defaults for Prefect settings (before it is imported): long API startup timeout, quiet logs."""
    for k, v in _PREFECT_ENV_DEFAULTS.items():
        os.environ.setdefault(k, v)


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


class DocumentFailed(Exception):
    """Raised by the document task for a failed document; ``args[0]`` is its DocResult dict."""

    def __str__(self) -> str:
        r = self.args[0]
        return f"{r.get('file_name')}: {r.get('failed_stage')} stage failed: {r.get('error')}"


def _fetch_failure(item: SourceItem, error: str) -> dict:
    return {"source_uri": item.uri, "file_name": item.file_name, "error": error}


# --- Prefect tasks and flow ---------------------------------------------------------------------
quiet_prefect_env()
from prefect import flow, task  # noqa: E402 - after the settings defaults above
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402

_RETRIES = int(os.environ.get("ITA_FETCH_RETRIES", FETCH_RETRIES))
_BACKOFF_S = float(os.environ.get("ITA_FETCH_BACKOFF_S", "2"))


def _transient(task_, task_run, state) -> bool:
    """Retry condition: only transient fetch errors (and unexpected errors while listing)."""
    try:
        state.result()
    except FetchError as e:
        return e.transient
    except Exception:  # noqa: BLE001 - e.g. httpx errors while listing: retry
        return True
    return False


def doc_cache_key(ctx, params: dict) -> str:
    """Cache key: content hash + stage versions + output directory (never the run id)."""
    from datastore.writer import pipeline_version
    where = hashlib.sha256(params["processed_dir"].encode()).hexdigest()[:12]
    return f"ita-doc-{params['doc_id']}-{pipeline_version()}-{where}".replace("+", "_")


@task(name="list-source", retries=_RETRIES, retry_delay_seconds=exponential_backoff(_BACKOFF_S),
      retry_condition_fn=_transient, persist_result=False)
def list_source_task(source: str, timeout_s: float) -> list[SourceItem]:
    """List the source's PDFs (network for index pages and remote manifests)."""
    return list_source(source, timeout_s=timeout_s)


@task(name="fetch", retries=_RETRIES, retry_delay_seconds=exponential_backoff(_BACKOFF_S),
      retry_jitter_factor=0.2, retry_condition_fn=_transient, persist_result=False,
      task_run_name="fetch {item.file_name}")
def fetch_task(item: SourceItem, raw_dir: str, timeout_s: float, max_bytes: int) -> dict:
    """Fetch one source item (conditional GET or local hash); retried on transient errors."""
    return fetch_item(item, raw_dir, RawManifest(raw_dir), timeout_s=timeout_s, max_bytes=max_bytes).to_dict()


@task(name="process-document", cache_key_fn=doc_cache_key, persist_result=True,
      task_run_name="process {file_name}")
def process_task(processed_dir: str, work_dir: str, pdf_path: str, doc_id: str,
                 source_uri: str, file_name: str, stages: Optional[dict] = None):
    """Run extract → normalize → write for one document; a failed document raises
    ``DocumentFailed`` carrying its DocResult (a raised task is never cached)."""
    from datastore.runner import process_document
    ws = Workspace.for_output(processed_dir, work_dir)
    res = process_document(ws, pdf_path, source_uri=source_uri, file_name=file_name,
                           **(stages or {})).to_dict()
    if res.get("failed_stage"):
        raise DocumentFailed(res)
    return res


@flow(name="ita-ingest", log_prints=False, validate_parameters=False,
      task_runner=ThreadPoolTaskRunner(max_workers=2))
def ingest_flow(source: str, out_dir: str, work_dir: Optional[str] = None, workers: int = 2,
                progress: bool = False, prefetched: Optional[dict] = None,
                fetch_timeout_s: float = DEFAULT_TIMEOUT_S, max_bytes: int = MAX_PDF_BYTES,
                stages: Optional[dict] = None) -> dict:
    """Fetch the source's new/changed PDFs, process each in its own task, publish a report."""
    from datastore.lock import hold_lock
    from flows.report import build_report, publish_report
    t0 = time.monotonic()
    ws = Workspace.for_output(out_dir, work_dir).ensure()
    with hold_lock(ws.lock_path, purpose="ita ingest flow"):
        if prefetched is None:
            items = list_source_task(source, fetch_timeout_s)
            prefetched = {"listed": len(items), "fetched": [], "retry": items, "failed": []}
        fetched = list(prefetched["fetched"])
        failures = list(prefetched["failed"])
        futs = [(it, fetch_task.submit(it, str(ws.raw_dir), fetch_timeout_s, max_bytes))
                for it in prefetched["retry"]]
        for it, fut in futs:
            fut.wait()
            if fut.state.is_completed():
                fetched.append(fut.result())
            else:
                exc = fut.state.result(raise_on_failure=False)
                failures.append(_fetch_failure(it, str(exc)))
        ledger = Ledger(ws.ledger_path)
        record_fetched(ledger, fetched)
        todo, skipped = pending_documents(fetched, ledger)
        before = {d["doc_id"] for d in ledger.docs() if "written" in d["stages"]}
        processed, cached = _run_documents(process_task, todo, ws, progress, stages)
        processed += _reconcile_cached(process_task, cached, todo, ws, ledger, stages)
        report = build_report(source=source, processed_dir=str(ws.processed_dir),
                              sources_listed=prefetched["listed"], fetched=fetched,
                              fetch_failures=failures, processed=processed, cached=cached,
                              skipped=skipped, previously_written=before,
                              wall_s=time.monotonic() - t0, mode="prefect")
    publish_report(report)
    return report


def _run_documents(process_task, todo: list[dict], ws: Workspace, progress: bool,
                   stages: Optional[dict] = None) -> tuple[list[dict], list[dict]]:
    """Submit one task per document; collect DocResult dicts (processed now / from cache).

    Cached results are kept in ``<work_dir>/prefect-results`` (deleting the work directory
    drops the cache with the ledger)."""
    from prefect.futures import as_completed
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    with temporary_settings({PREFECT_LOCAL_STORAGE_PATH: str(ws.work_dir / "prefect-results")}):
        futures = {process_task.submit(str(ws.processed_dir), str(ws.work_dir), f["path"], f["sha256"],
                                       f["source_uri"], f["file_name"], stages): f for f in todo}
        return _collect(futures, progress)


def _reconcile_cached(process_task, cached: list[dict], todo: list[dict], ws: Workspace, ledger: Ledger,
                      stages: Optional[dict]) -> list[dict]:
    """A cache hit means these bytes were written by this code before but the ledger lost it:
    re-record the ledger if the rows are on disk, else process again (cache refreshed).
    Returns the DocResults of documents processed again."""
    from datastore.ledger import utc_now
    from datastore.runner import LEDGER_STAGE, _stage_version
    redo = []
    for c in cached:
        if (ws.processed_dir / "documents" / f"{c['doc_id']}.parquet").exists():
            for stage in ("extract", "normalize", "write"):
                ledger.record_stage(c["doc_id"], LEDGER_STAGE[stage], "ok", started_at=utc_now(),
                                    code_version=_stage_version(stage), input_hash=c["doc_id"])
        else:
            redo.append(next(f for f in todo if f["sha256"] == c["doc_id"]))
    if not redo:
        return []
    processed, _ = _run_documents(process_task.with_options(refresh_cache=True), redo, ws, False, stages)
    return processed


def _collect(futures: dict, progress: bool) -> tuple[list[dict], list[dict]]:
    """Wait for the document futures (progress bar on stderr) → (processed, cached) DocResult dicts."""
    from prefect.futures import as_completed
    processed, cached = [], []
    bar = _progress_bar(len(futures)) if progress and futures else None
    try:
        for fut in as_completed(list(futures)):
            fut.wait()
            state = fut.state
            try:
                data = state.result(raise_on_failure=False)
            except Exception as e:  # noqa: BLE001 - result not retrievable: report it
                data = e
            if isinstance(data, DocumentFailed):
                data = data.args[0]
            if not isinstance(data, dict):  # crashed task: no DocResult
                f = futures[fut]
                data = {"doc_id": f["sha256"], "source_uri": f["source_uri"], "file_name": f["file_name"],
                        "status": None, "failed_stage": "extract", "error": f"task {state.name}: {data}"}
            (cached if state.name == "Cached" else processed).append(data)
            if bar is not None:
                bar[0].update(bar[1], advance=1, description=f"{data.get('file_name', '')[:40]}")
    finally:
        if bar is not None:
            bar[0].stop()
    return processed, cached


def _progress_bar(total: int):
    """A rich progress bar on stderr (rich ships with Prefect) → (Progress, task id)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    p = Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                 TextColumn("{task.description}"), console=Console(stderr=True), transient=False)
    p.start()
    return p, p.add_task("", total=total)


def _task_runner(workers: int, dask_address: Optional[str]):
    """The task runner for documents: a Dask cluster when an address is given, else threads
    (each document's extract stage is its own child process)."""
    if dask_address:
        from prefect_dask import DaskTaskRunner
        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=max(1, int(workers)))


def ingest(source: str, out_dir: str, work_dir: str | None = None, workers: int = 2,
           dask_address: str | None = None, progress: bool = True, *,
           fetch_timeout_s: float | None = None, max_bytes: int = MAX_PDF_BYTES,
           extractor: str | None = None, normalizer: str | None = None) -> dict:
    """Ingest ``source`` into the dataset at ``out_dir``; returns the run report (a dict).

    Only new or changed PDFs are fetched and processed; a run with nothing new returns a
    no-op report (``report["noop"]``) without starting Prefect unless ``PREFECT_API_URL`` is
    set. ``progress`` shows a progress bar when stderr is a terminal. ``fetch_timeout_s``
    defaults to ``$ITA_FETCH_TIMEOUT_S`` or 30 s. ``extractor``/``normalizer`` are
    ``"module:function"`` specs replacing the default stage functions."""
    from datastore.lock import hold_lock
    from flows.report import build_report
    t0 = time.monotonic()
    timeout_s = float(fetch_timeout_s or os.environ.get("ITA_FETCH_TIMEOUT_S") or DEFAULT_TIMEOUT_S)
    ws = Workspace.for_output(out_dir, work_dir).ensure()
    with hold_lock(ws.lock_path, purpose="ita ingest"):
        items = list_source(source, timeout_s=timeout_s)
        fetched, errors = fetch_all_once(items, ws, timeout_s=timeout_s, max_bytes=max_bytes)
        ledger = Ledger(ws.ledger_path)
        todo, skipped = pending_documents(fetched, ledger)
        permanent = [_fetch_failure(i, str(e)) for i, e in errors if not e.transient]
        retry = [i for i, e in errors if e.transient]
        if not todo and not retry and not os.environ.get("PREFECT_API_URL"):
            record_fetched(ledger, [f for f in fetched if f["outcome"] in ("new", "changed")])
            return build_report(source=source, processed_dir=str(ws.processed_dir), sources_listed=len(items),
                                fetched=fetched, fetch_failures=permanent, processed=[], cached=[], skipped=skipped,
                                previously_written=set(), wall_s=time.monotonic() - t0, mode="no-op check")
        prefetched = {"listed": len(items), "fetched": fetched, "retry": retry, "failed": permanent}
        flow_ = ingest_flow.with_options(task_runner=_task_runner(workers, dask_address))
        report = flow_(source=source, out_dir=str(ws.processed_dir), work_dir=str(ws.work_dir), workers=workers,
                      progress=bool(progress and sys.stderr.isatty()), prefetched=prefetched,
                      fetch_timeout_s=timeout_s, max_bytes=max_bytes,
                      stages={k: v for k, v in (("extractor", extractor), ("normalizer", normalizer)) if v})
        report["wall_s"] = round(time.monotonic() - t0, 3)
        return report
