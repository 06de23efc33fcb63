"""``ita ingest``, ``ita rerun`` and ``ita serve``: the commands that run the pipeline
(a Prefect flow run each; ``flows.ingest``, ``flows.rerun_flow``, ``flows.serve``)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flows.cli_common import (_LEDGER_TO_STAGE, EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE, CLIError,
                              _emit_json, _need, _need_stages, _workspace)
from flows.outcome import failure_line, io_error_line, warn_disk


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
            from flows.ingest import temporary_prefect_api
            with temporary_prefect_api(ws.work_dir / "logs"):  # unless PREFECT_API_URL names one
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
