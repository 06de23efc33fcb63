"""``ita check DATA_DIR``: does a dataset keep the contract (docs/contract.md)?

The columns and types expected are those of ``datastore.schema`` — the code that writes the
dataset — so this check follows the schema as it changes. A dataset declares its
``schema_version`` in ``documents``; one written under schema 1 (before ``documents.doc_kind``
and ``announced_scores``) is checked against the schema-1 subset, with a note.

Every table is read the way an analyst reads it (pandas on the table directory, DuckDB on
its files) and checked for: every file carrying the full schema with the contract's types,
no extra or ``category`` columns, keys unique, every row's ``doc_id`` in ``documents``,
value domains (statuses, codes, tools, indicator numbers, sources, scores 0–100,
confidences 0–1, periods in order, doc kinds, tool scales), and repaired text (no PUA, Lao
or U+FFFD characters). Prefect-free; pandas, pyarrow and DuckDB only.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.types as pat

from datastore import schema as S

# what schema 2 added (docs/contract.md): a schema-1 dataset is checked without these
SCHEMA2_COLUMNS = {"documents": ("doc_kind",)}
SCHEMA2_TABLES = ("announced_scores",)

CODE = re.compile(r"^(i([1-9]|[12][0-9]|30)|e([1-9]|1[0-5])|o([1-9]|[1-3][0-9]|4[0-3]))$")
TOOL_OF_INDICATOR = {**{n: "IIT" for n in range(1, 6)}, **{n: "EIT" for n in range(6, 9)}, 9: "OIT", 10: "OIT"}
TOOL_OF_PREFIX = {"i": "IIT", "e": "EIT", "o": "OIT"}
BAD_CHARS = re.compile("[\ue000-\uf8ff\u0e80-\u0eff\ufffd]")  # PUA, Lao block, replacement character
SOURCES = ("results_table", "analysis_table", "measures_table", "text")
KEYS = {"indicator_scores": ["doc_id", "indicator_no", "source"], "question_scores": ["doc_id", "question_code"],
        "planned_measures": ["doc_id", "seq"]}


def expected_tables(version: str) -> dict[str, pa.Schema]:
    """The tables and schemas a dataset of ``version`` must have, from ``datastore.schema``."""
    tables = dict(S.TABLES)
    if version == "1":
        for t in SCHEMA2_TABLES:
            tables.pop(t, None)
        for t, cols in SCHEMA2_COLUMNS.items():
            if t in tables:
                sch = tables[t]
                tables[t] = pa.schema([f for f in sch if f.name not in cols])
    return tables


def type_ok(got: pa.DataType, want: pa.DataType) -> bool:
    """``got`` is the contract's ``want`` (string and large_string alike; list item names aside)."""
    if pat.is_string(want):
        return pat.is_string(got) or pat.is_large_string(got)
    if pat.is_list(want):
        return (pat.is_list(got) or pat.is_large_list(got)) and type_ok(got.value_type, want.value_type)
    if pat.is_timestamp(want):
        return pat.is_timestamp(got) and got.unit == want.unit and (got.tz or "") in ("UTC", "+00:00", "Etc/UTC")
    return got == want


def dataset_version(root: Path) -> Optional[str]:
    """The ``schema_version`` the dataset's documents declare (None: no documents to tell)."""
    import pyarrow.dataset as pads
    files = sorted((root / "documents").glob("*.parquet"))
    if not files:
        return None
    try:
        col = pads.dataset([str(f) for f in files], format="parquet").to_table(columns=["schema_version"])
    except (pa.ArrowInvalid, KeyError, OSError):
        return None
    values = {v for v in col.column("schema_version").to_pylist() if v is not None}
    return max(values) if values else None


