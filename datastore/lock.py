"""The run lock: one ingest or rerun per work directory and per dataset at a time.

``hold_lock(path, dataset=OUT)`` takes a non-blocking ``fcntl.flock`` on ``<work>/.lock`` and,
given the dataset (output) directory, on the directory OUT itself as well (an ``flock`` on
its directory descriptor: no file is added to the dataset): two runs with the same output
directory but different ``--work`` directories are refused just like two runs sharing a work
directory. If another process holds either lock, ``LockBusy`` is raised at once
with the holder's pid, purpose and start time. The kernel releases a lock when its holder
dies (even by ``kill -9``), so it never goes stale. Re-entrant within one process (the CLI and
the flow it calls may both take it). The holder of a dataset lock is found in ``/proc/locks``.
"""
from __future__ import annotations

import fcntl
import os
import threading
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator, Optional

from datastore.ledger import utc_now

_held: dict[str, tuple[int, int]] = {}  # resolved path -> (fd, depth)
_guard = threading.Lock()


class LockBusy(RuntimeError):
    """Another process holds the run lock of this work directory or dataset."""


def _dir_lock_holder(fd: int) -> str:
    """``pid N`` of the process holding an flock on the directory of ``fd`` (Linux /proc/locks)."""
    st = os.fstat(fd)
    ident = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 5 and parts[1] == "FLOCK" and parts[5] == ident and parts[4] != str(os.getpid()):
                    return f"pid {parts[4]}"
    except OSError:
        pass
    return "another process"


@contextmanager
def _flock(key: str, note: str, busy: str, *, directory: bool = False) -> Iterator[Path]:
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
    if directory:
        Path(key).mkdir(parents=True, exist_ok=True)
        fd = os.open(key, os.O_RDONLY | os.O_DIRECTORY)
    else:
        Path(key).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _dir_lock_holder(fd) if directory else \
            (os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "unknown process")
        os.close(fd)
        where = f"{key} locked by" if directory else f"lock {key} held by"
        raise LockBusy(f"{busy} ({where} {holder}); wait for it to finish or stop it") from None
    if not directory:
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
            stack.enter_context(_flock(str(out), note, f"another ita run is writing the dataset {out}",
                                       directory=True))
        yield held
