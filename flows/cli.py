"""The ``ita`` command line: ingest, rerun, status, tables, repair, serve.

Heavy modules (Prefect, pyarrow, pdfplumber) are imported inside the commands that need
them, so ``ita repair`` / ``ita status`` / ``ita tables`` start fast.

Exit codes: 0 done, nothing failed; 1 the run could not proceed (an error stopped it: source
unreadable, no space left, a crash); 2 usage; 3 the data directory or dataset is locked by
another run; 4 a pipeline component is missing (not installed / not written yet); 5 the run
finished but some documents or source items failed (each listed on one line; known failures
not attempted again this run — a parked download, a document already failed by the same code —
are listed and do not change the code).

Expected failures are one line each; tracebacks go to the ``ita`` logger at debug level.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

from flows.outcome import failure_line, io_error_line, warn_disk

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_MISSING, EXIT_FAILED = 0, 1, 2, 3, 4, 5
log = logging.getLogger("ita")
STAGE_CHOICES = ("extract", "normalize", "write")
_LEDGER_TO_STAGE = {"fetched": "extract", "extracted": "extract", "normalized": "normalize", "written": "write"}


class CLIError(Exception):
    """A user-facing error: printed as ``ita: <message>`` with its exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.code = code


def _need(module: str, what: str):
    """Import a pipeline module, or stop with a clear message (exit 4) if it does not exist."""
    import importlib
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and (module == e.name or module.startswith(e.name + ".")):
            raise CLIError(f"{what} is not available: module {module} is missing", EXIT_MISSING) from e
        raise


def _need_stages(stages: set[str]) -> None:
    """Stop with exit 4 if a stage function the run will call cannot be imported."""
    from datastore import runner
    for stage, spec in (("extract", runner.DEFAULT_EXTRACTOR), ("normalize", runner.DEFAULT_NORMALIZER)):
        if stage not in stages and not (stage == "normalize" and "extract" in stages):
            continue
        try:
            runner.resolve(spec)
        except (ImportError, AttributeError, FileNotFoundError) as e:
            raise CLIError(f"the {stage} stage is not available ({spec}): {e}", EXIT_MISSING) from None


def _version() -> str:
    from importlib import metadata
    try:
        return metadata.version("ita-dataset")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _workspace(out: str, work: Optional[str]):
    from datastore.workspace import Workspace
    return Workspace.for_output(out, work)


# --- ingest -------------------------------------------------------------------------------
def cmd_ingest(a: argparse.Namespace) -> int:
    from datastore.lock import LockBusy, hold_lock
    from datastore.sources import SourceError
    from datastore.writer import sweep_temp_files
    ws = _workspace(a.out, a.work)
    source = a.source
    if not source.startswith(("http://", "https://")) and not Path(source).exists():
        if "://" in source:
            raise CLIError(f"only http:// and https:// sources are supported, not {source!r}", EXIT_USAGE)
        raise CLIError(f"source not found: {source}", EXIT_USAGE)
    try:
        with hold_lock(ws.lock_path, purpose="ita ingest", dataset=ws.processed_dir):
            ws.ensure()
            sweep_temp_files(ws.processed_dir, ws.raw_dir)
            flow = _need("flows.ingest", "the ingest flow")
            _need_stages({"extract"})
            report = flow.ingest(source, str(ws.processed_dir), work_dir=str(ws.work_dir),
                                 workers=a.workers, dask_address=a.dask_address,
                                 progress=not a.no_progress)
    except LockBusy as e:
        raise CLIError(str(e), EXIT_LOCKED) from None
    except SourceError as e:
        raise CLIError(f"source {source}: {e}") from None
    except OSError as e:
        raise CLIError(io_error_line(e, ws)) from None
    _print_report(report)
    warn_disk(ws)
    return EXIT_FAILED if isinstance(report, dict) and report.get("failed") else EXIT_OK


