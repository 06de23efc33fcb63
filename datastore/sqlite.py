"""The one way this project opens its SQLite stores (ledger, raw manifest).

Writers use ``init`` + ``connect``; readers that must not write anything (``ita status`` on a
full, read-only or damaged work directory) use ``connect_readonly``. SQLite's disk errors are
re-raised as ``datastore.errors.StoreError`` saying in plain words what happened and where
(``no space left on device in /data/work (ledger.sqlite)``).
"""
from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote


def _store_error(e: sqlite3.Error, path: Path) -> Exception:
    from datastore.errors import StoreError, describe_os_error, errno_of
    code = errno_of(e, path.parent)
    if code is None:
        return e
    return StoreError(code, f"{describe_os_error(e, path.parent)} ({path.name}: {e})")


def init(path: Path, schema: str) -> None:
    """Create the store's directory and tables (WAL journal) if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with connect(path) as c:
        c.execute("PRAGMA journal_mode=WAL")
        c.executescript(schema)


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding one transaction, committed on exit; rows as ``sqlite3.Row``.
    Waits up to 60 s for another process's lock."""
    try:
        with closing(sqlite3.connect(path, timeout=60)) as c:
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA busy_timeout=60000")
            c.execute("PRAGMA synchronous=NORMAL")  # WAL: durable on commit up to an OS crash, much faster
            with c:
                yield c
    except sqlite3.OperationalError as e:
        err = _store_error(e, Path(path))
        if err is e:
            raise
        raise err from e


@contextmanager
def connect_readonly(path: Path, *, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection that never creates or changes a file. ``immutable`` also skips
    the WAL (for a read-only directory where SQLite cannot create its shared-memory file; the
    latest uncheckpointed commits may then be missing)."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    with closing(sqlite3.connect(uri, uri=True, timeout=5)) as c:
        c.row_factory = sqlite3.Row
        c.execute("PRAGMA query_only=1")
        yield c
