"""Compaction: one-file-per-document tables → a few files per table, idempotent re-runs kept.

    python -m datastore.compact OUT_DIR [--min-files 2000] [--buckets 16] [--force]

The writer keeps ``<table>/<doc_id>.parquet`` per document (atomic, idempotent). Past a few
thousand documents that is too many small files for readers (a 40,000-report backfill: 160,000
files). ``compact`` merges, per table, the per-document files into ``part-<b>.parquet``, where
``b`` is the first hex digit of the doc_id (16 buckets by default; ``--buckets 256`` uses two
digits), each part holding its documents' rows sorted by doc_id (same files in, same bytes out).

Idempotent re-runs stay exact: before a document is written again (or retired), ``evict``
removes its rows from its bucket's part (``datastore.runner`` and ``flows.ingest`` call it), so
its rows are never both in a part and in its own file. The next compaction folds it back in.

Crash safety: a part is written under ``<out>/.staging/`` (no table glob sees it), a journal
``<out>/.compact-journal.json`` names the per-document files it replaces, then the part is
renamed into place and those files removed. A crash between the rename and the removals leaves
them duplicated in the part until ``recover`` (run first by every ``compact``/``evict``, and at
the start of ``ita ingest``) finishes the removals. One process at a time (``fcntl`` lock on
``<out>/.compact.lock``): the orchestrator's threads and Dask workers may write concurrently.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datastore.settings import settings

TABLES = ("documents", "indicator_scores", "question_scores", "planned_measures")
DOC_FILE = re.compile(r"^([0-9a-f]{64})\.parquet$")
JOURNAL = ".compact-journal.json"
DEFAULT_MIN_FILES = settings().compact_min_files  # $ITA_COMPACT_MIN_FILES
_tlock = threading.Lock()


def _digits(buckets: int) -> int:
    if buckets not in (16, 256):
        raise ValueError("buckets must be 16 or 256")
    return 1 if buckets == 16 else 2


def part_name(doc_id: str, digits: int) -> str:
    return f"part-{doc_id[:digits]}.parquet"


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    out.mkdir(parents=True, exist_ok=True)
    with _tlock, open(out / ".compact.lock", "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _parts(table_dir: Path) -> list[Path]:
    return sorted(table_dir.glob("part-*.parquet"))


def _write_part(out: Path, table: pa.Table, dest: Path, remove: list[Path]) -> None:
    """Stage ``table``, journal the files it replaces, rename it to ``dest``, remove them."""
    staging = out / ".staging"
    staging.mkdir(exist_ok=True)
    tmp = staging / f"{dest.parent.name}.{dest.name}.tmp-{os.getpid()}"
    pq.write_table(table, tmp)
    journal = out / JOURNAL
    jtmp = staging / (JOURNAL + ".tmp")
    jtmp.write_text(json.dumps({"part": str(dest), "remove": [str(p) for p in remove]}))
    os.replace(jtmp, journal)
    os.replace(tmp, dest)
    _finish(journal)


def _finish(journal: Path) -> None:
    j = json.loads(journal.read_text())
    for p in j["remove"]:
        Path(p).unlink(missing_ok=True)
    journal.unlink()


def recover(out_dir: str | Path) -> bool:
    """Finish a compaction a crash interrupted; True if there was one."""
    out = Path(out_dir)
    journal = out / JOURNAL
    if not journal.exists():
        return False
    j = json.loads(journal.read_text())
    if Path(j["part"]).exists():
        _finish(journal)  # the part is in place: its documents' own files go
    else:
        journal.unlink()  # the part never replaced anything
    return True


def _sorted(table: pa.Table) -> pa.Table:
    if table.num_rows == 0:
        return table
    idx = pa.array(range(table.num_rows))
    t = table.append_column("__row", idx)
    t = t.sort_by([("doc_id", "ascending"), ("__row", "ascending")])
    return t.drop_columns(["__row"])


def compact(out_dir: str | Path, *, buckets: int = 16, min_files: int = DEFAULT_MIN_FILES,
            tables: Iterable[str] = TABLES) -> dict:
    """Fold per-document files into bucket parts for tables with at least ``min_files`` of
    them (``min_files=0``: always). Returns {table: per-document files folded}."""
    out = Path(out_dir)
    digits = _digits(buckets)
    done = {}
    with _locked(out):
        recover(out)
        for table in tables:
            d = out / table
            if not d.is_dir():
                continue
            files = [p for p in d.iterdir() if DOC_FILE.match(p.name)]
            if not files or len(files) < min_files:
                continue
            by_bucket: dict[str, list[Path]] = {}
            for p in files:
                by_bucket.setdefault(p.name[:digits], []).append(p)
            for b, members in sorted(by_bucket.items()):
                dest = d / f"part-{b}.parquet"
                pieces = [pq.read_table(p) for p in sorted(members)]
                if dest.exists():
                    old = pq.read_table(dest)
                    fresh = pa.array([p.name[:64] for p in members])
                    pieces.insert(0, old.filter(pc.invert(pc.is_in(old["doc_id"], value_set=fresh))))
                merged = _sorted(pa.concat_tables(pieces, promote_options="default"))
                _write_part(out, merged, dest, members)
            done[table] = len(files)
    return done


def evict(out_dir: str | Path, doc_ids: Iterable[str]) -> int:
    """Remove these documents' rows from the bucket parts (before they are written again or
    retired). Returns the number of parts rewritten; no parts → no work (a few stats)."""
    out = Path(out_dir)
    ids = sorted(set(doc_ids))
    cands = [(t, out / t / part_name(i, n), i) for t in TABLES for i in ids for n in (1, 2)]
    if not any(p.exists() for _, p, _ in cands):
        return 0
    rewritten = 0
    with _locked(out):
        recover(out)
        by_part: dict[Path, list[str]] = {}
        for _, part, i in cands:
            by_part.setdefault(part, []).append(i)
        for part, members in sorted(by_part.items()):
            if not part.exists():
                continue
            old = pq.read_table(part)
            gone = pc.is_in(old["doc_id"], value_set=pa.array(members))
            if not pc.any(gone).as_py():
                continue
            kept = old.filter(pc.invert(gone))
            if kept.num_rows:
                _write_part(out, kept, part, [])
            else:
                part.unlink()
            rewritten += 1
    return rewritten


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m datastore.compact", description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--buckets", type=int, default=16, choices=(16, 256))
    ap.add_argument("--min-files", type=int, default=DEFAULT_MIN_FILES,
                    help="compact a table only past this many per-document files (default %(default)s)")
    ap.add_argument("--force", action="store_true", help="compact whatever the number of files")
    a = ap.parse_args(argv)
    done = compact(a.out_dir, buckets=a.buckets, min_files=0 if a.force else a.min_files)
    print(json.dumps({"compacted": done}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
