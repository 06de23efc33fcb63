"""Reports checked against announcements in the same dataset (schema 2).

When the dataset holds an ``announced_scores`` row for a body and year and a report
(``doc_kind = report``) of that body and year, each of the report's printed scores
(``overall_score``, ``iit_score``, ``eit_score``, ``oit_score``) that differs from the
announced one gets a flag on the report's ``documents`` row; no value is changed:

    differs_from_announcement:<announced value>             (the overall score)
    differs_from_announcement:<announced value>@iit_score   (a tool score)

An announcement that prints weighted tool parts (IIT out of 30, …) is compared on the
report's 0–100 scale (29.64 of 30 → 98.8); a report that printed the weighted part itself
is not a difference. Bodies are matched by ``normalizers.records.announce_text.name_key`` (repaired
name, abbreviations expanded, spaces and dots ignored), the same assessment year, and the
same province where both name one.

The flags hold whichever document was written first: ``after_write`` runs after every
document is written (``datastore.writer.write_records``), under a file lock in the data
directory, so of two documents written at the same time the later check sees both; a report
written re-checks itself, a document written re-checks every report of the bodies it lists or
listed before (an announcement re-written as failed takes its flags back), a document removed
re-checks the reports of the bodies it announced. Each check recomputes the
report's ``differs_from_announcement`` flags from scratch and rewrites its ``documents`` file
only when they change (deterministic, idempotent). ``reconcile_all`` re-checks the whole
dataset.
"""
from __future__ import annotations

import fcntl
import io
import os
import uuid
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from datastore import schema as S
from normalizers.records.announce_text import name_key

FLAG = "differs_from_announcement"
LOCK_NAME = ".crosscheck.lock"
FIELDS = (("overall_score", "overall_score", 1.0), ("iit_score", "iit", 0.3),
          ("eit_score", "eit", 0.3), ("oit_score", "oit", 0.4))
TOL = 0.006  # two printed decimals on both sides


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK_NAME, "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


@lru_cache(maxsize=1)
def _empty_size() -> int:
    """Bytes of a zero-row ``announced_scores`` file as the writer writes it."""
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist([], schema=S.ANNOUNCED_SCORES), buf)
    return len(buf.getvalue())


def _rows(path: Path, columns: Optional[list[str]] = None) -> list[dict]:
    try:
        t = pq.read_table(path)
    except (OSError, pa.ArrowInvalid):
        return []  # a file being replaced or damaged: the next check sees it
    if columns:
        t = t.select([c for c in columns if c in t.column_names])
    return t.to_pylist()


def announced_index(out_dir: Path) -> dict[tuple[str, int], list[dict]]:
    """(name key, year) → announced rows of every announcement in the dataset."""
    d = out_dir / "announced_scores"
    index: dict[tuple[str, int], list[dict]] = {}
    if not d.is_dir():
        return index
    empty = _empty_size()
    for p in sorted(d.glob("*.parquet")):
        try:
            if p.stat().st_size == empty:
                continue
        except OSError:
            continue
        for r in _rows(p):
            key = name_key(r.get("org_name"))
            if key and r.get("assessment_year"):
                index.setdefault((key, int(r["assessment_year"])), []).append(r)
    return index


def _fmt(v: float) -> str:
    return f"{round(v, 2):g}"


def report_flags(doc: dict, index: dict[tuple[str, int], list[dict]]) -> list[str]:
    """The ``differs_from_announcement`` flags a report's documents row should carry."""
    if doc.get("doc_kind") != "report" or not doc.get("assessment_year"):
        return []
    key = name_key(doc.get("org_name"))
    if not key:
        return []
    flags = set()
    for a in index.get((key, int(doc["assessment_year"])), []):
        if a.get("province") and doc.get("province") and a["province"] != doc["province"]:
            continue
        for mine, theirs, weight in FIELDS:
            v, w = doc.get(mine), a.get(theirs)
            if v is None or w is None:
                continue
            pct = w / weight if a.get("tool_scale") == "weighted" else w
            tol = TOL / weight if a.get("tool_scale") == "weighted" else TOL
            if abs(v - pct) <= tol or abs(v - w) <= TOL:
                continue
            flags.add(f"{FLAG}:{_fmt(pct)}" + ("" if mine == "overall_score" else f"@{mine}"))
    return sorted(flags)


def _rewrite(path: Path, index: dict) -> bool:
    """Recompute the cross-check flags of the report in ``path``; rewrite when they change."""
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid):
        return False
    if "doc_kind" not in table.column_names:
        return False  # a schema-1 file: re-run the document (ita rerun --all --from normalize)
    rows = table.to_pylist()
    changed = False
    for r in rows:
        old = list(r.get("flags") or [])
        new = sorted({f for f in old if not f.startswith(FLAG + ":")} | set(report_flags(r, index)))
        if new != sorted(old):
            r["flags"] = new
            changed = True
    if not changed:
        return False
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return True


def _reports(out_dir: Path, keys: Optional[set[str]]) -> list[Path]:
    """documents files of reports, those naming a body in ``keys`` when given."""
    out = []
    for p in sorted((out_dir / "documents").glob("*.parquet")):
        for r in _rows(p, ["doc_kind", "org_name"]):
            if r.get("doc_kind") == "report" and (keys is None or name_key(r.get("org_name")) in keys):
                out.append(p)
                break
    return out


def _keys(rows: Iterable[dict]) -> set[str]:
    return {k for k in (name_key(r.get("org_name")) for r in rows) if k}


def after_write(out_dir: str | Path, records, before: Optional[set[str]] = None) -> list[str]:
    """Re-check what a written document touches (module doc): a report itself; the reports of
    the bodies an announcement lists now or listed before (``before``: name keys read from its
    previous files, so an announcement re-written as failed takes its flags back). Returns the
    doc_ids rewritten."""
    out_dir = Path(out_dir)
    doc = records.document
    kind = doc.get("doc_kind")
    keys = _keys(records.announced_scores) | set(before or ())
    if kind == "report" and not name_key(doc.get("org_name")) and not keys:
        return []
    if kind != "report" and not keys:
        return []
    with _locked(out_dir):
        index = announced_index(out_dir)
        paths = _reports(out_dir, keys) if keys else []
        if kind == "report":
            paths.append(out_dir / "documents" / f"{records.doc_id}.parquet")
        return sorted({p.stem for p in paths if p.exists() and _rewrite(p, index)})


def announced_keys(out_dir: str | Path, doc_id: str) -> set[str]:
    """Name keys of the bodies a document announces (read before removing it)."""
    p = Path(out_dir) / "announced_scores" / f"{doc_id}.parquet"
    try:
        if p.stat().st_size == _empty_size():
            return set()
    except OSError:
        return set()
    return _keys(_rows(p, ["org_name"]))


def after_remove(out_dir: str | Path, keys: set[str]) -> list[str]:
    """Re-check the reports of the bodies a removed announcement listed."""
    if not keys:
        return []
    out_dir = Path(out_dir)
    with _locked(out_dir):
        index = announced_index(out_dir)
        return [p.stem for p in _reports(out_dir, keys) if _rewrite(p, index)]


def reconcile_all(out_dir: str | Path) -> list[str]:
    """Re-check every report of the dataset. Returns doc_ids rewritten."""
    out_dir = Path(out_dir)
    with _locked(out_dir):
        index = announced_index(out_dir)
        return [p.stem for p in _reports(out_dir, None) if _rewrite(p, index)]
