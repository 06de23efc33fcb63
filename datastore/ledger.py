"""The ledger: a durable record of each document and each of its stages (SQLite, WAL).

Two tables:

- ``documents``: doc_id, source_uri, file_name, raw_path, first_seen, last_seen.
- ``stages``: the latest attempt of each (doc_id, stage), stage one of ``fetched``,
  ``extracted``, ``normalized``, ``written``; with status (``ok``, ``failed``, ``running``,
  ``superseded`` — an old version of a source whose content changed, removed from the dataset),
  error, started/finished (ISO UTC), duration_s, code_version and input_hash.

- ``source_failures``: source items (a URL, a local file) that failed before they became a
  document — download error, refused host, size or deadline, symlink, unreadable, bad manifest
  row — with kind, error, attempts and first/last failure. A row leaves when the item is
  fetched; ``ita status`` lists them and ``ita rerun --failed`` retries them.

Connections are short-lived (one per call) with a busy timeout, so several worker processes
can record stages at once. Nothing here imports Prefect.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from datastore import sqlite
from pathlib import Path
from typing import Optional

LEDGER_STAGES = ("fetched", "extracted", "normalized", "written")
STATUSES = ("ok", "failed", "running", "superseded")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, source_uri TEXT, file_name TEXT, raw_path TEXT,
  first_seen TEXT NOT NULL, last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stages (
  doc_id TEXT NOT NULL, stage TEXT NOT NULL, status TEXT NOT NULL, error TEXT,
  started_at TEXT, finished_at TEXT, duration_s REAL, code_version TEXT, input_hash TEXT,
  PRIMARY KEY (doc_id, stage)
);
CREATE TABLE IF NOT EXISTS source_failures (
  source_uri TEXT PRIMARY KEY, file_name TEXT, local_path TEXT, root TEXT, kind TEXT, error TEXT NOT NULL,
  transient INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL, first_failed TEXT NOT NULL,
  last_failed TEXT NOT NULL
);
"""