def _print_report(report) -> None:
    """Print the run report: its scalar fields, and list-valued fields as counts (failures and
    parked downloads one line each)."""
    if not isinstance(report, dict):
        print(report)
        return
    for k, v in report.items():
        if isinstance(v, (list, tuple)):
            print(f"{k}: {len(v)}")
            for item in v:
                if isinstance(item, dict) and item.get("error"):
                    line = failure_line(item)
                    print("  " + (line.replace("failed ", "parked ", 1) if item.get("kind") == "parked" else line))
        elif isinstance(v, dict):
            print(f"{k}: {json.dumps(v, ensure_ascii=False, default=str)}")
        else:
            print(f"{k}: {v}")


# --- rerun ---------------------------------------------------------------------------------
def _rerun_plan(ws, a: argparse.Namespace) -> list[tuple[str, str]]:
    """The (doc_id, from_stage) pairs a rerun will process, chosen from the ledger."""
    from datastore.ledger import Ledger
    from datastore.runner import resume_stage
    led = Ledger(ws.ledger_path)
    if a.failed:
        plan = []
        for f in led.failed_docs():
            wanted = _LEDGER_TO_STAGE[f["stage"]]
            plan.append((f["doc_id"], resume_stage(ws, f["doc_id"], wanted)))
        return plan
    if a.doc:
        matches = [d["doc_id"] for d in led.docs() if d["doc_id"].startswith(a.doc.lower())]
        if len(matches) != 1:
            raise CLIError(f"--doc {a.doc}: {'no' if not matches else 'more than one'} document in the "
                           f"ledger matches", EXIT_USAGE)
        doc_id, wanted = matches[0], a.from_stage or "extract"
        start = resume_stage(ws, doc_id, wanted)
        if start != wanted:
            raise CLIError(f"cannot re-run {doc_id[:12]} from {wanted}: the {wanted} stage's input is not "
                           f"kept; use --from {start}", EXIT_USAGE)
        return [(doc_id, start)]
    wanted = a.from_stage or "extract"
    plan, skipped = [], []
    for d in led.docs():
        if (d["stages"].get("written") or {}).get("status") == "superseded":
            continue  # an old version of a source that changed: not part of the dataset any more
        start = resume_stage(ws, d["doc_id"], wanted)
        (plan if start == wanted else skipped).append((d["doc_id"], start))
    for doc_id, _ in skipped:
        print(f"skipped {doc_id[:12]}: no kept input for the {wanted} stage (it failed earlier; "
              "see `ita rerun --failed`)", file=sys.stderr)
    return plan


