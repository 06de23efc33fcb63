"""``ita ingest``: source → fetched raw PDFs → one Prefect task per new/changed document → report.

``ingest(source, out_dir, ...)`` first checks the source without Prefect (list, one
conditional fetch attempt per item, ledger). When every document is already written by the
current code the run is a no-op and returns at once: Prefect is not even imported (importing
it and starting its temporary API take 10–30 s on a small machine). Otherwise (or whenever
``PREFECT_API_URL`` points at a server) it runs ``flows.ingest_flow.ingest_flow`` with what the
check fetched; fetches that failed transiently are retried there by a Prefect task.

Documents run in parallel on ``workers`` long-lived worker processes (``datastore.pool``:
recycled after N documents or on memory growth, per-document time and memory limits), started
with the pending documents queued *before* Prefect is imported; one flow run has one task per
document (``ThreadPoolTaskRunner(workers)``), each claiming its document's extract + normalize
job from the pool and writing it. Prefect's start-up — its import and, when no
``PREFECT_API_URL`` is configured, a temporary API (``flows.api_server``, which dies with the
run) — is paid once per run and overlaps the documents' work; the report's ``timings`` show it.
With ``dask_address`` the tasks run on ``prefect_dask.DaskTaskRunner(address=...)``, each Dask
worker process using a pool of its own.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Optional

from datastore.fetch import MAX_PDF_BYTES
from datastore.ledger import Ledger
from datastore.sources import SourceError, list_source
from datastore.settings import settings
from datastore.workspace import Workspace

from flows.steps import (FETCH_RETRIES, FETCH_THREADS, DocumentFailed, _fetch_failure,  # noqa: F401 - re-exported
                         fetch_all_once, pending_documents, quiet_prefect_env, record_fetched,
                         record_rejected, retire_replaced)


def _task_runner(workers: int, dask_address: Optional[str]):
    """The task runner for documents: a Dask cluster when an address is given, else threads
    (each document's extract stage is its own child process)."""
    if dask_address:
        from prefect_dask import DaskTaskRunner
        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner
    return ThreadPoolTaskRunner(max_workers=max(1, int(workers)))


def ingest(source: str, out_dir: str, work_dir: str | None = None, workers: int = 2,
           dask_address: str | None = None, progress: bool = True, *,
           fetch_timeout_s: float | None = None, max_bytes: int = MAX_PDF_BYTES,
           extractor: str | None = None, normalizer: str | None = None, fail_on: str = "failed") -> dict:
    """Ingest ``source`` into the dataset at ``out_dir``; returns the run report (a dict).

    Only new or changed PDFs are fetched and processed; a run with nothing new returns a
    no-op report (``report["noop"]``) without starting Prefect unless ``PREFECT_API_URL`` is
    set. ``progress`` shows a progress bar when stderr is a terminal. ``fetch_timeout_s``
    defaults to ``$ITA_FETCH_TIMEOUT_S`` or 30 s. ``extractor``/``normalizer`` are
    ``"module:function"`` specs replacing the default stage functions."""
    from datastore.lock import hold_lock
    from flows.report import build_report
    t0 = time.monotonic()
    timeout_s = float(fetch_timeout_s or settings().fetch_timeout_s)
    ws = Workspace.for_output(out_dir, work_dir).ensure()
    with hold_lock(ws.lock_path, purpose="ita ingest", dataset=ws.processed_dir):
        from datastore.compact import recover
        recover(ws.processed_dir)  # a compaction a crash interrupted
        try:
            items = list_source(source, timeout_s=timeout_s)
        except SourceError:
            raise
        except Exception:  # noqa: BLE001 - index page unreachable now: the flow lists it with retries
            items = None
        prefetched, retired = None, []
        if items is not None:
            fetched, errors = fetch_all_once(items, ws, timeout_s=timeout_s, max_bytes=max_bytes)
            ledger = Ledger(ws.ledger_path)
            todo, skipped = pending_documents(fetched, ledger)
            permanent = [_fetch_failure(i, e) for i, e in errors if not e.transient]
            record_rejected(ws, [(i, e) for i, e in errors if not e.transient])
            retired = retire_replaced(ws, fetched)
            retry = [i for i, e in errors if e.transient]
            if not todo and not retry and not os.environ.get("PREFECT_API_URL"):
                record_fetched(ledger, [f for f in fetched if f["outcome"] in ("new", "changed")])
                ledger.record_source_outcomes(fetched, permanent)
                return build_report(source=source, processed_dir=str(ws.processed_dir), sources_listed=len(items),
                                    fetched=fetched, fetch_failures=permanent, processed=[], cached=[],
                                    skipped=skipped, previously_written=set(), wall_s=time.monotonic() - t0,
                                    mode="no-op check")
            prefetched = {"listed": len(items), "fetched": fetched, "retry": retry, "failed": permanent}
        stages = {k: v for k, v in (("extractor", extractor), ("normalizer", normalizer)) if v}
        with _run_resources(ws, workers, dask_address, stages, prefetched) as res:
            from flows.ingest_flow import ingest_flow  # imports Prefect (seconds): only when there is work
            flow_ = ingest_flow.with_options(task_runner=_task_runner(workers, dask_address))
            with res.api_settings():
                state = flow_(source=source, out_dir=str(ws.processed_dir), work_dir=str(ws.work_dir),
                              workers=workers, progress=bool(progress and sys.stderr.isatty()),
                              prefetched=prefetched, fetch_timeout_s=timeout_s, max_bytes=max_bytes,
                              fail_on=fail_on, stages=stages, return_state=True)
                report = state.result(raise_on_failure=False)  # a Failed run (documents failed) still reports
        if not isinstance(report, dict):  # the flow itself crashed
            raise report if isinstance(report, BaseException) else RuntimeError(str(report))
        report["flow_state"] = state.type.value
        from datastore.compact import compact
        compacted = compact(ws.processed_dir)  # only tables past $ITA_COMPACT_MIN_FILES files
        if compacted:
            report["compacted"] = compacted
        if prefetched is not None and retired:
            report["retired"] = len(retired)
        report["wall_s"] = round(time.monotonic() - t0, 3)
        report["timings"] = res.timings(t0)
        return report


# True once a run in this process used (and stopped) a temporary Prefect API: nothing Prefect
# holds in this process must then outlive it (its events and logs went to an API that is gone),
# so ``ita`` may end without the interpreter's finalization (``flows.cli.exit_fast``)
TEMPORARY_API_USED = False
# True once a run against a configured API (no Dask) sent every event and log it had queued
# (the drain at its end finished in time): nothing is left for Prefect's exit handlers either
PREFECT_DRAINED = False


class _run_resources:
    """What a run with work starts before Prefect and stops after it, whoever ends first:

    - the document worker pool (``datastore.pool``; not with Dask, whose worker processes keep
      pools of their own), which starts on the pending documents at once (``runner.prefetch``,
      largest first, as the flow submits them): Prefect's import and start-up overlap the work;
    - a temporary Prefect API (``flows.api_server.TempAPI``) unless one is configured, started
      now so its start-up overlaps the work too, and dying with the run.
    """

    def __init__(self, ws: Workspace, workers: int, dask_address: Optional[str], stages: dict,
                 prefetched: Optional[dict]):
        self.ws, self.workers, self.dask, self.stages, self.prefetched = ws, workers, dask_address, stages, prefetched
        self.pool = self.api = self._use = None
        self.api_url: Optional[str] = None
        self.marks: dict[str, float] = {}

    def __enter__(self) -> "_run_resources":
        from datastore import runner
        from datastore.pool import WorkerPool, use_pool
        from flows.api_server import TempAPI, configured_api_url
        self.marks["start"] = time.monotonic()
        try:
            if not self.dask:
                ex = self.stages.get("extractor", runner.DEFAULT_EXTRACTOR)
                no = self.stages.get("normalizer", runner.DEFAULT_NORMALIZER)
                self.pool = WorkerPool(self.workers, warm=[ex, no], log_dir=self.ws.work_dir / "logs").start()
                self._use = use_pool(self.pool)
                self._use.__enter__()
                if self.prefetched:
                    todo, _ = pending_documents(self.prefetched["fetched"], Ledger(self.ws.ledger_path))
                    todo = sorted(todo, key=lambda f: -_size(f["path"]))  # as flows.ingest_flow submits them
                    runner.prefetch(self.ws, todo, pool=self.pool, extractor=ex, normalizer=no)
            self.api_url = configured_api_url()
            if self.api_url is None:
                self.api = TempAPI(log_path=self.ws.work_dir / "logs" / "prefect-api.log")
                (self.ws.work_dir / "logs").mkdir(parents=True, exist_ok=True)
                self.api.start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def api_settings(self):
        """Prefect settings for the flow: the temporary API's URL (waits until it answers)."""
        from contextlib import nullcontext
        from prefect.settings import PREFECT_API_URL, temporary_settings
        self.marks["prefect_imported"] = time.monotonic()
        if self.api is not None and PREFECT_API_URL.value():  # a Prefect profile names an API
            self.api.stop()
            self.api = None
        if self.api is None:
            self.marks["api_ready"] = time.monotonic()
            return nullcontext()
        url = self.api.wait_ready()
        self.marks["api_ready"] = time.monotonic()
        return temporary_settings({PREFECT_API_URL: url})

    def timings(self, t0: float) -> dict:
        """Seconds from the run's start: Prefect imported, its API answering (start-up cost)."""
        out = {k: round(v - t0, 3) for k, v in self.marks.items() if k != "start"}
        if self.api is not None and self.api.ready_s is not None:
            out["temporary_api_start_s"] = self.api.ready_s
        if self.pool is not None:
            out["worker_pool"] = dict(self.pool.stats, workers=self.pool.size)
        return out

    def __exit__(self, *exc) -> None:
        if self._use is not None:
            self._use.__exit__(None, None, None)
            self._use = None
        if self.pool is not None:
            self.pool.close()
        # send Prefect's pending events and logs now, whichever API the run used: a temporary
        # one is stopped next; a configured one must show the run's logs when the run returns
        drained = _drain_prefect()
        global TEMPORARY_API_USED, PREFECT_DRAINED
        if self.api is not None:
            if self.dask:
                _drain_dask_workers(self.dask)  # task-run states from Dask workers are events too
            self.api.stop()
            TEMPORARY_API_USED = True
        elif drained and not self.dask:
            PREFECT_DRAINED = True


@contextmanager
def temporary_prefect_api(log_dir):
    """A temporary Prefect API (``flows.api_server.TempAPI``: its own database copied from the
    empty template, the served routers of ``flows.api_routes``, dying with the run) for a run
    that is not an ingest (``ita rerun``), unless an API is configured (``PREFECT_API_URL``):
    Prefect's own ephemeral server would otherwise start on the user's ``~/.prefect/prefect.db``
    and check its migrations. Started before Prefect is imported where it can (forked), ready
    when the block starts; Prefect's queued events and logs are sent before it stops."""
    from flows.api_server import TempAPI, configured_api_url
    if configured_api_url() is not None:
        yield None
        return
    from pathlib import Path
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    api = TempAPI(log_path=Path(log_dir) / "prefect-api.log").start()
    global TEMPORARY_API_USED
    try:
        from prefect.settings import PREFECT_API_URL, temporary_settings
        if PREFECT_API_URL.value():  # a Prefect profile names an API: use it
            api.stop()
            yield None
            return
        with temporary_settings({PREFECT_API_URL: api.wait_ready()}):
            yield api
    finally:
        if api.home is not None:
            _drain_prefect()
            api.stop()
            TEMPORARY_API_USED = True


def _drain_dask_workers(address: str, timeout_s: float = 30.0) -> None:
    """Flush Prefect's event/log senders in every worker of the Dask cluster (before the
    temporary API stops: else the last task-run states sent from the workers are lost)."""
    try:
        from distributed import Client
        with Client(address, timeout=timeout_s) as client:
            client.run(_drain_prefect)
    except Exception:  # noqa: BLE001 - best effort
        pass


def _drain_prefect(timeout_s: float = 10.0) -> bool:
    """Flush Prefect's background event and log senders (else, at exit, they retry a stopped
    API for seconds). Run in a thread of its own: inside a running event loop (a Dask worker's)
    Prefect's drain would only return a coroutine. True when everything queued was sent in
    time (or Prefect was never imported)."""
    if "prefect" not in sys.modules:
        return True
    sent: list[bool] = []

    def drain() -> None:
        try:
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker
            for worker in (APILogWorker, EventsWorker):
                _, not_done = worker.drain_all(timeout=timeout_s, at_exit=False)
                sent.append(not not_done)  # every sender finished its queue
        except Exception:  # noqa: BLE001 - best effort: the run's result does not depend on it
            sent.append(False)
    import threading
    t = threading.Thread(target=drain, name="prefect-drain", daemon=True)
    t.start()
    t.join(2 * timeout_s + 5)
    return not t.is_alive() and len(sent) == 2 and all(sent)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def __getattr__(name: str):
    """``flows.ingest.ingest_flow`` and its tasks live in ``flows.ingest_flow`` (Prefect import)."""
    if name in ("ingest_flow", "process_task", "fetch_task", "list_source_task"):
        import flows.ingest_flow as m
        return getattr(m, name)
    raise AttributeError(name)
