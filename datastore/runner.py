"""The per-document stage runner: extract → normalize → write, Prefect-free, never raising.

``process_document(ws, pdf_path, source_uri=..., file_name=...)`` runs the stages of one
document, each reading the previous stage's output from the interim store, records every
stage in the ledger, and returns a ``DocResult``. A document that cannot be processed (a
``BadPDF``, any exception, a timeout, the memory cap) ends as a ``failed`` documents row with
its error; the caller goes on with the other documents.

The extract stage, and the normalize stage when its function is named by a spec, run as one
job in a long-lived worker process of ``datastore.pool`` (``python -m datastore.worker``, its
own session, recycled after N documents or on memory growth) under per-document limits:
memory (``RLIMIT_AS`` in the worker + an RSS watchdog, ``$ITA_MEM_LIMIT_MB``, default 1024)
and wall time (``$ITA_DOC_TIMEOUT_S``); past either the worker's process group is killed, the
document fails ``resource_limit: …`` and a fresh worker takes the next one. Plain
subprocesses are used rather than ``multiprocessing`` so this also works inside daemonic
workers (Dask, process pools), which may not start multiprocessing children.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional, Union

from datastore import interim
from datastore.ledger import Ledger, utc_now
from datastore.settings import settings
from datastore.workspace import Workspace
from extractors.model import EXTRACT_VERSION, Extraction
from normalizers.model import NORMALIZE_VERSION, Records

STAGES = ("extract", "normalize", "write")
LEDGER_STAGE = {"extract": "extracted", "normalize": "normalized", "write": "written"}
_LEDGER_STAGE_ALL = {"fetch": "fetched", **LEDGER_STAGE}
# "module:function" specs of the stage functions; the environment may name others (e.g. to try
# an alternative extractor on a corpus) without code changes.
DEFAULT_EXTRACTOR = settings().extractor  # $ITA_EXTRACTOR (datastore.settings)
DEFAULT_NORMALIZER = settings().normalizer  # $ITA_NORMALIZER
DEFAULT_TIMEOUT_S = settings().doc_timeout_s  # per-document extract wall time, $ITA_DOC_TIMEOUT_S
DEFAULT_MEM_LIMIT_MB = settings().mem_limit_mb  # $ITA_MEM_LIMIT_MB
_ERROR_FILE = "extract.error.json"  # written by the old one-process-per-document runner; unused
_LOG_FILE = "extract.log"


class MissingStageInput(FileNotFoundError):
    """The input of the first requested stage is not there (raw PDF, extract.json, records.json).

    A caller error, not a bad document: nothing is recorded or written. See ``resume_stage``.
    """


@dataclass
class DocResult:
    """What happened to one document in one call of ``process_document``."""

    doc_id: str
    source_uri: str
    file_name: str
    status: Optional[str] = None  # documents.status written (ok/partial/not_ita/failed); None if not written
    error: Optional[str] = None
    failed_stage: Optional[str] = None  # extract / normalize / write
    stages_run: list[str] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=dict)  # seconds per stage
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table

    def to_dict(self) -> dict:
        return asdict(self)


# --- resolving stage functions ----------------------------------------------------------------
def resolve(spec: Union[str, Callable]) -> Callable:
    """``"pkg.module:func"`` or ``"/path/file.py:func"`` (or a callable) → the callable."""
    if callable(spec):
        return spec
    mod_name, _, func = spec.rpartition(":")
    if not mod_name or not func:
        raise ValueError(f"stage function spec must be 'module:function', got {spec!r}")
    if mod_name.endswith(".py"):
        s = importlib.util.spec_from_file_location(Path(mod_name).stem, mod_name)
        if s is None or s.loader is None:
            raise ImportError(f"cannot load {mod_name}")
        mod = importlib.util.module_from_spec(s)
        s.loader.exec_module(mod)
    else:
        mod = importlib.import_module(mod_name)
    return getattr(mod, func)


# --- the isolated stages (worker pool) -------------------------------------------------------------
def job_for(ws: Workspace, doc_id: str, raw_path: Optional[str], stages: list[str], extractor: str,
            normalizer: str) -> dict:
    """The ``datastore.worker`` job running ``stages`` (extract and/or normalize) of one document."""
    return {"stages": list(stages), "pdf": str(raw_path) if raw_path else None, "doc_id": doc_id,
            "extract_out": str(interim.extract_path(ws.interim_dir, doc_id)),
            "records_out": str(interim.records_path(ws.interim_dir, doc_id)),
            "extractor": extractor, "normalizer": normalizer,
            "log": str(interim.doc_dir(ws.interim_dir, doc_id) / _LOG_FILE)}


def job_key(job: dict) -> tuple:
    """What makes two jobs the same work (for ``WorkerPool.prefetch``/``claim``)."""
    return tuple(json.dumps(job.get(k)) for k in ("stages", "pdf", "doc_id", "extract_out", "records_out",
                                                   "extractor", "normalizer"))


def prefetch(ws: Workspace, docs: list[dict], *, pool, extractor: str = DEFAULT_EXTRACTOR,
             normalizer: str = DEFAULT_NORMALIZER, timeout_s: float = DEFAULT_TIMEOUT_S) -> int:
    """Queue extract + normalize of fetched documents (``{"sha256", "path"}`` dicts) on ``pool``
    before their tasks exist; ``process_document`` then claims the running or finished job.
    Returns how many were queued."""
    ws.ensure()
    n = 0
    for d in docs:
        if not isinstance(extractor, str) or not isinstance(normalizer, str):
            break
        try:
            job = job_for(ws, d["sha256"], str(Path(d["path"]).resolve()), ["extract", "normalize"],
                          extractor, normalizer)
            interim.doc_dir(ws.interim_dir, d["sha256"]).mkdir(parents=True, exist_ok=True)
        except (OSError, ValueError):  # e.g. its interim directory cannot be made: its task reports it
            continue
        pool.prefetch(job_key(job), job, timeout_s)
        n += 1
    return n


def run_job(job: dict, *, timeout_s: float, mem_limit_mb: Optional[int] = None, pool=None) -> dict:
    """Run a worker job (claiming a prefetched one) and return the worker's answer."""
    from datastore.pool import WorkerPool, active_pool
    pool = pool or active_pool()
    Path(job["extract_out"]).parent.mkdir(parents=True, exist_ok=True)
    if mem_limit_mb is not None and int(mem_limit_mb) != pool.mem_limit_mb:
        with WorkerPool(1, mem_limit_mb=int(mem_limit_mb)) as own:  # a limit of its own: a worker of its own
            return own.submit(job, timeout_s).result()
    fut = pool.claim(job_key(job))
    if fut is None:
        fut = pool.submit(job, timeout_s)
    return fut.result()


