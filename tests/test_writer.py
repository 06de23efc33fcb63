"""The write stage: real Parquet files read back with pandas, pyarrow and DuckDB."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from datastore import schema as S
from datastore.writer import failed_records, pipeline_version, sweep_temp_files, to_table, write_records
from normalizers.model import Records
from runner_helpers import CHECK_CONTRACT

DOC = "a" * 64
DOC2 = "b" * 64


def _q(code, score, page=2):
    return {"assessment_year": 2568, "question_code": code, "raw_code": code.upper(),
            "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[code[0]], "indicator_no": None,
            "question_text": "ข้อคำถาม", "score": score, "page": page, "confidence": 0.9, "flags": []}


def _records(doc_id=DOC, questions=None) -> Records:
    return Records(
        doc_id=doc_id,
        document={"org_name": "องค์การบริหารส่วนตำบลทดสอบ", "org_type": "องค์การบริหารส่วนตำบล",
                  "assessment_year": 2568, "plan_year": 2569, "overall_score": 88.59, "level": "A",
                  "page_count": 5, "ocr_pages": 0, "status": "ok", "error": None, "flags": []},
        question_scores=questions if questions is not None else [_q("o12", 75.5), _q("i2", 90.0), _q("e5", 81.25)],
        indicator_scores=[{"assessment_year": 2568, "indicator_no": 9, "indicator_name": "การเปิดเผยข้อมูล",
                           "tool": "OIT", "score": 95.0, "source": "results_table", "page": 1,
                           "confidence": 1.0, "flags": ["x:y"]}],
        planned_measures=[{"plan_year": 2569, "seq": 2, "measure": "อบรม", "question_codes": ["i1", "i2"],
                           "steps": ["ขั้นที่ ๑"], "responsible": ["กองคลัง"],
                           "period_start": dt.date(2025, 10, 1), "period_end": dt.date(2026, 9, 30),
                           "page_first": 3, "page_last": 4, "confidence": 0.8, "flags": []},
                          {"plan_year": 2569, "seq": 1, "measure": "ประชุม", "page_first": 3, "page_last": 3,
                           "confidence": 0.8}])


def test_writes_contract_schema_and_values(tmp_path):
    before = dt.datetime.now(dt.timezone.utc)
    counts = write_records(_records(), tmp_path, source_uri="src/a.pdf", file_name="a.pdf")
    assert counts == {"indicator_scores": 1, "question_scores": 3, "planned_measures": 2, "announced_scores": 0,
                      "documents": 1}
    for table, sch in S.TABLES.items():
        files = sorted(p.name for p in (tmp_path / table).iterdir())
        assert files == [f"{DOC}.parquet"]
        assert pq.read_schema(tmp_path / table / files[0]).remove_metadata() == sch  # exactly the contract

    docs = pd.read_parquet(tmp_path / "documents")
    row = docs.iloc[0]
    assert (row.doc_id, row.source_uri, row.file_name, row.status) == (DOC, "src/a.pdf", "a.pdf", "ok")
    assert row.schema_version == "2" and row.pipeline_version == pipeline_version()
    assert row.pipeline_version.startswith(__import__("datastore.version").version.__version__ + "+")
    assert str(docs["ingested_at"].dtype) == "datetime64[us, UTC]"
    assert before <= row.ingested_at.to_pydatetime() <= dt.datetime.now(dt.timezone.utc)
    assert row.overall_score == 88.59 and row.org_name == "องค์การบริหารส่วนตำบลทดสอบ"

    q = pd.read_parquet(tmp_path / "question_scores")
    assert list(q["question_code"]) == ["i2", "e5", "o12"]  # sorted: IIT, EIT, OIT, then number
    assert list(q["score"]) == [90.0, 81.25, 75.5]
    assert set(q["doc_id"]) == {DOC}

    m = duckdb.sql(f"SELECT seq, measure, question_codes, steps, responsible, period_start, period_end "
                   f"FROM read_parquet('{tmp_path}/planned_measures/**/*.parquet') ORDER BY seq").fetchall()
    assert m == [(1, "ประชุม", [], [], [], None, None),
                 (2, "อบรม", ["i1", "i2"], ["ขั้นที่ ๑"], ["กองคลัง"], dt.date(2025, 10, 1), dt.date(2026, 9, 30))]
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{tmp_path}/documents/*.parquet')").fetchall()
    types = {r[0]: r[1] for r in described}
    assert types["ingested_at"] == "TIMESTAMP WITH TIME ZONE" and types["assessment_year"] == "SMALLINT"
    assert types["flags"] == "VARCHAR[]"

    res = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(tmp_path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_rewrite_replaces_a_documents_rows_and_leaves_others(tmp_path):
    write_records(_records(DOC), tmp_path, source_uri="a", file_name="a.pdf")
    write_records(_records(DOC2), tmp_path, source_uri="b", file_name="b.pdf")
    other = (tmp_path / "question_scores" / f"{DOC2}.parquet").read_bytes()
    write_records(_records(DOC, questions=[_q("i7", 50.0)]), tmp_path, source_uri="a", file_name="a.pdf")
    write_records(_records(DOC, questions=[_q("i7", 50.0)]), tmp_path, source_uri="a", file_name="a.pdf")
    q = pd.read_parquet(tmp_path / "question_scores")
    assert sorted(q[q.doc_id == DOC]["question_code"]) == ["i7"]
    assert sorted(q[q.doc_id == DOC2]["question_code"]) == ["e5", "i2", "o12"]
    assert (tmp_path / "question_scores" / f"{DOC2}.parquet").read_bytes() == other
    assert len(pd.read_parquet(tmp_path / "documents")) == 2


def test_zero_rows_still_write_every_table_with_full_schema(tmp_path):
    write_records(failed_records(DOC, "not_a_pdf: file is empty", stage="extract"), tmp_path,
                  source_uri="x.pdf", file_name="x.pdf")
    for table, sch in S.TABLES.items():
        df = pd.read_parquet(tmp_path / table)
        assert list(df.columns) == sch.names
    docs = pd.read_parquet(tmp_path / "documents")
    assert docs.iloc[0].status == "failed" and docs.iloc[0].error == "not_a_pdf: file is empty"
    assert list(docs.iloc[0]["flags"]) == ["failed_stage:extract", "page_count:unknown"]
    assert pd.isna(docs.iloc[0].page_count)
    res = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(tmp_path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout


def test_same_records_give_same_rows(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_records(_records(), a, source_uri="s", file_name="f")
    rec = _records()
    rec.question_scores.reverse()
    rec.planned_measures.reverse()
    write_records(rec, b, source_uri="s", file_name="f")
    for table in S.TABLES:
        ta, tb = (pq.read_table(d / table).drop_columns(["ingested_at"] if table == "documents" else [])
                  for d in (a, b))
        assert ta.equals(tb), table


def test_unknown_column_or_status_is_loud():
    with pytest.raises(ValueError, match="not in the contract"):
        to_table("question_scores", [{**_q("i1", 1.0), "bogus": 1}])
    rec = _records()
    rec.document["status"] = "done"
    with pytest.raises(ValueError, match="status"):
        write_records(rec, "/nonexistent-never-written", source_uri="s", file_name="f")


def test_leftover_temp_files_are_invisible_and_swept(tmp_path):
    write_records(_records(), tmp_path, source_uri="s", file_name="f")
    junk = tmp_path / "question_scores" / f".{DOC2}.parquet.tmp-123-abcd"
    junk.write_bytes(b"PAR1 half a file")
    assert len(pd.read_parquet(tmp_path / "question_scores")) == 3
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/question_scores/**/*.parquet')"
                      ).fetchall() == [(3,)]
    assert sweep_temp_files(tmp_path) == 1 and not junk.exists()
