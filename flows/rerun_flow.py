"""``ita rerun`` as a Prefect flow: one task per document, from the stage the plan names.

The CLI chooses the plan from the ledger (``flows.cli._rerun_plan``) and holds the data
directory's lock; ``rerun_flow`` runs each ``(doc_id, from_stage)`` in its own task (never
cached: a re-run is asked for), with the same task states and log lines as an ingest run
(``flows.doc_states``), publishes a run-report artifact (``ita-rerun-report``) and ends
Failed when documents failed (``fail_on`` as for ingest).
"""
from __future__ import annotations

import time
from typing import Optional

from flows.steps import quiet_prefect_env

quiet_prefect_env()
from prefect import flow, task  # noqa: E402 - after the settings defaults above
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

RERUN_ARTIFACT_KEY = "ita-rerun-report"


@task(name="rerun-document", task_run_name="rerun {doc_id:.12} from {from_stage}", persist_result=False)
def rerun_task(processed_dir: str, work_dir: str, doc_id: str, from_stage: str,
               timeout_s: Optional[float] = None, fetched: Optional[dict] = None):
    """Re-run one document's stages from ``from_stage`` (``fetched``: a source item fetched again
    just now, run through the whole pipeline); its state as ``flows.doc_states`` says."""
    from datastore.runner import DocResult, MissingStageInput, process_document
    from datastore.workspace import Workspace
    from flows.doc_states import document_state, log_document
    ws = Workspace.for_output(processed_dir, work_dir)
    try:
        kw = {"timeout_s": timeout_s} if timeout_s else {}
        if fetched:
            res = process_document(ws, fetched["path"], source_uri=fetched["source_uri"],
                                   file_name=fetched["file_name"], **kw).to_dict()
        else:
            res = process_document(ws, doc_id=doc_id, from_stage=from_stage, **kw).to_dict()
    except MissingStageInput as e:  # e.g. the raw PDF was removed: this document fails, the run goes on
        res = DocResult(doc_id=doc_id, source_uri="", file_name="", error=str(e),
                        failed_stage=from_stage).to_dict()
    log_document(res, work_dir)
    return document_state(res)


@flow(name="ita-rerun", log_prints=False, validate_parameters=False,
      task_runner=ThreadPoolTaskRunner(max_workers=1))
def rerun_flow(out_dir: str, work_dir: str, plan: list, timeout_s: Optional[float] = None,
               fail_on: str = "failed", label: str = "rerun", source_failures: Optional[list] = None):
    """Re-run ``plan`` (``[(doc_id, from_stage)]``, or ``(doc_id, fetched item)`` for a source
    item fetched again); ``source_failures``: items whose fetch failed again (they count as
    failures of the run). Returns the report (``report["results"]``: one DocResult per item)."""
    from flows.logs import attach_prefect
    from flows.report import build_report, final_state, publish_report
    attach_prefect()
    t0 = time.monotonic()
    items = [(d, s, None) if isinstance(s, str) else (d, "fetch", s) for d, s in plan]
    futures = [rerun_task.submit(out_dir, work_dir, d, "extract" if f else s, timeout_s, f) for d, s, f in items]
    results = []
    for (doc_id, stage, _), fut in zip(items, futures):
        fut.wait()
        try:
            data = fut.state.result(raise_on_failure=False)
        except Exception as e:  # noqa: BLE001 - result not retrievable: report it
            data = e
        if not isinstance(data, dict):  # a crashed task
            data = {"doc_id": doc_id, "source_uri": "", "file_name": "", "status": None, "failed_stage": stage,
                    "error": f"task {fut.state.name}: {data}", "rows": {}}
        results.append(data)
    report = build_report(source=label, processed_dir=out_dir, sources_listed=0, fetched=[],
                          fetch_failures=list(source_failures or []), processed=results, cached=[], skipped=0,
                          previously_written={r["doc_id"] for r in results}, wall_s=time.monotonic() - t0,
                          mode="rerun")
    report["results"] = [{**r, "from_stage": s} for r, (_, s, _) in zip(results, items)]
    publish_report(report, fail_on, key=RERUN_ARTIFACT_KEY)
    return final_state(report, fail_on)


def rerun(out_dir: str, work_dir: str, plan: list, *, workers: int = 1,
          timeout_s: Optional[float] = None, fail_on: str = "failed", label: str = "rerun",
          source_failures: Optional[list] = None) -> dict:
    """Run ``rerun_flow`` with ``workers`` documents in parallel; returns its report
    (``report["flow_state"]`` is the flow run's final state type)."""
    f = rerun_flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=max(1, int(workers))))
    state = f(out_dir=out_dir, work_dir=work_dir, plan=[list(p) for p in plan], timeout_s=timeout_s,
              fail_on=fail_on, label=label, source_failures=source_failures, return_state=True)
    report = state.result(raise_on_failure=False)
    if not isinstance(report, dict):
        raise report if isinstance(report, BaseException) else RuntimeError(str(report))
    report["flow_state"] = state.type.value
    return report
