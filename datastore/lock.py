"""The run lock: one ingest or rerun per work directory and per dataset at a time.

``hold_lock(path, dataset=OUT)`` takes a non-blocking ``fcntl.flock`` on ``<work>/.lock`` and,
given the dataset (output) directory, on ``OUT/.ita-writer.lock`` as well: two runs with the
same output directory but different ``--work`` directories are refused just like two runs
sharing a work directory. If another process holds either lock, ``LockBusy`` is raised at once
with the holder's pid, purpose and start time. The kernel releases a lock when its holder
dies (even by ``kill -9``), so it never goes stale. Re-entrant within one process (the CLI and
the flow it calls may both take it). The dataset's lock file is a hidden non-Parquet file at
the top of OUT, outside every table folder: no table glob reads it.
"""
from __future__ import annotations

import fcntl
import os
import threading
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator, Optional

from datastore.ledger import utc_now

DATASET_LOCK = ".ita-writer.lock"
_held: dict[str, tuple[int, int]] = {}  # resolved path -> (fd, depth)
_guard = threading.Lock()


class LockBusy(RuntimeError):
    """Another process holds the run lock of this work directory or dataset."""


@contextmanager
def _flock(key: str, note: str, busy: str) -> Iterator[Path]:
    with _guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield Path(key)
        finally:
            with _guard:
                fd, depth = _held[key]
                _held[key] = (fd, depth - 1)
        return
    Path(key).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "unknown process"
        os.close(fd)
        raise LockBusy(f"{busy} (lock {key} held by {holder}); wait for it to finish or stop it") from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, note.encode(), 0)
    except OSError:  # e.g. no space left to note the holder: the lock itself is held
        pass
    with _guard:
        _held[key] = (fd, 1)
    try:
        yield Path(key)
    finally:
        with _guard:
            del _held[key]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextmanager
def hold_lock(path: str | Path, purpose: str = "ita", *, dataset: Optional[str | Path] = None) -> Iterator[Path]:
    """Hold the run lock at ``path`` (and the dataset's, given ``dataset``) for the block, or
    raise ``LockBusy`` at once."""
    key = str(Path(path).resolve())
    note = f"pid {os.getpid()} ({purpose}, work {Path(key).parent}) since {utc_now()}\n"
    with ExitStack() as stack:
        held = stack.enter_context(_flock(key, note, "another ita run is using this data directory"))
        if dataset is not None:
            out = Path(dataset).resolve()
            stack.enter_context(_flock(str(out / DATASET_LOCK), note,
                                       f"another ita run is writing the dataset {out}"))
        yield held
