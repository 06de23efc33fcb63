"""The one way this project opens its SQLite stores (ledger, raw manifest)."""
from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator


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
    with closing(sqlite3.connect(path, timeout=60)) as c:
        c.row_factory = sqlite3.Row
        c.execute("PRAGMA busy_timeout=60000")
        c.execute("PRAGMA synchronous=NORMAL")  # WAL: durable on commit up to an OS crash, much faster
        with c:
            yield c
