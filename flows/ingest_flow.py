"""The Prefect tasks and flow of an ingest run (imports Prefect; see ``flows.ingest``).

- ``list_source_task`` and ``fetch_task``: the network steps, retried with exponential
  backoff on transient errors only (timeouts, connection errors, HTTP 5xx/429);
- ``process_task``: ``datastore.runner.process_document`` for one document, given paths and
  hashes only; cached by content hash + stage versions + output directory (never the run
  id), results kept in ``<work_dir>/prefect-results``; a failed document raises, so it is
  never cached;
- ``ingest_flow``: fetch what ``flows.ingest.ingest`` did not, process pending documents in
  the flow's task runner, publish the run-report artifact. Module-level, so
  ``ita serve`` can deploy it (entrypoint ``flows/ingest_flow.py:ingest_flow``).
"""
from __future__ import annotations

import hashlib
import os
import time
from typing import Optional

from datastore.fetch import DEFAULT_TIMEOUT_S, MAX_PDF_BYTES, FetchError, fetch_item
from datastore.ledger import Ledger
from datastore.manifest import RawManifest
from datastore.settings import settings
from datastore.sources import SourceItem, list_source
from datastore.workspace import Workspace
from flows.steps import (FETCH_RETRIES, DocumentFailed, _fetch_failure, pending_documents,
                         quiet_prefect_env, record_fetched)

quiet_prefect_env()
from prefect import flow, task  # noqa: E402 - after the settings defaults above
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402
from prefect.tasks import exponential_backoff  # noqa: E402

from flows.expected_failures import install as _one_line_failures  # noqa: E402

_one_line_failures()  # expected failures: one summary line each, Prefect's traceback at debug

_RETRIES = settings().fetch_retries  # $ITA_FETCH_RETRIES (datastore.settings)
_BACKOFF_S = settings().fetch_backoff_s  # $ITA_FETCH_BACKOFF_S


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
    """Run extract → normalize → write for one document. Its state says what happened
    (``flows.doc_states``): a failed document ends Failed (never cached), a partial one
    Completed with a message naming what was not understood; the state's data is the DocResult."""
    from datastore.runner import process_document
    from flows.doc_states import document_state, log_document
    ws = Workspace.for_output(processed_dir, work_dir)
    res = process_document(ws, pdf_path, source_uri=source_uri, file_name=file_name,
                           **(stages or {})).to_dict()
    log_document(res, work_dir)
    return document_state(res)  # Failed (never cached) / Completed with a message; data = res


@flow(name="ita-ingest", log_prints=False, validate_parameters=False,
      task_runner=ThreadPoolTaskRunner(max_workers=2))
def ingest_flow(source: str, out_dir: str, work_dir: Optional[str] = None, workers: int = 2,
                progress: bool = False, prefetched: Optional[dict] = None,
                fetch_timeout_s: float = DEFAULT_TIMEOUT_S, max_bytes: int = MAX_PDF_BYTES,
                stages: Optional[dict] = None, fail_on: str = "failed"):
    """Fetch the source's new/changed PDFs, process each in its own task, publish a report.

    Returns the report; the flow run ends Failed (the report still its data) when documents
    failed — or, by ``fail_on``, also when some are partial (``partial``) or never (``never``)."""
    from datastore.lock import hold_lock
    from flows.logs import attach_prefect
    from flows.report import build_report, final_state, publish_report
    attach_prefect()
    t0 = time.monotonic()
    ws = Workspace.for_output(out_dir, work_dir).ensure()
    with hold_lock(ws.lock_path, purpose="ita ingest flow", dataset=ws.processed_dir):
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
                failures.append(_fetch_failure(it, exc))
        ledger = Ledger(ws.ledger_path)
        record_fetched(ledger, fetched)
        ledger.record_source_outcomes(fetched, failures)
        todo, skipped = pending_documents(fetched, ledger)
        before = {d["doc_id"] for d in ledger.docs() if "written" in d["stages"]}
        processed, cached = _run_documents(process_task, todo, ws, progress, stages)
        processed += _reconcile_cached(process_task, cached, todo, ws, ledger, stages)
        report = build_report(source=source, processed_dir=str(ws.processed_dir),
                              sources_listed=prefetched["listed"], fetched=fetched,
                              fetch_failures=failures, processed=processed, cached=cached,
                              skipped=skipped, previously_written=before,
                              wall_s=time.monotonic() - t0, mode="prefect")
    publish_report(report, fail_on)
    return final_state(report, fail_on)


def _run_documents(process_task, todo: list[dict], ws: Workspace, progress: bool,
                   stages: Optional[dict] = None) -> tuple[list[dict], list[dict]]:
    """Submit one task per document; collect DocResult dicts (processed now / from cache).

    Cached results are kept in ``<work_dir>/prefect-results`` (deleting the work directory
    drops the cache with the ledger)."""
    from prefect.settings import PREFECT_LOCAL_STORAGE_PATH, temporary_settings
    todo = sorted(todo, key=lambda f: -_size(f["path"]))  # largest first: workers finish together
    with temporary_settings({PREFECT_LOCAL_STORAGE_PATH: str(ws.work_dir / "prefect-results")}):
        futures = {process_task.submit(str(ws.processed_dir), str(ws.work_dir), f["path"], f["sha256"],
                                       f["source_uri"], f["file_name"], stages): f for f in todo}
        return _collect(futures, progress)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


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


