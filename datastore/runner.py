"""The per-document stage runner: extract → normalize → write, Prefect-free, never raising.

``process_document(ws, pdf_path, source_uri=..., file_name=...)`` runs the stages of one
document, each reading the previous stage's output from the interim store, records every
stage in the ledger, and returns a ``DocResult``. A document that cannot be processed (a
``BadPDF``, any exception, a timeout, the memory cap) ends as a ``failed`` documents row with
its error; the caller goes on with the other documents.

The extract stage runs in a child process (``python -m datastore.runner extract-child ...``,
an argument list, never a shell string) in its own session, with ``RLIMIT_AS`` set in the
child and a wall-clock timeout after which the whole process group is killed. A plain
subprocess is used rather than ``multiprocessing`` so it also works inside daemonic workers
(Dask, process pools), which may not start multiprocessing children.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import json
import os
import signal
import subprocess
import sys
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
_ERROR_FILE = "extract.error.json"
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


# --- the isolated extract stage -----------------------------------------------------------------
def _signal_name(n: int) -> str:
    try:
        return signal.Signals(n).name
    except ValueError:
        return f"signal {n}"


def _log_tail(path: Path, n: int = 300) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return text[-n:].splitlines()[-1] if text else ""


def extract_isolated(pdf_path: Path, doc_id: str, out_path: Path, *, extractor: str = DEFAULT_EXTRACTOR,
                     timeout_s: float = DEFAULT_TIMEOUT_S,
                     mem_limit_mb: int = DEFAULT_MEM_LIMIT_MB) -> tuple[Optional[str], Optional[int]]:
    """Run the extractor on ``pdf_path`` in a child process that saves the Extraction to ``out_path``.

    Returns ``(error, page_count)``: error is None on success; page_count is known when the
    child could count the pages of a PDF it could not extract.
    """
    if not isinstance(extractor, str):
        raise TypeError("extractor must be a 'module:function' string (it is resolved in the child)")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    err_path, log_path = out_path.parent / _ERROR_FILE, out_path.parent / _LOG_FILE
    for p in (out_path, err_path):
        p.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "datastore.runner", "extract-child", f"--pdf={pdf_path}",  # "=": a path
            f"--doc-id={doc_id}", f"--out={out_path}", f"--extractor={extractor}",       # may start with "-"
            f"--mem-mb={int(mem_limit_mb)}", f"--timeout={timeout_s}", f"--parent-pid={os.getpid()}"]
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract: one thread per document process
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, env=env)
        try:
            rc = proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            return f"timeout after {timeout_s:g}s", None
        finally:
            if proc.poll() is None:  # interrupted (KeyboardInterrupt): do not leave it running
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    if rc == 0 and out_path.exists():
        return None, None
    if err_path.exists():
        e = json.loads(err_path.read_text(encoding="utf-8"))
        return e["message"], e.get("page_count")
    if rc < 0:
        return (f"extract process killed by {_signal_name(-rc)} "
                f"(crash, or memory limit of {mem_limit_mb} MB)"), None
    return f"extract process exited with code {rc}: {_log_tail(log_path)}".rstrip(": "), None


def _probe_page_count(pdf_path: str) -> Optional[int]:
    try:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(pdf_path)
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - unreadable: the count is unknown
        return None


def _die_with_parent(parent_pid: Optional[int]) -> None:
    """Linux: SIGKILL this child when its parent dies (a ``kill -9`` of the run must not leave
    extract children behind, since they run in their own session). Exit if it is already gone."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's timeout still bounds the child
        return
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(3)


