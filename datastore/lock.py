"""The run lock: one ingest or rerun per data directory at a time.

``hold_lock(path)`` takes a non-blocking ``fcntl.flock`` on ``<work>/.lock``; if another
process holds it, ``LockBusy`` is raised at once with the holder's pid and start time. The
lock is released by the kernel if the holder dies (even by ``kill -9``), so it never goes
stale. Re-entrant within one process (the CLI and the flow it calls may both take it).
"""
from __future__ import annotations

import fcntl
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from datastore.ledger import utc_now

_held: dict[str, tuple[int, int]] = {}  # resolved path -> (fd, depth)
_guard = threading.Lock()


class LockBusy(RuntimeError):
    """Another process holds the run lock of this data directory."""


@contextmanager
def hold_lock(path: str | Path, purpose: str = "ita") -> Iterator[Path]:
    """Hold the run lock at ``path`` for the duration of the block, or raise ``LockBusy`` at once."""
    key = str(Path(path).resolve())
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
        raise LockBusy(f"another ita run is using this data directory (lock {key} held by {holder}); "
                       "wait for it to finish or stop it") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()} ({purpose}) since {utc_now()}\n".encode(), 0)
    with _guard:
        _held[key] = (fd, 1)
    try:
        yield Path(key)
    finally:
        with _guard:
            del _held[key]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