def extract_isolated(pdf_path: Path, doc_id: str, out_path: Path, *, extractor: str = DEFAULT_EXTRACTOR,
                     timeout_s: float = DEFAULT_TIMEOUT_S,
                     mem_limit_mb: Optional[int] = None) -> tuple[Optional[str], Optional[int]]:
    """Run the extractor on ``pdf_path`` in a pool worker that saves the Extraction to ``out_path``.

    Returns ``(error, page_count)``: error is None on success; page_count is known when the
    worker could count the pages of a PDF it could not extract.
    """
    if not isinstance(extractor, str):
        raise TypeError("extractor must be a 'module:function' string (it is resolved in the worker)")
    job = {"stages": ["extract"], "pdf": str(pdf_path), "doc_id": doc_id, "extract_out": str(out_path),
           "records_out": None, "extractor": extractor, "normalizer": None,
           "log": str(Path(out_path).parent / _LOG_FILE)}
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    answer = run_job(job, timeout_s=timeout_s, mem_limit_mb=mem_limit_mb)
    r = answer.get("stages", {}).get("extract") or {}
    if answer.get("error"):
        return answer["error"], None
    return (None if r.get("ok") else r.get("error")), r.get("page_count")


# --- the runner ------------------------------------------------------------------------------
def resume_stage(ws: Workspace, doc_id: str, wanted: str) -> str:
    """The stage a re-run can start from: ``wanted`` if its input is kept, else the earliest
    earlier stage whose input is kept (``extract`` needs the raw PDF, found via the ledger)."""
    if wanted == "write" and interim.records_path(ws.interim_dir, doc_id).exists():
        return "write"
    if wanted in ("write", "normalize") and interim.extract_path(ws.interim_dir, doc_id).exists():
        return "normalize"
    return "extract"


