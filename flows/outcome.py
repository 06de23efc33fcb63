"""How a run's outcome is told: one line per failed document or source item, in the same
words for ``ita ingest``, ``ita rerun`` and ``ita status``; I/O errors that stop a run as one
line naming the directory (``no space left on device in DIR``). Light: no heavy imports.
"""
from __future__ import annotations

import sys


def io_error_line(e: BaseException, ws) -> str:
    """One line for an I/O error that stopped a run: plain words and the directory."""
    from datastore.errors import describe_os_error, disk_full
    where = next((d for d in (ws.work_dir, ws.processed_dir) if disk_full(d)), None)
    return f"cannot proceed: {describe_os_error(e, where)}" if where else f"cannot proceed: {describe_os_error(e)}"


def warn_disk(ws) -> None:
    """After a run: say so (naming the directory) when the work or dataset directory is full."""
    from datastore.errors import disk_full
    for what, d in (("work directory", ws.work_dir), ("dataset directory", ws.processed_dir)):
        if disk_full(d):
            print(f"ita: no space left on device in {d} (the {what})", file=sys.stderr)


def failure_line(f: dict) -> str:
    """One line per failed document or source item, worded the same by ingest, rerun and status."""
    name = f.get("source_uri") or f.get("file_name") or (f.get("doc_id") or "")[:12]
    doc = f" [{f['doc_id'][:12]}]" if f.get("doc_id") else ""
    error = f.get("error") or "no error recorded"
    if name and error.startswith(f"{name}: "):  # fetch errors name their URL: once is enough
        error = error[len(name) + 2:]
    stage = f.get("failed_stage") or f.get("stage") or "fetched"
    stage = {"fetched": "fetch", "extracted": "extract", "normalized": "normalize", "written": "write"}.get(stage, stage)
    return f"failed  {name}{doc} ({stage}): {error}"
