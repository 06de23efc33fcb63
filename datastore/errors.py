"""Wording of expected failures, the same in every command (ingest, rerun, status).

``describe_os_error`` turns an ``OSError`` (or SQLite's disk errors) into one short line that
names what happened in plain words and the directory it happened in, e.g.
``no space left on device in /data/work (writing ledger.sqlite)``.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Optional

_WORDS = {
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOENT: "no such file or directory",
    errno.EIO: "input/output error",
    errno.ELOOP: "too many levels of symbolic links",
}


def disk_full(path: str | Path) -> bool:
    """True when the file system holding ``path`` (or its nearest existing parent) has no free blocks."""
    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        st = os.statvfs(p)
    except OSError:
        return False
    return st.f_bavail == 0 or (st.f_favail == 0 and st.f_files > 0)


def errno_of(e: BaseException, where: Optional[str | Path] = None) -> Optional[int]:
    """The errno an error stands for (SQLite's ``database or disk is full`` is ENOSPC)."""
    if isinstance(e, OSError) and e.errno:
        return e.errno
    if isinstance(e, sqlite3.Error):
        text = str(e).lower()
        if "disk is full" in text or (where is not None and "disk i/o error" in text and disk_full(where)):
            return errno.ENOSPC
        if "readonly" in text or "read-only" in text:
            return errno.EROFS
    return None


def describe_os_error(e: BaseException, where: Optional[str | Path] = None) -> str:
    """One line for an I/O error: plain words, then the directory (``where``, else the error's file's)."""
    code = errno_of(e, where)
    words = _WORDS.get(code) if code else None
    if words is None:
        words = (getattr(e, "strerror", None) or str(e) or type(e).__name__).strip()
        words = words[:1].lower() + words[1:]
    fname = getattr(e, "filename", None)
    if where is None and fname:
        where = Path(fname).parent
    detail = f" ({Path(fname).name})" if fname and where is not None and Path(fname).parent == Path(where) \
        else (f" ({fname})" if fname else "")
    return f"{words} in {where}{detail}" if where is not None else words + detail


class DiskError(OSError):
    """An I/O error worded by ``describe_os_error``: ``str()`` is that one line (no ``[Errno n]``)."""

    def __str__(self) -> str:
        return str(self.strerror)


class StoreError(DiskError):
    """A ledger or manifest (SQLite) that cannot be read or written; the message says why and where."""