def check(root: str | Path) -> dict:
    """Check the dataset at ``root``. Returns ``{"ok", "problems", "notes", "schema_version",
    "rows"}`` (``rows``: rows per table as read)."""
    import pandas as pd
    import pyarrow.dataset as pads
    root = Path(root)
    problems: list[str] = []
    notes: list[str] = []
    version = dataset_version(root) or S.SCHEMA_VERSION
    if version not in ("1", "2"):
        problems.append(f"documents: unknown schema_version {version!r}")
    elif version > S.SCHEMA_VERSION:
        problems.append(f"documents: schema_version {version} is newer than this code's ({S.SCHEMA_VERSION}): "
                        "upgrade ita-dataset to check it")
    elif version < S.SCHEMA_VERSION:
        notes.append(f"written under schema {version}; this code writes {S.SCHEMA_VERSION} "
                     "(`ita rerun --all --from normalize` upgrades it)")
    tables = expected_tables(version)
    frames: dict[str, pd.DataFrame] = {}
    for table, schema in tables.items():
        path = root / table
        if not path.is_dir():
            problems.append(f"{table}: missing directory {path}")
            continue
        files = sorted(path.rglob("*.parquet"))
        if not files:
            problems.append(f"{table}: no parquet files")
            continue
        bad_file = False  # unreadable files or wrong types: the table's values are not checked
        for f in files:  # every file carries the full schema, not only the union of them
            try:
                got = pads.dataset(str(f), format="parquet").schema
            except (pa.ArrowInvalid, OSError) as e:
                problems.append(f"{table}: {f.relative_to(root)} is not readable Parquet ({e})")
                bad_file = True
                continue
            missing = [c for c in schema.names if c not in got.names]
            if missing:
                problems.append(f"{table}: {f.relative_to(root)} lacks {missing}")
            extra = [c for c in got.names if c not in schema.names]
            if extra:
                problems.append(f"{table}: {f.relative_to(root)} has columns not in the contract: {extra}")
            for field in schema:
                if field.name in got.names and not type_ok(got.field(field.name).type, field.type):
                    problems.append(f"{table}.{field.name}: type {got.field(field.name).type} in {f.name}, "
                                    f"want {field.type}")
                    bad_file = True
        if bad_file:
            continue
        try:
            df = pd.read_parquet(path)
        except Exception as e:  # noqa: BLE001 - any reader failure is the finding
            problems.append(f"{table}: pandas cannot read it: {e}")
            continue
        for c in df.columns:
            if isinstance(df[c].dtype, pd.CategoricalDtype):
                problems.append(f"{table}.{c}: reads back as category (a partition folder?)")
        extra = [c for c in df.columns if c not in schema.names]
        if extra:
            problems.append(f"{table}: reads back with columns not in the contract: {extra}")
        frames[table] = df
    problems += _check_values(frames, tables, version)
    problems += _check_duckdb(root, frames)
    return {"ok": not problems, "problems": problems, "notes": notes, "schema_version": version,
            "rows": {t: len(df) for t, df in frames.items()}}


