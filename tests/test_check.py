"""``ita check DATA_DIR``: the contract checked in code (datastore/contract.py), run as a real
CLI subprocess on a real dataset and on broken copies of it."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from shared_dir import SHARED

ROOT = Path(__file__).resolve().parents[1]


def ita_check(path, *extra):
    return subprocess.run([sys.executable, "-m", "flows.cli", "check", str(path), *extra], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def copy(real_dataset, tmp_path):
    dst = tmp_path / "processed"
    shutil.copytree(real_dataset, dst)
    return dst


@pytest.mark.slow
def test_a_real_dataset_keeps_the_contract(real_dataset):
    res = ita_check(real_dataset)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.startswith("contract (schema 1): ok") or "contract (schema 2): ok" in res.stdout
    data = json.loads(ita_check(real_dataset, "--json").stdout)
    assert data["ok"] is True and data["problems"] == [] and data["rows"]["documents"] == 5
    assert data["rows"]["question_scores"] > 0
    script = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_contract.py"), str(real_dataset)],
                            capture_output=True, text=True, timeout=300)
    assert script.returncode == 0, script.stdout


@pytest.mark.slow
@pytest.mark.needs_shared
def test_agrees_with_the_shared_checker(real_dataset):
    shared = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contract.py"), str(real_dataset)],
                            capture_output=True, text=True, timeout=300)
    assert shared.returncode == 0 and ita_check(real_dataset).returncode == 0


def _rewrite(path: Path, fn) -> None:
    t = pq.read_table(path)
    pq.write_table(fn(t), path)


@pytest.mark.slow
def test_broken_datasets_fail_with_one_line_per_problem(copy):
    q = [f for f in sorted((copy / "question_scores").glob("*.parquet")) if pq.read_metadata(f).num_rows]
    docs = sorted((copy / "documents").glob("*.parquet"))
    ind = [f for f in sorted((copy / "indicator_scores").glob("*.parquet")) if pq.read_metadata(f).num_rows]
    # a score stored as text in one file
    _rewrite(ind[0], lambda t: t.set_column(t.schema.get_field_index("score"), "score",
                                            pa.array([str(v) for v in t.column("score").to_pylist()])))
    # a row written twice
    _rewrite(q[0], lambda t: pa.concat_tables([t, t.slice(0, 1)]))
    # a status outside the contract, and a document not ok without an error
    _rewrite(docs[0], lambda t: t.set_column(t.schema.get_field_index("status"), "status",
                                             pa.array(["finished"] * t.num_rows)))
    _rewrite(docs[1], lambda t: t.set_column(t.schema.get_field_index("status"), "status",
                                             pa.array(["partial"] * t.num_rows)))
    # a file lacking a column
    pm = sorted((copy / "planned_measures").glob("*.parquet"))[0]
    _rewrite(pm, lambda t: t.drop_columns(["follow_up"]))
    res = ita_check(copy)
    assert res.returncode == 1
    out = res.stdout
    assert f"indicator_scores.score: type string in {ind[0].name}, want double" in out
    assert "question_scores: duplicate rows on key ['doc_id', 'question_code']" in out
    assert "documents: bad status values ['finished']" in out
    assert "documents: 2 documents not ok without an error saying why" in out
    assert f"planned_measures: planned_measures/{pm.name} lacks ['follow_up']" in out
    assert re.match(r"contract \(schema [12]\): 5 problem\(s\)", res.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_partition_folders_and_missing_tables(copy):
    (copy / "question_scores" / "year=2568").mkdir()
    for f in list((copy / "question_scores").glob("*.parquet"))[:1]:
        shutil.move(str(f), copy / "question_scores" / "year=2568" / f.name)
    shutil.rmtree(copy / "indicator_scores")
    out = ita_check(copy).stdout
    assert "indicator_scores: missing directory" in out
    assert "question_scores.year: reads back as category (a partition folder?)" in out
    assert "question_scores: reads back with columns not in the contract: ['year']" in out


def test_expected_schema_follows_datastore_schema(monkeypatch):
    """A schema-2 code base checks a schema-1 dataset without doc_kind/announced_scores."""
    from datastore import contract, schema
    docs2 = schema.DOCUMENTS.append(pa.field("doc_kind", pa.string()))
    ann = pa.schema([("doc_id", pa.string()), ("tool_scale", pa.string())])
    monkeypatch.setattr(schema, "TABLES", {**schema.TABLES, "documents": docs2, "announced_scores": ann})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", "2")
    v2 = contract.expected_tables("2")
    assert "doc_kind" in v2["documents"].names and "announced_scores" in v2
    v1 = contract.expected_tables("1")
    assert "doc_kind" not in v1["documents"].names and "announced_scores" not in v1
    assert v1["question_scores"] == schema.QUESTION_SCORES


def test_no_dataset_is_a_usage_error(tmp_path):
    res = ita_check(tmp_path / "nope")
    assert res.returncode == 2 and res.stderr.strip() == f"ita: no dataset directory {tmp_path / 'nope'}"


@pytest.mark.needs_shared
def test_the_contract_in_the_repository_is_the_shared_one():
    """docs/contract.md is our copy of the contract: kept equal to ../shared/contract/dataset.md."""
    shared = (SHARED / "contract" / "dataset.md").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "contract.md").read_text(encoding="utf-8") == shared, \
        "docs/contract.md differs from the shared contract: copy it again"