def _child_main(argv: list[str]) -> int:
    """Entry of the extract child: set the memory cap, extract, save or write an error file."""
    import resource

    ap = argparse.ArgumentParser(prog="datastore.runner extract-child")
    ap.add_argument("--pdf", required=True)
    ap.add_argument("--doc-id", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--extractor", default=DEFAULT_EXTRACTOR)
    ap.add_argument("--mem-mb", type=int, default=DEFAULT_MEM_LIMIT_MB)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S)
    ap.add_argument("--parent-pid", type=int, default=None)
    a = ap.parse_args(argv)
    _die_with_parent(a.parent_pid)
    if a.mem_mb > 0:
        limit = a.mem_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    out = Path(a.out)
    try:
        fn = resolve(a.extractor)
        kwargs = {}
        if "timeout_s" in inspect.signature(fn).parameters:
            kwargs["timeout_s"] = max(1.0, a.timeout * 0.9)  # finish cleanly before the hard kill
        extraction = fn(a.pdf, a.doc_id, **kwargs)
        if not isinstance(extraction, Extraction):
            raise TypeError(f"extractor returned {type(extraction).__name__}, not Extraction")
        if extraction.doc_id != a.doc_id:
            raise ValueError(f"extractor returned doc_id {extraction.doc_id!r}, expected {a.doc_id!r}")
        extraction.save(out)
        return 0
    except MemoryError:
        message, page_count = f"memory limit exceeded ({a.mem_mb} MB)", None
    except BaseException as e:  # noqa: BLE001 - every failure becomes a clear error record
        from_bad_pdf = any(c.__name__ == "BadPDF" for c in type(e).__mro__)
        detail = str(e).strip() or type(e).__name__
        message = detail if from_bad_pdf else f"{type(e).__name__}: {detail}"
        page_count = getattr(e, "page_count", None)
        if page_count is None:
            page_count = _probe_page_count(a.pdf)
        import traceback
        traceback.print_exc()
    tmp = out.parent / (_ERROR_FILE + ".tmp")
    tmp.write_text(json.dumps({"message": message, "page_count": page_count}, ensure_ascii=False),
                   encoding="utf-8")
    tmp.replace(out.parent / _ERROR_FILE)
    return 2


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
                     mem_limit_mb: int = DEFAULT_MEM_LIMIT_MB, extractor: str = DEFAULT_EXTRACTOR,
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

    def fail(stage: str, error: str, started: str, t0: float) -> DocResult:
        res.error, res.failed_stage = error, stage
        res.durations[stage] = round(time.monotonic() - t0, 3)
        led.record_stage(doc_id, LEDGER_STAGE[stage], "failed", error=error, started_at=started,
                         duration_s=res.durations[stage], code_version=stage_version(stage),
                         input_hash=doc_id)
        later = [LEDGER_STAGE[s] for s in STAGES[STAGES.index(stage) + 1:]]
        led.clear_stages(doc_id, later)  # their old results no longer follow from this stage
        if "write" in stages:
            _write_failure(ws, led, res, page_count, stage)
        return res

    for stage in stages:
        started, t0 = utc_now(), time.monotonic()
        res.stages_run.append(stage)
        try:
            if stage == "extract":
                error, page_count = _extract(ws, doc_id, Path(raw_path), extractor, timeout_s, mem_limit_mb)
                if error:
                    return fail(stage, error, started, t0)
                input_hash = doc_id
            elif stage == "normalize":
                extraction = Extraction.load(interim.extract_path(ws.interim_dir, doc_id))
                page_count = extraction.page_count
                input_hash = _normalize(ws, extraction, normalizer)
            else:
                input_hash, records = _write(ws, doc_id, source_uri, file_name, res)
                page_count = records.document.get("page_count", page_count)
        except Exception as e:  # noqa: BLE001 - a bad document must not stop the run
            return fail(stage, f"{stage} stage: {type(e).__name__}: {e}", started, t0)
        res.durations[stage] = round(time.monotonic() - t0, 3)
        led.record_stage(doc_id, LEDGER_STAGE[stage], "ok", started_at=started,
                         duration_s=res.durations[stage], code_version=stage_version(stage),
                         input_hash=input_hash)
    return res


def _extract(ws: Workspace, doc_id: str, raw_path: Path, extractor: str, timeout_s: float,
             mem_limit_mb: int) -> tuple[Optional[str], Optional[int]]:
    """Extract stage: PDF → interim extract.json (isolated child). Returns (error, page_count)."""
    interim.records_path(ws.interim_dir, doc_id).unlink(missing_ok=True)  # stale from now on
    return extract_isolated(raw_path, doc_id, interim.extract_path(ws.interim_dir, doc_id),
                            extractor=extractor, timeout_s=timeout_s, mem_limit_mb=mem_limit_mb)


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
    from datastore.writer import write_records
    src = interim.records_path(ws.interim_dir, doc_id)
    records = Records.load(src)
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
    from datastore.writer import failed_records, pipeline_version, write_records
    started, t0 = utc_now(), time.monotonic()
    try:
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


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "extract-child":
        sys.exit(_child_main(sys.argv[2:]))
    sys.exit("usage: python -m datastore.runner extract-child --pdf P --doc-id D --out F")