def _check_values(frames: dict, tables: dict[str, pa.Schema], version: str) -> list[str]:
    problems: list[str] = []
    docs = frames.get("documents")
    ids: set = set()
    if docs is not None and len(docs):
        ids = set(docs["doc_id"])
        if docs["doc_id"].duplicated().any():
            problems.append("documents: duplicate doc_id")
        bad = docs[~docs["doc_id"].astype(str).str.fullmatch(r"[0-9a-f]{64}")]
        if len(bad):
            problems.append(f"documents: {len(bad)} doc_id values are not SHA-256 hex")
        bad = docs[~docs["status"].isin(S.STATUSES)]
        if len(bad):
            problems.append(f"documents: bad status values {sorted(map(str, bad['status'].unique()))}")
        no_reason = docs[(docs["status"] != "ok") & docs["error"].isna()]
        if len(no_reason):
            problems.append(f"documents: {len(no_reason)} documents not ok without an error saying why")
        for c in ("overall_score", "iit_score", "eit_score", "oit_score"):
            if ((docs[c] < 0) | (docs[c] > 100)).any():
                problems.append(f"documents.{c}: outside 0..100")
        if "doc_kind" in docs.columns:
            bad = docs[docs["doc_kind"].notna() & ~docs["doc_kind"].isin(["report", "announcement"])]
            if len(bad):
                problems.append(f"documents: bad doc_kind values {sorted(map(str, bad['doc_kind'].unique()))}")

    for table, key in KEYS.items():
        df = frames.get(table)
        if df is None or not len(df):
            continue
        if ids and not set(df["doc_id"]) <= ids:
            problems.append(f"{table}: doc_id values missing from documents")
        if df.duplicated(key).any():
            problems.append(f"{table}: duplicate rows on key {key}")

    q = frames.get("question_scores")
    if q is not None and len(q):
        codes = q["question_code"].astype(str)
        bad = q[~codes.str.fullmatch(CODE)]
        if len(bad):
            problems.append(f"question_scores: non-canonical codes {sorted(bad['question_code'].astype(str).unique())[:10]}")
        if (codes.str[0].map(TOOL_OF_PREFIX) != q["tool"]).any():
            problems.append("question_scores: tool does not match the code's prefix")
        if ((q["score"] < 0) | (q["score"] > 100)).any():
            problems.append("question_scores: score outside 0..100")
    i = frames.get("indicator_scores")
    if i is not None and len(i):
        if not i["indicator_no"].between(1, 10).all():
            problems.append("indicator_scores: indicator_no outside 1..10")
        if (i["indicator_no"].map(TOOL_OF_INDICATOR) != i["tool"]).any():
            problems.append("indicator_scores: tool does not match indicator_no")
        if not i["source"].isin(SOURCES).all():
            problems.append(f"indicator_scores: unknown source values {sorted(set(i['source']) - set(SOURCES))}")
        if ((i["score"] < 0) | (i["score"] > 100)).any():
            problems.append("indicator_scores: score outside 0..100")
    m = frames.get("planned_measures")
    if m is not None and len(m):
        both = m.dropna(subset=["period_start", "period_end"])
        if (both["period_start"] > both["period_end"]).any():
            problems.append("planned_measures: period_start after period_end")
        for codes in m["question_codes"]:
            if codes is not None and any(not CODE.fullmatch(str(x)) for x in codes):
                problems.append(f"planned_measures.question_codes: non-canonical code in {list(codes)}")
                break
        if (m["seq"] < 1).any():
            problems.append("planned_measures: seq below 1")
    a = frames.get("announced_scores")
    if a is not None and len(a):
        if ids and not set(a["doc_id"]) <= ids:
            problems.append("announced_scores: doc_id values missing from documents")
        if not a["tool_scale"].isin(["percent", "weighted"]).all():
            problems.append("announced_scores: tool_scale must be percent or weighted")
        if ((a["overall_score"] < 0) | (a["overall_score"] > 100)).any():
            problems.append("announced_scores: overall_score outside 0..100")
        if docs is not None and "doc_kind" in docs.columns:
            kinds = dict(zip(docs["doc_id"], docs["doc_kind"]))
            if any(kinds.get(d) != "announcement" for d in a["doc_id"].unique()):
                problems.append("announced_scores: rows from a document whose doc_kind is not announcement")

    for table, df in frames.items():
        if "confidence" in df.columns and ((df["confidence"] < 0) | (df["confidence"] > 1)).any():
            problems.append(f"{table}.confidence: outside 0..1")
        for field in tables[table]:  # repaired text: no PUA, Lao or U+FFFD left
            if not pat.is_string(field.type) or field.name not in df.columns:
                continue
            hits = df[field.name].dropna().astype(str).str.contains(BAD_CHARS)
            if hits.any():
                problems.append(f"{table}.{field.name}: {int(hits.sum())} values still hold PUA/Lao/U+FFFD characters")
    return problems


def _check_duckdb(root: Path, frames: dict) -> list[str]:
    import duckdb
    problems = []
    for table, df in frames.items():
        glob = str(root / table / "**" / "*.parquet").replace("'", "''")
        try:
            n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall()[0][0]
        except Exception as e:  # noqa: BLE001 - any reader failure is the finding
            problems.append(f"{table}: DuckDB cannot read it: {e}")
            continue
        if n != len(df):
            problems.append(f"{table}: DuckDB reads {n} rows, pandas {len(df)}")
    return problems
