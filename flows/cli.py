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
import os
import sys
from typing import Optional

# the commands live in flows.cli_runs (ingest, rerun, serve) and flows.cli_data (status, check,
# tables); what they share in flows.cli_common. Re-exported here: ``flows.cli`` is the CLI's face.
from flows.cli_common import (EXIT_ERROR, EXIT_FAILED, EXIT_LOCKED, EXIT_MISSING, EXIT_OK,  # noqa: F401
                              EXIT_USAGE, FAIL_ON, FAIL_ON_HELP, STAGE_CHOICES, CLIError, _need,
                              _need_stages, _positive_float, _positive_int, _version, log)
from flows.cli_data import cmd_check, cmd_status, cmd_tables  # noqa: F401
from flows.cli_runs import _print_report, _rerun_plan, cmd_ingest, cmd_rerun, cmd_serve  # noqa: F401


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


def run() -> None:
    """The ``ita`` program (``python -m flows.cli``): ``main()``, then :func:`exit_fast`."""
    code = main()
    exit_fast(code)
    sys.exit(code)


def exit_fast(code: int) -> None:
    """End the process now when a run used a temporary Prefect API, or sent everything it
    had queued to a configured one (``flows.ingest``: its drain finished in time; not on
    Dask): the interpreter's own finalization (Prefect's exit handlers, tearing down Prefect,
    pydantic and pyarrow modules) takes ~0.5-0.8 s of CPU at the very end of ``ita ingest``,
    after the run's work, its report and its Prefect calls are done. Output and log files are
    flushed first. Otherwise (a drain that did not finish) the normal exit runs: its handlers
    send what is still queued."""
    ingest = sys.modules.get("flows.ingest")
    if not (getattr(ingest, "TEMPORARY_API_USED", False) or getattr(ingest, "PREFECT_DRAINED", False)):
        return
    import logging
    log.debug("ending without the interpreter's finalization: %s", "temporary Prefect API stopped"
              if getattr(ingest, "TEMPORARY_API_USED", False) else "every Prefect event and log line sent")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    run()