def utc_now() -> str:
    """Current UTC time as ISO 8601 with microseconds."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


class Ledger:
    """The ledger at ``path`` (created on first use).

    ``readonly=True`` opens an existing ledger without writing anything (not even SQLite's
    journal files when the directory is read-only: then ``warning`` says the view may miss the
    latest commits); it raises ``sqlite3.Error``/``OSError`` when the file cannot be read."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        self.readonly, self.immutable, self.warning = readonly, False, None
        if not readonly:
            sqlite.init(self.path, _SCHEMA)
            return
        if not self.path.is_file():
            raise FileNotFoundError(f"no ledger at {self.path}")
        try:
            with self._conn() as c:
                c.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.OperationalError:
            self.immutable = True  # e.g. a read-only directory without the WAL's -shm file
            with self._conn() as c:
                c.execute("SELECT count(*) FROM documents").fetchone()
            self.warning = (f"{self.path.parent} cannot be written: the ledger is read without its "
                            "write-ahead log; the latest changes may be missing")

    def _conn(self):
        if self.readonly:
            return sqlite.connect_readonly(self.path, immutable=self.immutable)
        return sqlite.connect(self.path)

    # --- writes -------------------------------------------------------------------------
    def upsert_document(self, doc_id: str, *, source_uri: Optional[str] = None,
                        file_name: Optional[str] = None, raw_path: Optional[str] = None) -> None:
        """Record that a document was seen (now); keeps first_seen, updates the other fields given."""
        now = utc_now()
        with self._conn() as c:
            c.execute(
                "INSERT INTO documents (doc_id, source_uri, file_name, raw_path, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET "
                "source_uri=COALESCE(excluded.source_uri, source_uri), "
                "file_name=COALESCE(excluded.file_name, file_name), "
                "raw_path=COALESCE(excluded.raw_path, raw_path), last_seen=excluded.last_seen",
                (doc_id, source_uri, file_name, raw_path, now, now))

    def record_stage(self, doc_id: str, stage: str, status: str, *, error: Optional[str] = None,
                     started_at: Optional[str] = None, finished_at: Optional[str] = None,
                     duration_s: Optional[float] = None, code_version: Optional[str] = None,
                     input_hash: Optional[str] = None) -> None:
        """Record the latest attempt of one stage of one document (replaces the previous one)."""
        if stage not in LEDGER_STAGES:
            raise ValueError(f"unknown stage {stage!r}; one of {LEDGER_STAGES}")
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; one of {STATUSES}")
        with self._conn() as c:
            c.execute(
                "INSERT OR REPLACE INTO stages (doc_id, stage, status, error, started_at, finished_at, "
                "duration_s, code_version, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, stage, status, error, started_at, finished_at or utc_now(), duration_s,
                 code_version, input_hash))

    def clear_stages(self, doc_id: str, stages: list[str]) -> None:
        """Forget the given stages of a document (their results are no longer current)."""
        with self._conn() as c:
            c.executemany("DELETE FROM stages WHERE doc_id=? AND stage=?", [(doc_id, s) for s in stages])

    # --- reads --------------------------------------------------------------------------
    def docs(self) -> list[dict]:
        """All documents seen, oldest first, each with its stages as ``{stage: {status, error, ...}}``."""
        with self._conn() as c:
            rows = [dict(r) for r in c.execute("SELECT * FROM documents ORDER BY first_seen, doc_id")]
            stages = [dict(r) for r in c.execute("SELECT * FROM stages")]
        by_doc: dict[str, dict] = {}
        for s in stages:
            by_doc.setdefault(s["doc_id"], {})[s["stage"]] = s
        for r in rows:
            r["stages"] = by_doc.get(r["doc_id"], {})
        return rows

    def doc(self, doc_id: str) -> Optional[dict]:
        """One document with its stages, or None if never seen."""
        with self._conn() as c:
            row = c.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
            stages = [dict(r) for r in c.execute("SELECT * FROM stages WHERE doc_id=?", (doc_id,))]
        if row is None:
            return None
        d = dict(row)
        d["stages"] = {s["stage"]: s for s in stages}
        return d

    def failed_docs(self) -> list[dict]:
        """Documents with a failed stage: doc_id, stage (the earliest failed one), error, plus document fields."""
        order = {s: i for i, s in enumerate(LEDGER_STAGES)}
        out = []
        for d in self.docs():
            failed = [s for s in d["stages"].values() if s["status"] == "failed"]
            if failed:
                first = min(failed, key=lambda s: order[s["stage"]])
                out.append({"doc_id": d["doc_id"], "stage": first["stage"], "error": first["error"],
                            "source_uri": d["source_uri"], "file_name": d["file_name"],
                            "raw_path": d["raw_path"], "finished_at": first["finished_at"]})
        return out

    def stage_summary(self) -> dict[str, dict[str, int]]:
        """Counts by stage and status: ``{"extracted": {"ok": 3, "failed": 1}, ...}`` in stage order."""
        with self._conn() as c:
            rows = c.execute("SELECT stage, status, count(*) AS n FROM stages GROUP BY stage, status").fetchall()
        out: dict[str, dict[str, int]] = {s: {} for s in LEDGER_STAGES}
        for r in rows:
            out.setdefault(r["stage"], {})[r["status"]] = r["n"]
        return {k: v for k, v in out.items() if v}

    def is_current(self, doc_id: str, code_version: Optional[str] = None) -> bool:
        """True if the document's rows were written by ``code_version`` (default: the current
        ``datastore.writer.pipeline_version()``, i.e. package + stage versions).

        That includes a document whose failure row was written by this code: a nightly run can
        skip it (the same bytes and code would fail the same way); ``ita rerun --failed`` retries it.
        """
        if code_version is None:
            from datastore.writer import pipeline_version
            code_version = pipeline_version()
        with self._conn() as c:
            r = c.execute("SELECT status, code_version FROM stages WHERE doc_id=? AND stage='written'",
                          (doc_id,)).fetchone()
        return r is not None and r["status"] == "ok" and r["code_version"] == code_version

    # --- source items that failed before becoming documents ---------------------------------
    def record_source_outcomes(self, fetched: list[dict], failures: list[dict]) -> None:
        """After the fetch step of a run: items fetched now leave ``source_failures``; each
        failure (a dict with ``source_uri``, ``file_name``, ``error`` and optionally ``kind``,
        ``transient``, ``local_path``, ``root``) is recorded, counting attempts. A ``parked``
        failure (not downloaded this run) keeps its row and attempts. A failure whose bytes are
        known (``sha256``: a local file that is not a PDF) is a failed *document* instead."""
        now = utc_now()
        with self._conn() as c:
            c.executemany("DELETE FROM source_failures WHERE source_uri=?",
                          [(f["source_uri"],) for f in fetched] + [(f["source_uri"],) for f in failures
                                                                   if f.get("sha256")])
            for f in failures:
                if f.get("sha256"):
                    continue
                bump = 0 if f.get("kind") == "parked" else 1
                c.execute(
                    "INSERT INTO source_failures (source_uri, file_name, local_path, root, kind, error, transient, "
                    "attempts, first_failed, last_failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(source_uri) DO UPDATE SET file_name=excluded.file_name, "
                    "local_path=excluded.local_path, root=excluded.root, error=excluded.error, "
                    "transient=excluded.transient, attempts=attempts+?, last_failed=excluded.last_failed, "
                    "kind=CASE WHEN excluded.kind='parked' THEN kind ELSE excluded.kind END",
                    (f["source_uri"], f.get("file_name"), f.get("local_path"), f.get("root"), f.get("kind"),
                     f["error"], int(bool(f.get("transient"))), max(bump, 1), now, now, bump))

    def source_failures(self) -> list[dict]:
        """Source items that failed before becoming documents, oldest failure first."""
        try:
            with self._conn() as c:
                return [dict(r) for r in c.execute(
                    "SELECT * FROM source_failures ORDER BY first_failed, source_uri")]
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # a ledger written before this table existed (read-only view)
                return []
            raise