def _stage_list(from_stage: str, to_stage: str) -> list[str]:
    if from_stage not in STAGES or to_stage not in STAGES:
        raise ValueError(f"stages are {STAGES}; got {from_stage!r}..{to_stage!r}")
    i, j = STAGES.index(from_stage), STAGES.index(to_stage)
    if i > j:
        raise ValueError(f"from_stage {from_stage!r} comes after to_stage {to_stage!r}")
    return list(STAGES[i:j + 1])


def process_document(ws: Workspace, pdf_path: Optional[str | Path] = None, *,
                     source_uri: Optional[str] = None, file_name: Optional[str] = None,
                     doc_id: Optional[str] = None, from_stage: str = "extract",
                     to_stage: str = "write", timeout_s: float = DEFAULT_TIMEOUT_S,
                     mem_limit_mb: Optional[int] = None, extractor: str = DEFAULT_EXTRACTOR,
                     normalizer: Union[str, Callable[[Extraction], Records]] = DEFAULT_NORMALIZER,
                     ledger: Optional[Ledger] = None) -> DocResult:
    """Run stages ``from_stage``..``to_stage`` of one document; never raises for a bad document.

    ``pdf_path`` is needed from ``extract`` (doc_id = its sha256); later stages need only
    ``doc_id`` and the kept interim files. ``source_uri``/``file_name`` default to what the
    ledger knows, else the path and its name. On failure the stage is recorded ``failed`` in
    the ledger and, when ``to_stage`` is ``write``, a ``failed`` documents row is written with
    the error (replacing the document's previous rows).
    """
    stages = _stage_list(from_stage, to_stage)
    ws.ensure()
    led = ledger or Ledger(ws.ledger_path)
    if pdf_path is not None and not Path(pdf_path).is_file():
        raise MissingStageInput(f"raw PDF not found: {pdf_path}")
    if doc_id is None:
        if pdf_path is None:
            raise ValueError("process_document needs pdf_path or doc_id")
        doc_id = interim.file_sha256(pdf_path)
    interim.check_doc_id(doc_id)
    known = led.doc(doc_id) or {}
    raw_path = str(Path(pdf_path).resolve()) if pdf_path else known.get("raw_path")
    _check_input(ws, doc_id, stages[0], raw_path)
    source_uri = source_uri or known.get("source_uri") or raw_path or doc_id
    file_name = file_name or known.get("file_name") or (Path(raw_path).name if raw_path else doc_id)
    led.upsert_document(doc_id, source_uri=source_uri, file_name=file_name,
                        raw_path=str(Path(pdf_path).resolve()) if pdf_path else None)
    res = DocResult(doc_id=doc_id, source_uri=source_uri, file_name=file_name)
    page_count: Optional[int] = None

    def fail(stage: str, error: str, started: str, duration: float) -> DocResult:
        res.error, res.failed_stage = error, stage
        res.durations[stage] = round(duration, 3)
        led.record_stage(doc_id, LEDGER_STAGE[stage], "failed", error=error, started_at=started,
                         duration_s=res.durations[stage], code_version=stage_version(stage),
                         input_hash=doc_id)
        later = [LEDGER_STAGE[s] for s in STAGES[STAGES.index(stage) + 1:]]
        led.clear_stages(doc_id, later)  # their old results no longer follow from this stage
        if "write" in stages:
            _write_failure(ws, led, res, page_count, stage)
        return res

    # extract, and normalize when it is named by a spec, run in a pool worker (one job)
    in_worker = [s for s in stages if s == "extract" or (s == "normalize" and isinstance(normalizer, str))]
    answer: dict = {}
    if in_worker:
        if not isinstance(extractor, str):
            raise TypeError("extractor must be a 'module:function' string (it is resolved in the worker)")
        job_started, t0 = utc_now(), time.monotonic()
        job = job_for(ws, doc_id, raw_path, in_worker, extractor, normalizer if isinstance(normalizer, str) else None)
        try:
            answer = run_job(job, timeout_s=timeout_s, mem_limit_mb=mem_limit_mb)
        except Exception as e:  # noqa: BLE001 - e.g. no worker could start: this document fails
            answer = {"error": f"worker pool: {type(e).__name__}: {e}", "stages": {}}
        answer.setdefault("duration", time.monotonic() - t0)

    for stage in stages:
        res.stages_run.append(stage)
        if stage in in_worker:
            r = answer.get("stages", {}).get(stage)
            if r is None:  # the worker was killed in this stage (limit, crash) or never started
                done = sum(x.get("duration", 0) for x in answer.get("stages", {}).values())
                return fail(stage, answer.get("error") or f"{stage} stage: no answer from the worker",
                            job_started, max(0.0, answer["duration"] - done))
            page_count = r.get("page_count") or page_count
            if not r["ok"]:
                return fail(stage, r["error"], r["started"], r["duration"])
            res.durations[stage] = r["duration"]
            led.record_stage(doc_id, LEDGER_STAGE[stage], "ok", started_at=r["started"],
                             duration_s=r["duration"], code_version=stage_version(stage),
                             input_hash=doc_id if stage == "extract" else r["input_hash"])
            continue
        started, t0 = utc_now(), time.monotonic()
        try:
            if stage == "normalize":
                extraction = Extraction.load(interim.extract_path(ws.interim_dir, doc_id))
                page_count = extraction.page_count
                input_hash = _normalize(ws, extraction, normalizer)
            else:
                input_hash, records = _write(ws, doc_id, source_uri, file_name, res)
                page_count = records.document.get("page_count", page_count)
        except Exception as e:  # noqa: BLE001 - a bad document must not stop the run
            return fail(stage, f"{stage} stage: {type(e).__name__}: {e}", started, time.monotonic() - t0)
        res.durations[stage] = round(time.monotonic() - t0, 3)
        led.record_stage(doc_id, LEDGER_STAGE[stage], "ok", started_at=started,
                         duration_s=res.durations[stage], code_version=stage_version(stage),
                         input_hash=input_hash)
    return res