def cmd_rerun(a: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor
    from datastore.lock import LockBusy, hold_lock
    from datastore.runner import DocResult, MissingStageInput, process_document
    from datastore.writer import sweep_temp_files
    ws = _workspace(a.out, a.work)
    if a.from_stage and a.failed:
        raise CLIError("--failed re-runs each document from its failed stage; drop --from", EXIT_USAGE)
    if not ws.work_dir.is_dir():
        raise CLIError(f"no ledger at {ws.ledger_path}: nothing was ingested into {ws.processed_dir}", EXIT_USAGE)
    source_failures: list[dict] = []
    try:
        with hold_lock(ws.lock_path, purpose="ita rerun", dataset=ws.processed_dir):
            if not ws.ledger_path.exists():  # checked under the lock: an ingest may be creating it
                raise CLIError(f"no ledger at {ws.ledger_path}: nothing was ingested into {ws.processed_dir}",
                               EXIT_USAGE)
            sweep_temp_files(ws.processed_dir, ws.raw_dir)
            plan = _rerun_plan(ws, a)
            fetched: list[dict] = []
            if a.failed:  # source items that never became documents: fetch them again first
                from datastore.refetch import retry_failed_sources
                fetched, source_failures = retry_failed_sources(ws)
                planned = {d for d, _ in plan}
                plan += [(f["sha256"], f) for f in fetched if f["sha256"] not in planned]
            _need_stages({stage if isinstance(stage, str) else "extract" for _, stage in plan})
            if not plan and not source_failures:
                print("nothing to re-run")
                return EXIT_OK

            def run(item):
                doc_id, stage = item
                try:
                    kw = {"timeout_s": a.timeout} if a.timeout else {}
                    if isinstance(stage, dict):  # a source item fetched just now: the whole pipeline
                        return process_document(ws, stage["path"], source_uri=stage["source_uri"],
                                                file_name=stage["file_name"], **kw)
                    return process_document(ws, doc_id=doc_id, from_stage=stage, **kw)
                except MissingStageInput as e:  # e.g. the raw PDF was removed: report, go on
                    return DocResult(doc_id=doc_id, source_uri="", file_name="", error=str(e),
                                     failed_stage=stage if isinstance(stage, str) else "extract")

            with ThreadPoolExecutor(max_workers=max(1, a.workers)) as pool:
                results = list(pool.map(run, plan))
    except LockBusy as e:
        raise CLIError(str(e), EXIT_LOCKED) from None
    except OSError as e:
        raise CLIError(io_error_line(e, ws)) from None
    for (doc_id, stage), r in zip(plan, results):
        stage = stage if isinstance(stage, str) else "fetch"
        if r.failed_stage or not r.status:
            print(failure_line({**r.to_dict(), "failed_stage": r.failed_stage or stage}))
        else:
            print(f"{r.status:9} {doc_id[:12]} from {stage:9} {r.source_uri or r.file_name}")
    for f in source_failures:
        print(failure_line(f))
    failed = sum(bool(r.failed_stage or not r.status) for r in results) + len(source_failures)
    n_src = len(source_failures) + len(fetched)
    print(f"re-ran {len(results)} document(s)" + (f" and {n_src} source item(s)" if n_src else "") +
          f"; {failed} failed")
    warn_disk(ws)
    return EXIT_FAILED if failed else EXIT_OK


# --- status --------------------------------------------------------------------------------
def cmd_status(a: argparse.Namespace) -> int:
    """Read-only: changes nothing in the dataset or the ledger (see ``flows.status``)."""
    ws = _workspace(a.data_dir, a.work)
    if not (ws.processed_dir / "documents").is_dir() and not ws.ledger_path.exists():
        raise CLIError(f"no dataset at {ws.processed_dir} (and no ledger at {ws.ledger_path})", EXIT_USAGE)
    from flows.status import print_status
    print_status(ws)
    return EXIT_OK


# --- tables ----------------------------------------------------------------------------------
def _table_fields(t) -> tuple[int, int, tuple, list]:
    """(page, index, bbox, rows) of a table report item (a RawTable or a dict)."""
    get = (lambda k: t.get(k)) if isinstance(t, dict) else (lambda k: getattr(t, k, None))
    return get("page"), get("index"), tuple(get("bbox") or ()), get("rows") or []


def cmd_tables(a: argparse.Namespace) -> int:
    pdf = Path(a.pdf)
    if not pdf.is_file():
        raise CLIError(f"no such file: {pdf}", EXIT_USAGE)
    inspect_mod = _need("extractors.inspect", "table inspection")
    thai = _need("normalizers.thai_text", "Thai text repair")
    try:
        pages = inspect_mod.parse_pages(a.pages) if a.pages else None
    except ValueError as e:
        raise CLIError(f"--pages {a.pages}: {e}", EXIT_USAGE) from None
    from extractors.errors import BadPDF
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


# --- repair ------------------------------------------------------------------------------------
def cmd_repair(a: argparse.Namespace) -> int:
    thai = _need("normalizers.thai_text", "Thai text repair")
    out = sys.stdout.buffer
    for n, raw in enumerate(sys.stdin.buffer, 1):  # bytes split on \n: the line count is kept
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise CLIError(f"input line {n} is not UTF-8 ({e.reason})", EXIT_USAGE) from None
        body = line.rstrip("\r\n")
        out.write((thai.repair(body) + line[len(body):]).encode("utf-8"))
    out.flush()
    return EXIT_OK


# --- serve ---------------------------------------------------------------------------------------
def cmd_serve(a: argparse.Namespace) -> int:
    serve_mod = _need("flows.serve", "the nightly deployment")
    try:
        serve_mod.serve(cron=a.cron, timezone=a.tz, source=a.source, out_dir=a.out, work_dir=a.work,
                        workers=a.workers)
    except RuntimeError as e:  # e.g. no Prefect server configured
        raise CLIError(str(e)) from None
    return EXIT_OK


# --- parser --------------------------------------------------------------------------------------
def _positive_int(text: str) -> int:
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ita", description="Thai ITA report PDFs → a Parquet dataset.",
        epilog="exit status: 0 done; 1 the run could not proceed; 2 usage; 3 locked by another run; "
               "4 a component is missing; 5 finished, but some documents or source items failed")
    p.add_argument("--version", action="version", version=f"ita {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def data_args(sp, out_default="data/processed"):
        sp.add_argument("--out", default=out_default, help="dataset directory (default: %(default)s)")
        sp.add_argument("--work", default=None, help="work directory for interim files, ledger and lock "
                        "(default: $ITA_WORK_DIR, else data/ for data/processed, else OUT/.ita)")

    sp = sub.add_parser("ingest", help="ingest PDFs from a directory, an http(s) index page or a manifest")
    sp.add_argument("source", nargs="?", default="data/raw",
                    help="directory, http(s) index URL, or manifest .csv/.json (default: %(default)s)")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=2, help="documents processed in parallel (default: 2)")
    sp.add_argument("--dask-address", default=None, help="run on a Dask cluster (tcp://host:port)")
    sp.add_argument("--no-progress", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("rerun", help="re-run failed documents, one document, or all from a stage")
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--failed", action="store_true", help="failed documents, each from its failed stage")
    g.add_argument("--doc", metavar="ID", help="one document (doc_id or a unique prefix)")
    g.add_argument("--all", action="store_true", help="every document in the ledger")
    sp.add_argument("--from", dest="from_stage", choices=STAGE_CHOICES, default=None,
                    help="first stage to run (default: extract); normalize re-uses kept extract.json")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=1, help="documents in parallel (default: 1)")
    sp.add_argument("--timeout", type=float, default=None, help="per-document extract timeout, s "
                    "(default: $ITA_DOC_TIMEOUT_S or 600)")
    sp.set_defaults(func=cmd_rerun)

    sp = sub.add_parser("status", help="documents by status and the ledger's stage counts and failures")
    sp.add_argument("data_dir", nargs="?", default="data/processed", help="dataset directory (default: %(default)s)")
    sp.add_argument("--work", default=None, help="work directory (default as for ingest)")
    sp.set_defaults(func=cmd_status)

    sp = sub.add_parser("tables", help="print the tables of a PDF with repaired cell text, or write CSVs")
    sp.add_argument("pdf")
    sp.add_argument("--pages", default=None, help="pages, e.g. 2-4 or 1,3")
    sp.add_argument("--out", default=None, help="write one CSV per table (UTF-8 with BOM) here")
    sp.set_defaults(func=cmd_tables)

    sp = sub.add_parser("repair", help="repair Thai text: UTF-8 lines on stdin → repaired lines on stdout")
    sp.set_defaults(func=cmd_repair)

    sp = sub.add_parser("serve", help="serve the nightly ingest deployment on a Prefect server")
    sp.add_argument("--cron", default="0 2 * * *", help="schedule (default: %(default)s)")
    sp.add_argument("--tz", default="Asia/Bangkok", help="time zone of the schedule (default: %(default)s)")
    sp.add_argument("--source", default="data/raw", help="source to ingest nightly (default: %(default)s)")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=2, help="documents processed in parallel (default: 2)")
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    if not getattr(a, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return a.func(a)
    except CLIError as e:
        print(f"ita: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("ita: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as e:  # noqa: BLE001 - a crash: one clear line; the traceback to the log (debug)
        log.debug("ita %s failed", a.command, exc_info=True)
        from datastore.errors import describe_os_error
        text = describe_os_error(e) if isinstance(e, OSError) else f"{type(e).__name__}: {e}"
        print(f"ita {a.command}: cannot proceed: {text}", file=sys.stderr)
        return EXIT_ERROR

if __name__ == "__main__":
    sys.exit(main())
