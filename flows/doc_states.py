"""The Prefect state of one document's task, and its log lines (imports Prefect).

``document_state(result)`` turns a ``DocResult`` dict into the task's final state:

- ``failed`` (a stage failed): **Failed**, message ``<file>: <stage> stage failed: <error>``;
- ``partial``: **Completed**, message ``partial: <what was not understood>``;
- ``not_ita``: **Completed**, message ``not an ITA report: ...``;
- ``ok``: **Completed**, message ``ok: <rows per table>``.

The state carries the DocResult as its data, so the flow reads the same dict whatever the
state. ``log_document(result, ws)`` writes the document's own line to the run's log (its
status and stage timings in one record; the extract child's output is relayed when the
document failed).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

log = logging.getLogger("flows.document")


def describe(res: dict) -> str:
    """One line saying what happened to a document (the state message)."""
    name = res.get("file_name") or (res.get("doc_id") or "")[:12]
    rows = ", ".join(f"{t} {n}" for t, n in sorted((res.get("rows") or {}).items()) if n)
    if res.get("failed_stage"):
        err = str(res.get("error"))
        prefix = f"{res['failed_stage']} stage: "
        return f"{name}: {res['failed_stage']} stage failed: {err[len(prefix):] if err.startswith(prefix) else err}"
    status = res.get("status") or "not written"
    if status == "ok":
        return f"{name}: ok ({rows or 'no rows'})"
    return f"{name}: {status}: {res.get('error') or 'no reason recorded'}" + (f" ({rows})" if rows else "")


def document_state(res: dict):
    """The task's final Prefect state for a DocResult dict (see the module docstring)."""
    from prefect.states import Completed, Failed
    msg = describe(res)
    if res.get("failed_stage"):
        return Failed(message=msg, data=res)
    return Completed(message=msg, data=res)


def _extract_log_tail(work_dir: Optional[str], doc_id: str, n: int = 40) -> list[str]:
    if not work_dir or not doc_id:
        return []
    p = Path(work_dir) / "interim" / doc_id / "extract.log"
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [l for l in lines if l.strip()][-n:]


def stage_times(res: dict) -> str:
    """Its stages and their seconds, one phrase: ``extract stage done in 1.20 s, normalize …``."""
    parts = []
    for stage in res.get("stages_run") or []:
        d = (res.get("durations") or {}).get(stage)
        parts.append(f"{stage} stage {'failed' if stage == res.get('failed_stage') else 'done'}"
                     + (f" in {d:.2f} s" if d is not None else ""))
    return ", ".join(parts)


def log_document(res: dict, work_dir: Optional[str] = None) -> None:
    """The document's own log line: its status (the state message) and its stages with their
    timings — one record, at ERROR for a failed document, WARNING for a partial or non-ITA one,
    else INFO (each record is a row the Prefect API stores: one per document, not one per
    stage); on failure a second record with the last lines the extract process printed."""
    name = res.get("file_name") or res.get("doc_id")
    stages = stage_times(res)
    line = describe(res) + (f" [{stages}]" if stages else "")
    if res.get("failed_stage"):
        log.error(line)
        tail = _extract_log_tail(work_dir, res.get("doc_id") or "") if res["failed_stage"] == "extract" else []
        if tail:
            log.error("%s: extract process output (last %d lines):\n%s", name, len(tail), "\n".join(tail))
    elif res.get("status") in ("partial", "not_ita"):
        log.warning(line)
    else:
        log.info(line)