def _normalize(ws: Workspace, extraction: Extraction, normalizer) -> str:
    """Normalize stage: the kept extraction → records.json. Returns the input (extract.json) hash."""
    doc_id = extraction.doc_id
    interim.records_path(ws.interim_dir, doc_id).unlink(missing_ok=True)
    records = resolve(normalizer)(extraction)
    if not isinstance(records, Records) or records.doc_id != doc_id:
        raise ValueError(f"normalizer returned {type(records).__name__} for another document")
    interim.save_records(ws.interim_dir, records)
    return interim.file_sha256(interim.extract_path(ws.interim_dir, doc_id))


def _write(ws: Workspace, doc_id: str, source_uri: str, file_name: str, res: DocResult) -> tuple[str, Records]:
    """Write stage: records.json → the dataset's files; fills ``res`` rows/status/error."""
    from datastore.compact import evict
    from datastore.writer import write_records
    src = interim.records_path(ws.interim_dir, doc_id)
    records = Records.load(src)
    evict(ws.processed_dir, [doc_id])  # its rows in a compacted part would be duplicated
    res.rows = write_records(records, ws.processed_dir, source_uri=source_uri, file_name=file_name)
    res.status, res.error = records.document.get("status"), records.document.get("error")
    return interim.file_sha256(src), records


