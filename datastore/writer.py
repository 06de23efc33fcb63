"""The write stage: one document's ``Records`` → one Parquet file per table under ``processed/``.

Layout: ``<processed>/<table>/<doc_id>.parquet`` for the five contract tables (schema 2), no partition
folders. Every file carries exactly the contract schema (``datastore.schema``), even with zero
rows, so every table exists and readers never see a column come and go.

Crash safety: each file is staged in ``<processed>/.staging/`` (same file system, outside
every table folder, so no reader glob — ``table/*``, ``table/**/*.parquet``, ``**/*.parquet``
on the table — ever sees a half-written file), fsynced, and atomically renamed over the old
one. ``sweep_temp_files`` removes what a killed writer left there (run under the run lock). The ``documents`` file is
written last, so a document is never listed as written while its rows are missing. Re-writing
a document replaces its files: the write is idempotent.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any, Iterable, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from datastore import crosscheck
from datastore import schema as S
from datastore.interim import check_doc_id
from datastore.settings import settings
from extractors.model import EXTRACT_VERSION
from normalizers.model import NORMALIZE_VERSION, Records

WRITER_VERSION = "1"
DATA_TABLES = ("indicator_scores", "question_scores", "planned_measures", "announced_scores")
TABLE_ORDER = DATA_TABLES + ("documents",)  # documents last: a listed document has its rows
_WRITER_FILLED = ("doc_id", "source_uri", "file_name", "ingested_at", "pipeline_version", "schema_version")
_TOOL_ORDER = {"i": 0, "e": 1, "o": 2}
_PAUSE_S = settings().fault_write_pause_s  # $ITA_FAULT_WRITE_PAUSE_S  # tests only: see _write_atomic


def package_version() -> str:
    """The package version (``datastore/version.py``, the one place it is written)."""
    from datastore.version import __version__
    return __version__


def pipeline_version() -> str:
    """Version of the code that writes a row: package version plus each stage's version."""
    return (f"{package_version()}+extract.{EXTRACT_VERSION}.normalize.{NORMALIZE_VERSION}"
            f".write.{WRITER_VERSION}")


def _none_last(v: Any) -> tuple:
    return (v is None, v if v is not None else 0)


def _code_key(code: Any) -> tuple:
    s = str(code or "")
    num = int(s[1:]) if s[1:].isdigit() else 10**6
    return (_TOOL_ORDER.get(s[:1], 9), num, s)


def _row_key(table: str, row: dict) -> tuple:
    """Deterministic sort key of a row: the table's natural key, then the whole row."""
    whole = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    if table == "indicator_scores":
        key = (_none_last(row.get("indicator_no")), str(row.get("source") or ""), _none_last(row.get("page")))
    elif table == "question_scores":
        key = (_code_key(row.get("question_code")), _none_last(row.get("page")))
    elif table == "planned_measures":
        key = (_none_last(row.get("seq")), _none_last(row.get("page_first")))
    elif table == "announced_scores":
        key = (_none_last(row.get("page")), _none_last(row.get("row_no")))
    else:
        key = ()
    return key + (whole,)


def to_table(table: str, rows: Iterable[dict]) -> pa.Table:
    """Rows (dicts with contract column names) → a pyarrow Table with exactly the contract schema.

    Rows are sorted deterministically. Unknown columns raise ValueError (a normalizer bug must
    be loud); missing columns become null; list columns default to [].
    """
    sch = S.TABLES[table]
    rows = [dict(r) for r in rows]
    for r in rows:
        unknown = sorted(set(r) - set(sch.names))
        if unknown:
            raise ValueError(f"{table}: columns not in the contract: {unknown}")
        for f in sch:
            if pa.types.is_list(f.type) and r.get(f.name) is None:
                r[f.name] = []
    rows.sort(key=lambda r: _row_key(table, r))
    return pa.Table.from_pylist(rows, schema=sch)


def document_row(records: Records, *, source_uri: str, file_name: str,
                 ingested_at: dt.datetime) -> dict:
    """The documents row of ``records`` with the writer-filled columns set."""
    doc = dict(records.document)
    if doc.get("doc_id") not in (None, records.doc_id):
        raise ValueError(f"documents row doc_id {doc.get('doc_id')!r} != {records.doc_id!r}")
    if doc.get("status") not in S.STATUSES:
        raise ValueError(f"documents row status {doc.get('status')!r} not in {S.STATUSES}")
    if doc.get("doc_kind") not in (None, *S.DOC_KINDS):
        raise ValueError(f"documents row doc_kind {doc.get('doc_kind')!r} not in {S.DOC_KINDS}")
    doc.update(doc_id=records.doc_id, source_uri=source_uri, file_name=file_name,
               ingested_at=ingested_at, pipeline_version=pipeline_version(),
               schema_version=S.SCHEMA_VERSION)
    return doc


