"""The raw manifest: source → hash → first/last seen, plus what conditional requests need.

Kept in ``<raw_dir>/manifest.sqlite`` (SQLite, WAL, one short connection per call, so fetch
threads and workers can record at once). Two tables:

- ``sources``: the latest state of each source URI — current sha256, ETag, Last-Modified,
  size and mtime (local files: to skip re-hashing an unchanged file), organisation metadata,
  last check and last error.
- ``parked``: sources whose download failed for its size or its deadline/rate, with the
  validators (ETag, Last-Modified, Content-Length) the failed response carried, the attempts
  so far and when an automatic retry is due (``PARK_POLICY``; see ``datastore.fetch``).
- ``sightings``: every (source URI, sha256) pair ever fetched, with first and last seen;
  a changed source adds a row, an unchanged one moves ``last_seen``.
"""
from __future__ import annotations

import datetime as dt
import json
from datastore import sqlite
from pathlib import Path
from typing import Optional

from datastore.ledger import utc_now

MANIFEST_FILE = "manifest.sqlite"
PARK_MAX_ATTEMPTS = 4  # automatic downloads of a parked source with unchanged validators
PARK_POLICY = ("a URL whose download failed for its size or its deadline/rate is not downloaded again "
               "until its ETag, Last-Modified or Content-Length change (or `ita rerun --failed`); "
               f"a deadline/rate failure is also retried automatically after 1, 2, 4 days "
               f"({PARK_MAX_ATTEMPTS} attempts in all), a size failure only when the size cap is raised")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
  source_uri TEXT PRIMARY KEY, sha256 TEXT, file_name TEXT, etag TEXT, last_modified TEXT,
  size INTEGER, mtime_ns INTEGER, meta_json TEXT, last_checked TEXT, last_error TEXT
);
CREATE TABLE IF NOT EXISTS parked (
  source_uri TEXT PRIMARY KEY, kind TEXT NOT NULL, error TEXT, validators_json TEXT, max_bytes INTEGER,
  attempts INTEGER NOT NULL, first_failed TEXT NOT NULL, last_failed TEXT NOT NULL, retry_after TEXT
);
CREATE TABLE IF NOT EXISTS sightings (
  source_uri TEXT NOT NULL, sha256 TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
  PRIMARY KEY (source_uri, sha256)
);
"""


class RawManifest:
    """The raw manifest of one raw directory (created on first use)."""

    def __init__(self, raw_dir: str | Path):
        self.path = Path(raw_dir) / MANIFEST_FILE
        sqlite.init(self.path, _SCHEMA)

    def _conn(self):
        return sqlite.connect(self.path)

    def get(self, source_uri: str) -> Optional[dict]:
        """The latest state of a source, or None if it was never fetched."""
        with self._conn() as c:
            row = c.execute("SELECT * FROM sources WHERE source_uri=?", (source_uri,)).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["meta"] = json.loads(d.pop("meta_json") or "{}")
        return d

    def record(self, source_uri: str, sha256: str, *, file_name: Optional[str] = None,
               etag: Optional[str] = None, last_modified: Optional[str] = None,
               size: Optional[int] = None, mtime_ns: Optional[int] = None,
               meta: Optional[dict] = None) -> None:
        """Record that ``source_uri`` now has content ``sha256`` (seen now)."""
        now = utc_now()
        with self._conn() as c:
            c.execute(
                "INSERT INTO sources (source_uri, sha256, file_name, etag, last_modified, size, mtime_ns, "
                "meta_json, last_checked, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
                "ON CONFLICT(source_uri) DO UPDATE SET sha256=excluded.sha256, "
                "file_name=COALESCE(excluded.file_name, file_name), etag=excluded.etag, "
                "last_modified=excluded.last_modified, size=excluded.size, mtime_ns=excluded.mtime_ns, "
                "meta_json=COALESCE(excluded.meta_json, meta_json), last_checked=excluded.last_checked, "
                "last_error=NULL",
                (source_uri, sha256, file_name, etag, last_modified, size, mtime_ns,
                 json.dumps(meta, ensure_ascii=False) if meta else None, now))
            c.execute(
                "INSERT INTO sightings (source_uri, sha256, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(source_uri, sha256) DO UPDATE SET last_seen=excluded.last_seen",
                (source_uri, sha256, now, now))

    def touch(self, source_uri: str) -> None:
        """Record that a source was checked and found unchanged (moves last_seen)."""
        now = utc_now()
        with self._conn() as c:
            c.execute("UPDATE sources SET last_checked=?, last_error=NULL WHERE source_uri=?", (now, source_uri))
            c.execute("UPDATE sightings SET last_seen=? WHERE source_uri=? AND sha256="
                      "(SELECT sha256 FROM sources WHERE source_uri=?)", (now, source_uri, source_uri))

    def record_error(self, source_uri: str, error: str) -> None:
        """Record a failed check of a source (its last good hash is kept)."""
        now = utc_now()
        with self._conn() as c:
            c.execute("INSERT INTO sources (source_uri, last_checked, last_error) VALUES (?, ?, ?) "
                      "ON CONFLICT(source_uri) DO UPDATE SET last_checked=excluded.last_checked, "
                      "last_error=excluded.last_error", (source_uri, now, error))

    def sightings(self, source_uri: Optional[str] = None) -> list[dict]:
        """All (source, hash, first_seen, last_seen) rows, optionally of one source, oldest first."""
        q, args = "SELECT * FROM sightings", ()
        if source_uri is not None:
            q, args = q + " WHERE source_uri=?", (source_uri,)
        with self._conn() as c:
            return [dict(r) for r in c.execute(q + " ORDER BY first_seen, source_uri", args)]

    # --- parked sources (size / deadline failures) ------------------------------------------
    def park(self, source_uri: str, kind: str, error: str, validators: dict, *, max_bytes: int) -> dict:
        """Record a download that failed for ``kind`` (``size``, ``deadline``, ``slow``); returns the row.

        The automatic retry of a deadline/rate failure is due after 1, 2, 4… days, none after
        ``PARK_MAX_ATTEMPTS`` attempts; a size failure has none (its bytes will not shrink)."""
        now = dt.datetime.now(dt.timezone.utc)
        old = self.parked(source_uri)
        attempts = (old["attempts"] if old else 0) + 1
        retry_after = None
        if kind != "size" and attempts < PARK_MAX_ATTEMPTS:
            retry_after = (now + dt.timedelta(days=2 ** (attempts - 1))).isoformat(timespec="seconds")
        with self._conn() as c:
            c.execute(
                "INSERT OR REPLACE INTO parked (source_uri, kind, error, validators_json, max_bytes, attempts, "
                "first_failed, last_failed, retry_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_uri, kind, error, json.dumps(validators, sort_keys=True), max_bytes, attempts,
                 old["first_failed"] if old else now.isoformat(timespec="seconds"),
                 now.isoformat(timespec="seconds"), retry_after))
        return self.parked(source_uri)

    def parked(self, source_uri: Optional[str] = None):
        """The parked row of one source (None if not parked), or all parked rows."""
        with self._conn() as c:
            if source_uri is None:
                rows = [dict(r) for r in c.execute("SELECT * FROM parked ORDER BY source_uri")]
            else:
                r = c.execute("SELECT * FROM parked WHERE source_uri=?", (source_uri,)).fetchone()
                rows = [dict(r)] if r else []
        for r in rows:
            r["validators"] = json.loads(r.pop("validators_json") or "{}")
        return rows if source_uri is None else (rows[0] if rows else None)

    def unpark(self, source_uri: str) -> None:
        """Forget a source's parked state (it was downloaded)."""
        with self._conn() as c:
            c.execute("DELETE FROM parked WHERE source_uri=?", (source_uri,))


def read_parked(raw_dir: str | Path) -> list[dict]:
    """The parked sources of a raw directory, read without writing anything ([] if none)."""
    path = Path(raw_dir) / MANIFEST_FILE
    if not path.is_file():
        return []
    for immutable in (False, True):  # immutable: a read-only directory without the WAL's -shm
        try:
            with sqlite.connect_readonly(path, immutable=immutable) as c:
                rows = [dict(r) for r in c.execute("SELECT * FROM parked ORDER BY source_uri")]
            break
        except Exception as e:  # noqa: BLE001 - sqlite3.Error; "no such table": an older manifest
            if "no such table" in str(e):
                return []
            if immutable:
                raise
    for r in rows:
        r["validators"] = json.loads(r.pop("validators_json") or "{}")
    return rows