def record_failure(ws: Workspace, *, doc_id: str, source_uri: str, file_name: str, error: str,
                   stage: str = "fetch", raw_path: Optional[str] = None,
                   page_count: Optional[int] = None, ledger: Optional[Ledger] = None) -> DocResult:
    """Record a document rejected before the runner could process it (e.g. the fetch stage's
    PDF magic-byte check on bytes whose sha256 is ``doc_id``): a ``failed`` documents row with
    ``error`` and the stage failed in the ledger. Never raises for the document."""
    if stage not in ("fetch", *STAGES):
        raise ValueError(f"unknown stage {stage!r}")
    interim.check_doc_id(doc_id)
    ws.ensure()
    led = ledger or Ledger(ws.ledger_path)
    led.upsert_document(doc_id, source_uri=source_uri, file_name=file_name, raw_path=raw_path)
    led.record_stage(doc_id, _LEDGER_STAGE_ALL[stage], "failed", error=error, code_version=stage_version(stage),
                     input_hash=doc_id)
    res = DocResult(doc_id=doc_id, source_uri=source_uri, file_name=file_name, error=error,
                    failed_stage=stage)
    _write_failure(ws, led, res, page_count, stage)
    return res


def _check_input(ws: Workspace, doc_id: str, first: str, raw_path: Optional[str]) -> None:
    """Raise ``MissingStageInput`` unless the first stage's input exists."""
    if first == "extract":
        if not raw_path or not Path(raw_path).is_file():
            raise MissingStageInput(f"{doc_id[:12]}: raw PDF not found ({raw_path}); cannot run extract")
    elif first == "normalize":
        if not interim.extract_path(ws.interim_dir, doc_id).exists():
            raise MissingStageInput(f"{doc_id[:12]}: no kept extract.json; run from extract")
    elif not interim.records_path(ws.interim_dir, doc_id).exists():
        raise MissingStageInput(f"{doc_id[:12]}: no kept records.json; run from normalize")


def stage_version(stage: str) -> str:
    """The code version the ledger records for a stage (``write``: the full pipeline_version)."""
    from datastore.writer import pipeline_version
    return {"fetch": "fetch.1", "extract": EXTRACT_VERSION, "normalize": NORMALIZE_VERSION,
            "write": pipeline_version()}[stage]


def _write_failure(ws: Workspace, led: Ledger, res: DocResult, page_count: Optional[int], stage: str) -> None:
    """Write the failed documents row of ``res`` (replacing the document's rows) and record it."""
    from datastore.compact import evict
    from datastore.writer import failed_records, pipeline_version, write_records
    started, t0 = utc_now(), time.monotonic()
    try:
        evict(ws.processed_dir, [res.doc_id])
        res.rows = write_records(failed_records(res.doc_id, res.error, page_count=page_count, stage=stage),
                                 ws.processed_dir, source_uri=res.source_uri, file_name=res.file_name)
        res.status = "failed"
        if stage != "write":  # a failed write stays failed in the ledger, with the row written
            led.record_stage(res.doc_id, "written", "ok", started_at=started,
                             duration_s=round(time.monotonic() - t0, 3), code_version=pipeline_version(),
                             input_hash=res.doc_id)
    except Exception as e:  # noqa: BLE001 - e.g. disk full: the ledger says so
        led.record_stage(res.doc_id, "written", "failed", error=f"writing the failure row: {e}",
                         started_at=started, code_version=pipeline_version(), input_hash=res.doc_id)


_stage_version = stage_version  # old name, used by flows.ingest