def data_rows(records: Records, table: str) -> list[dict]:
    """Rows of one data table of ``records`` with doc_id filled (and checked)."""
    out = []
    for r in getattr(records, table):
        r = dict(r)
        if r.get("doc_id") not in (None, records.doc_id):
            raise ValueError(f"{table}: row doc_id {r.get('doc_id')!r} != {records.doc_id!r}")
        r["doc_id"] = records.doc_id
        out.append(r)
    return out


def failed_records(doc_id: str, error: str, *, page_count: Optional[int] = None,
                   stage: Optional[str] = None) -> Records:
    """Records of a document that could not be processed: a ``failed`` documents row, no data rows.

    ``page_count`` is null when the PDF could not be opened (flagged ``page_count:unknown``).
    """
    flags = [f"failed_stage:{stage}"] if stage else []
    if page_count is None:
        flags.append("page_count:unknown")
    return Records(doc_id=doc_id, document={
        "status": "failed", "error": error, "page_count": page_count, "ocr_pages": 0, "flags": flags})


STAGING_DIR = ".staging"


def _write_atomic(table: pa.Table, path: Path, staging: Path) -> None:
    """Write ``table`` to ``path`` via a temp file in ``staging`` (same file system) and a rename."""
    staging.mkdir(parents=True, exist_ok=True)
    tmp = staging / f"{path.parent.name}.{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        pq.write_table(table, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if _PAUSE_S:  # fault injection: widen the window a kill -9 test aims at
            time.sleep(_PAUSE_S)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def sweep_temp_files(out_dir: str | Path, raw_dir: Optional[str | Path] = None) -> int:
    """Delete temp files left by a killed writer (call it while holding the run lock): the
    staging folder's, older versions' hidden temp files inside table folders, and (given
    ``raw_dir``) partial downloads. Returns the count."""
    n = 0
    staging = Path(out_dir) / STAGING_DIR
    if staging.is_dir():
        for p in staging.iterdir():
            if p.is_file():
                p.unlink(missing_ok=True)
                n += 1
    if raw_dir is not None and (Path(raw_dir) / "by-hash").is_dir():
        for p in (Path(raw_dir) / "by-hash").glob(".download-*"):
            p.unlink(missing_ok=True)
            n += 1
    for table in S.TABLES:
        d = Path(out_dir) / table
        if d.is_dir():
            for p in d.glob(".*.parquet.tmp-*"):
                p.unlink(missing_ok=True)
                n += 1
    return n


def write_records(records: Records, out_dir: str | Path, *, source_uri: str, file_name: str,
                  ingested_at: Optional[dt.datetime] = None) -> dict[str, int]:
    """Write one document's rows: ``<out_dir>/<table>/<doc_id>.parquet`` for each table.

    Replaces the document's previous files (idempotent); ``documents`` is written last.
    ``ingested_at`` defaults to now (UTC, microseconds). Returns rows written per table.
    """
    doc_id = check_doc_id(records.doc_id)
    now = ingested_at or dt.datetime.now(dt.timezone.utc)
    announced = crosscheck.announced_keys(out_dir, doc_id)  # bodies its previous version listed
    tables = {t: to_table(t, data_rows(records, t)) for t in DATA_TABLES}
    tables["documents"] = to_table("documents", [document_row(
        records, source_uri=source_uri, file_name=file_name, ingested_at=now)])
    counts = {}
    for name in TABLE_ORDER:
        d = Path(out_dir) / name
        try:
            d.mkdir(parents=True, exist_ok=True)
            _write_atomic(tables[name], d / f"{doc_id}.parquet", Path(out_dir) / STAGING_DIR)
        except OSError as e:  # one plain line naming the directory: "no space left on device in …"
            from datastore.errors import DiskError, describe_os_error
            raise DiskError(e.errno, f"writing {name}: {describe_os_error(e, d)}") from None
        counts[name] = tables[name].num_rows
    crosscheck.after_write(out_dir, records, announced)  # reports vs announcements, whichever came first
    return counts


def remove_document(out_dir: str | Path, doc_id: str) -> int:
    """Delete a document's files from every table (a replaced version of a changed source).
    The ``documents`` file goes first, so a reader never sees the document listed without
    its rows. Returns how many files were removed."""
    from datastore.schema import TABLES

    removed = 0
    announced = crosscheck.announced_keys(out_dir, doc_id)
    for table in ["documents"] + [t for t in TABLES if t != "documents"]:
        path = Path(out_dir) / table / f"{doc_id}.parquet"
        if path.exists():
            path.unlink()
            removed += 1
    crosscheck.after_remove(out_dir, announced)
    return removed
