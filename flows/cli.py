"""The ``ita`` command line: ingest, rerun, status, check, tables, repair, serve.

Heavy modules (Prefect, pyarrow, pdfplumber) are imported inside the commands that need
them, so ``ita repair`` / ``ita status`` / ``ita tables`` start fast.

Exit codes: 0 done, nothing failed; 1 the run could not proceed (an error stopped it: source
unreadable, no space left, a crash); 2 usage; 3 the data directory or dataset is locked by
another run; 4 a pipeline component is missing (not installed / not written yet); 5 the run
finished but some documents or source items failed (each listed on one line; known failures
not attempted again this run — a parked download, a document already failed by the same code —
are listed and do not change the code).

Expected failures are one line each; tracebacks go to the ``ita`` logger at debug level.

Common options: ``-v``/``-vv`` (more log lines: info, debug; Prefect's own console lines;
tracebacks of unexpected errors), ``-q`` (errors only); ``--json`` (ingest, rerun, status,
check) prints one JSON document on stdout instead of text. Configuration: the options, then
the ``ITA_*`` environment variables (``datastore.settings``, docs/configuration.md).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_MISSING, EXIT_FAILED = 0, 1, 2, 3, 4, 5
log = logging.getLogger("ita")
STAGE_CHOICES = ("extract", "normalize", "write")
FAIL_ON = ("failed", "partial", "never")  # flows.report.FAIL_ON (not imported: fast start)
_LEDGER_TO_STAGE = {"fetched": "extract", "extracted": "extract", "normalized": "normalize", "written": "write"}


from flows.outcome import failure_line, io_error_line, warn_disk  # noqa: E402 - light module


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
    from datastore.version import __version__
    return __version__


def _emit_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


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
                                 progress=not a.no_progress and not a.json, fail_on=a.fail_on)
    except LockBusy as e:
        raise CLIError(str(e), EXIT_LOCKED) from None
    except SourceError as e:
        raise CLIError(f"source {source}: {e}") from None
    except OSError as e:
        raise CLIError(io_error_line(e, ws)) from None
    except Exception as e:  # noqa: BLE001 - the source could not be listed: name it, one line
        import httpx
        if isinstance(e, httpx.HTTPError):
            raise CLIError(f"cannot list the source {source}: {type(e).__name__}: {e}") from None
        raise
    if a.json:
        _emit_json(report)
    else:
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
        if k in ("needs_look", "results"):
            continue  # the failures are listed under "failed"; "results" are printed by the caller
        if isinstance(v, (list, tuple)) and k == "top_flags":
            print(f"{k}: " + ", ".join(f"{kind} {n}" for kind, n in v))
        elif isinstance(v, (list, tuple)):
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
    from datastore.lock import LockBusy, hold_lock
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
                if a.json:
                    _emit_json({"mode": "rerun", "results": [], "statuses": {}, "failed": []})
                else:
                    print("nothing to re-run")
                return EXIT_OK
            rerun_mod = _need("flows.rerun_flow", "the re-run flow")
            label = "rerun --failed" if a.failed else (f"rerun --doc {a.doc}" if a.doc else "rerun --all")
            report = rerun_mod.rerun(str(ws.processed_dir), str(ws.work_dir), plan, workers=a.workers,
                                     timeout_s=a.timeout, fail_on=a.fail_on, label=label,
                                     source_failures=source_failures)
    except LockBusy as e:
        raise CLIError(str(e), EXIT_LOCKED) from None
    except OSError as e:
        raise CLIError(io_error_line(e, ws)) from None
    results = report["results"]
    failed = sum(bool(r.get("failed_stage") or not r.get("status")) for r in results) + len(source_failures)
    if a.json:
        _emit_json(report)
        warn_disk(ws)
        return EXIT_FAILED if failed else EXIT_OK
    for r in results:
        stage = r["from_stage"]
        if r.get("failed_stage") or not r.get("status"):
            print(failure_line({**r, "failed_stage": r.get("failed_stage") or stage}))
        else:
            print(f"{r['status']:9} {r['doc_id'][:12]} from {stage:9} {r.get('source_uri') or r.get('file_name')}")
    for f in source_failures:
        print(failure_line(f))
    n_src = len(source_failures) + len(fetched)
    print(f"re-ran {len(results)} document(s)" + (f" and {n_src} source item(s)" if n_src else "") +
          f"; {failed} failed" + (f"; Prefect flow run {report['flow_state']}" if report.get("flow_state") else ""))
    warn_disk(ws)
    return EXIT_FAILED if failed else EXIT_OK


# --- status --------------------------------------------------------------------------------
def cmd_status(a: argparse.Namespace) -> int:
    """Read-only: never writes to the dataset or the work directory, so it works on a full,
    read-only or damaged one (what cannot be read is a one-line warning)."""
    ws = _workspace(a.data_dir, a.work)
    if not (ws.processed_dir / "documents").is_dir() and not ws.ledger_path.exists():
        raise CLIError(f"no dataset at {ws.processed_dir} (and no ledger at {ws.ledger_path})", EXIT_USAGE)
    from flows.status import print_status, status_data
    warnings: list[str] = []
    data = status_data(ws, warnings)
    if a.json:
        _emit_json(data)
        return EXIT_OK
    print_status(ws, data)
    return EXIT_OK


# --- check -----------------------------------------------------------------------------------
def cmd_check(a: argparse.Namespace) -> int:
    from datastore.contract import check
    root = Path(a.data_dir)
    if not root.is_dir():
        raise CLIError(f"no dataset directory {root}", EXIT_USAGE)
    result = check(root)
    if a.json:
        _emit_json(result)
    else:
        for p in result["problems"]:
            print(p)
        print(f"contract (schema {result['schema_version']}): " +
              ("ok" if result["ok"] else f"{len(result['problems'])} problem(s)") +
              f" — {', '.join(f'{t} {n}' for t, n in result['rows'].items())} rows")
    return EXIT_OK if result["ok"] else EXIT_ERROR


# --- tables ----------------------------------------------------------------------------------
def _table_fields(t) -> tuple[int, int, tuple, list]:
    """(page, index, bbox, rows) of a table report item (a RawTable or a dict)."""
    get = (lambda k: t.get(k)) if isinstance(t, dict) else (lambda k: getattr(t, k, None))
    return get("page"), get("index"), tuple(get("bbox") or ()), get("rows") or []


def _page_count(pdf: Path) -> Optional[int]:
    """Pages in the PDF (None when it cannot be opened: the extractor says why)."""
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(pdf))
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:  # noqa: BLE001 - unreadable: table_report reports it
        return None


def cmd_tables(a: argparse.Namespace) -> int:
    pdf = Path(a.pdf)
    if not pdf.is_file():
        raise CLIError(f"no such file: {pdf}", EXIT_USAGE)
    inspect_mod = _need("extractors.inspect", "table inspection")
    thai = _need("normalizers.thai.thai_text", "Thai text repair")
    try:
        pages = inspect_mod.parse_pages(a.pages) if a.pages else None
    except ValueError as e:
        raise CLIError(f"--pages {a.pages}: {e}", EXIT_USAGE) from None
    from extractors.errors import BadPDF
    if pages:
        n = _page_count(pdf)
        if n is not None and max(pages) > n:
            raise CLIError(f"--pages {a.pages}: {pdf} has {n} page(s)", EXIT_USAGE)
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
    """Thai repair as a filter. The input is repaired as one text, the way the pipeline repairs
    a page (some repairs need the lines around: a mark a reader put at the start of the next
    line, how often a text shows a breakage), a page at a time: a block ends before a line that
    starts with a form feed (pdftotext's page break) or after about 256 KB. The line count,
    the line order and the line endings are kept."""
    thai = _need("normalizers.thai.thai_text", "Thai text repair")
    out = sys.stdout.buffer
    block: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        bodies = [ln.rstrip("\r\n") for ln in block]
        fixed = thai.repair_block(bodies)
        out.write("".join(f + ln[len(b):] for f, b, ln in zip(fixed, bodies, block)).encode("utf-8"))
        block.clear()
        size = 0

    for n, raw in enumerate(sys.stdin.buffer, 1):  # bytes split on \n: the line count is kept
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            flush()
            out.flush()
            raise CLIError(f"input line {n} is not UTF-8 ({e.reason})", EXIT_USAGE) from None
        if block and (line.startswith("\f") or size > thai.BLOCK_BYTES):
            flush()
        block.append(line)
        size += len(raw)
    flush()
    out.flush()
    return EXIT_OK


# --- serve ---------------------------------------------------------------------------------------
def cmd_serve(a: argparse.Namespace) -> int:
    serve_mod = _need("flows.serve", "the nightly deployment")
    try:
        serve_mod.validate(cron=a.cron, timezone=a.tz, source=a.source)
    except ValueError as e:  # checked before anything is registered
        raise CLIError(str(e), EXIT_USAGE) from None
    try:
        serve_mod.serve(cron=a.cron, timezone=a.tz, source=a.source, out_dir=a.out, work_dir=a.work,
                        workers=a.workers, fail_on=a.fail_on)
    except RuntimeError as e:  # e.g. no Prefect server configured
        raise CLIError(str(e)) from None
    return EXIT_OK


# --- parser --------------------------------------------------------------------------------------
def _positive_int(text: str) -> int:
    try:
        n = int(text) if text.strip().isascii() else None
    except ValueError:
        n = None
    if n is None:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _positive_float(text: str) -> float:
    try:
        v = float(text) if text.strip().isascii() else None
    except ValueError:
        v = None
    if v is None or v <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return v


FAIL_ON_HELP = ("when the run (and its Prefect flow run) ends Failed: 'failed' (default) when any document "
                "or source failed, 'partial' also when a document is partial, 'never'")


def _verbosity_args(p: argparse.ArgumentParser, top: bool) -> None:
    d = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("-v", "--verbose", action="count", help="more log lines (-vv: debug); tracebacks of "
                   "unexpected errors", **({"default": 0} if top else d))
    p.add_argument("-q", "--quiet", action="store_true", help="errors only", **({"default": False} if top else d))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ita", description="Thai ITA report PDFs → a Parquet dataset.",
        epilog="exit status: 0 done; 1 the run could not proceed; 2 usage; 3 locked by another run; "
               "4 a component is missing; 5 finished, but some documents or source items failed. "
               "Environment variables: docs/configuration.md (ITA_*).")
    p.add_argument("--version", action="version", version=f"ita {_version()}")
    _verbosity_args(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, json_opt: bool = False) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        _verbosity_args(sp, top=False)
        if json_opt:
            sp.add_argument("--json", action="store_true", help="print one JSON document instead of text")
        return sp

    def data_args(sp, out_default="data/processed"):
        sp.add_argument("--out", default=out_default, help="dataset directory (default: %(default)s)")
        sp.add_argument("--work", default=None, help="work directory for interim files, ledger and lock "
                        "(default: $ITA_WORK_DIR, else data/ for data/processed, else OUT/.ita)")

    sp = add("ingest", "ingest PDFs from a directory, an http(s) index page or a manifest", json_opt=True)
    sp.add_argument("source", nargs="?", default="data/raw",
                    help="directory, http(s) index URL, or manifest .csv/.json (default: %(default)s)")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=2, help="documents processed in parallel (default: 2)")
    sp.add_argument("--dask-address", default=None, help="run on a Dask cluster (tcp://host:port)")
    sp.add_argument("--no-progress", action="store_true", help="no progress bar")
    sp.add_argument("--fail-on", choices=FAIL_ON, default="failed", help=FAIL_ON_HELP)
    sp.set_defaults(func=cmd_ingest)

    sp = add("rerun", "re-run failed documents, one document, or all from a stage (a Prefect flow run)",
             json_opt=True)
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--failed", action="store_true", help="failed documents, each from its failed stage")
    g.add_argument("--doc", metavar="ID", help="one document (doc_id or a unique prefix)")
    g.add_argument("--all", action="store_true", help="every document in the ledger")
    sp.add_argument("--from", dest="from_stage", choices=STAGE_CHOICES, default=None,
                    help="first stage to run (default: extract); normalize re-uses kept extract.json")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=1, help="documents in parallel (default: 1)")
    sp.add_argument("--timeout", type=_positive_float, default=None, help="per-document extract timeout, s "
                    "(default: $ITA_DOC_TIMEOUT_S or 600)")
    sp.add_argument("--fail-on", choices=FAIL_ON, default="failed", help=FAIL_ON_HELP)
    sp.set_defaults(func=cmd_rerun)

    sp = add("status", "documents by status and the ledger's stage counts and failures", json_opt=True)
    sp.add_argument("data_dir", nargs="?", default="data/processed", help="dataset directory (default: %(default)s)")
    sp.add_argument("--work", default=None, help="work directory (default as for ingest)")
    sp.set_defaults(func=cmd_status)

    sp = add("check", "check a dataset against the contract (docs/contract.md): exit 0 when it holds",
             json_opt=True)
    sp.add_argument("data_dir", nargs="?", default="data/processed", help="dataset directory (default: %(default)s)")
    sp.set_defaults(func=cmd_check)

    sp = add("tables", "print the tables of a PDF with repaired cell text, or write CSVs")
    sp.add_argument("pdf")
    sp.add_argument("--pages", default=None, help="pages, e.g. 2-4 or 1,3")
    sp.add_argument("--out", default=None, help="write one CSV per table (UTF-8 with BOM) here")
    sp.set_defaults(func=cmd_tables)

    sp = add("repair", "repair Thai text: UTF-8 lines on stdin → repaired lines on stdout")
    sp.set_defaults(func=cmd_repair)

    sp = add("serve", "serve the nightly ingest deployment on a Prefect server")
    sp.add_argument("--cron", default="0 2 * * *", help="schedule (default: %(default)s)")
    sp.add_argument("--tz", default="Asia/Bangkok", help="IANA time zone of the schedule (default: %(default)s)")
    sp.add_argument("--source", default="data/raw", help="source to ingest nightly (default: %(default)s)")
    data_args(sp)
    sp.add_argument("--workers", type=_positive_int, default=2, help="documents processed in parallel (default: 2)")
    sp.add_argument("--fail-on", choices=FAIL_ON, default="failed", help=FAIL_ON_HELP)
    sp.set_defaults(func=cmd_serve)
    return p


def _verbosity(a: argparse.Namespace) -> int:
    return -1 if getattr(a, "quiet", False) else int(getattr(a, "verbose", 0) or 0)


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    if not getattr(a, "func", None):
        parser.print_help()
        return EXIT_USAGE
    from datastore.settings import SettingsError
    from flows.logs import configure
    verbosity = _verbosity(a)
    configure(verbosity)
    try:
        return a.func(a)
    except CLIError as e:
        print(f"ita: {e}", file=sys.stderr)
        return e.code
    except SettingsError as e:  # a bad ITA_* variable
        print(f"ita: {e} (see docs/configuration.md)", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ita: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as e:  # noqa: BLE001 - a crash: one clear line; the traceback with -v (else the log, debug)
        if verbosity > 0:
            import traceback
            traceback.print_exc()
        else:
            log.debug("ita %s failed", a.command, exc_info=True)
        from datastore.errors import describe_os_error
        text = describe_os_error(e) if isinstance(e, OSError) else f"{type(e).__name__}: {e}"
        hint = "" if verbosity > 0 else " (run with -v for the traceback)"
        print(f"ita {a.command}: cannot proceed: {text}{hint}", file=sys.stderr)
        return EXIT_ERROR

if __name__ == "__main__":
    sys.exit(main())
