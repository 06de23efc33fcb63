"""The per-document runner on real PDFs (weasyprint), with small stand-in stage functions.

The stand-ins (tests/runner_helpers.py) make the expected rows easy to state by hand; the
end-to-end tests (test_bad_input_e2e.py, test_kill.py) use the real extractor and normalizer.
"""
from __future__ import annotations

import time

import duckdb
import pandas as pd
import pytest

from datastore import interim
from datastore.ledger import Ledger
from datastore.runner import MissingStageInput, process_document, record_failure, resume_stage
from datastore.workspace import Workspace, default_work_dir
from runner_helpers import mini_normalize, render_pdf, spec

MINI = dict(extractor=spec("mini_extract"), normalizer=mini_normalize)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdfs")
    return {
        "a": render_pdf(d / "a.pdf", [["รายงาน ITA", "Q i12 88.59", "Q o3 70"], ["M 1 จัดอบรมคุณธรรม"]]),
        "b": render_pdf(d / "b.pdf", [["Q e5 91.5"]]),
        "n": render_pdf(d / "n.pdf", [["NOT ITA", "ประกาศ"]]),
    }


def test_work_dir_defaults(tmp_path):
    assert default_work_dir(tmp_path / "data" / "processed") == (tmp_path / "data").resolve()
    assert default_work_dir(tmp_path / "out") == (tmp_path / "out" / ".ita").resolve()
    ws = Workspace.for_output(tmp_path / "out", tmp_path / "w")
    assert (ws.interim_dir, ws.ledger_path, ws.lock_path) == (
        (tmp_path / "w" / "interim").resolve(), (tmp_path / "w" / "ledger.sqlite").resolve(),
        (tmp_path / "w" / ".lock").resolve())


def test_stages_rows_interim_and_ledger(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    r = process_document(ws, pdfs["a"], source_uri="reports/a.pdf", file_name="a.pdf", **MINI)
    assert (r.status, r.error, r.failed_stage) == ("ok", None, None)
    assert r.stages_run == ["extract", "normalize", "write"]
    assert r.rows == {"indicator_scores": 0, "question_scores": 2, "planned_measures": 1, "announced_scores": 0,
                      "documents": 1}
    assert interim.extract_path(ws.interim_dir, r.doc_id).exists()
    assert interim.records_path(ws.interim_dir, r.doc_id).exists()
    assert r.doc_id == interim.file_sha256(pdfs["a"])

    q = pd.read_parquet(tmp_path / "out" / "question_scores")  # .ita beside the tables is invisible
    assert sorted(zip(q.question_code, q.score)) == [("i12", 88.59), ("o3", 70.0)]
    m = duckdb.sql(f"SELECT seq, measure FROM read_parquet('{tmp_path}/out/planned_measures/**/*.parquet')").fetchall()
    assert m == [(1, "จัดอบรมคุณธรรม")]
    d = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert (d.source_uri, d.file_name, d.page_count) == ("reports/a.pdf", "a.pdf", 2)

    led = Ledger(ws.ledger_path)
    stages = led.doc(r.doc_id)["stages"]
    assert {s: v["status"] for s, v in stages.items()} == {"extracted": "ok", "normalized": "ok", "written": "ok"}
    assert stages["normalized"]["input_hash"] == interim.file_sha256(interim.extract_path(ws.interim_dir, r.doc_id))
    assert led.is_current(r.doc_id)


def test_bad_documents_fail_clearly_and_the_others_are_written(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"<html><body>404 Not Found</body></html>")
    results = [process_document(ws, p, source_uri=p.name, file_name=p.name, **MINI)
               for p in (pdfs["a"], junk, pdfs["n"])]
    assert [r.status for r in results] == ["ok", "failed", "not_ita"]
    assert results[1].failed_stage == "extract" and results[1].error
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("file_name")
    assert docs.loc["junk.pdf", "status"] == "failed"
    assert docs.loc["junk.pdf", "error"] == results[1].error
    assert docs.loc["n.pdf", "error"] == "not an ITA report"
    assert len(pd.read_parquet(tmp_path / "out" / "question_scores")) == 2
    assert [f["file_name"] for f in Ledger(ws.ledger_path).failed_docs()] == ["junk.pdf"]


def test_timeout_kills_the_extract_child(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    t0 = time.monotonic()
    r = process_document(ws, pdfs["b"], source_uri="b.pdf", file_name="b.pdf", timeout_s=3,
                         extractor=spec("slow_extract"), normalizer=mini_normalize)
    assert time.monotonic() - t0 < 10
    assert (r.status, r.error, r.failed_stage) == ("failed", "timeout after 3s", "extract")
    d = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert (d.status, d.error, d.page_count) == ("failed", "timeout after 3s", None) or pd.isna(d.page_count)


def test_memory_cap_and_crashes_become_errors(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    r = process_document(ws, pdfs["b"], source_uri="b.pdf", file_name="b.pdf", mem_limit_mb=768,
                         extractor=spec("hog_extract"), normalizer=mini_normalize)
    assert (r.status, r.error) == ("failed", "memory limit exceeded (768 MB)")
    r = process_document(ws, pdfs["b"], source_uri="b.pdf", file_name="b.pdf",
                         extractor=spec("crash_extract"), normalizer=mini_normalize)
    assert (r.status, r.error) == ("failed", "RuntimeError: extractor bug")
    r = process_document(ws, pdfs["b"], source_uri="b.pdf", file_name="b.pdf",
                         extractor=spec("mini_extract"), normalizer=spec("broken_normalize"))
    assert (r.status, r.failed_stage) == ("failed", "normalize")
    assert r.error == "normalize stage: ValueError: normalizer bug"
    d = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert (d.status, d.page_count) == ("failed", 1)  # page count known from the kept extraction
    assert Ledger(ws.ledger_path).failed_docs()[0]["stage"] == "normalized"


def test_rerun_from_normalize_without_the_pdf_changes_only_that_document(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    ra = process_document(ws, pdfs["a"], source_uri="a.pdf", file_name="a.pdf", **MINI)
    rb = process_document(ws, pdfs["b"], source_uri="b.pdf", file_name="b.pdf", **MINI)
    b_files = {t: (tmp_path / "out" / t / f"{rb.doc_id}.parquet").read_bytes()
               for t in ("documents", "question_scores")}
    a_before = pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id").loc[ra.doc_id, "ingested_at"]

    r = process_document(ws, doc_id=ra.doc_id, from_stage="normalize", normalizer=mini_normalize,
                         extractor="no.such.module:never_called")  # the PDF is not read again
    assert (r.status, r.stages_run) == ("ok", ["normalize", "write"])
    assert (r.source_uri, r.file_name) == ("a.pdf", "a.pdf")  # from the ledger
    for t, data in b_files.items():
        assert (tmp_path / "out" / t / f"{rb.doc_id}.parquet").read_bytes() == data
    docs = pd.read_parquet(tmp_path / "out" / "documents").set_index("doc_id")
    assert docs.loc[ra.doc_id, "ingested_at"] > a_before
    q = pd.read_parquet(tmp_path / "out" / "question_scores")
    assert len(q) == 3 and not q.duplicated(["doc_id", "question_code"]).any()


def test_missing_stage_input_is_a_caller_error(tmp_path, pdfs):
    ws = Workspace.for_output(tmp_path / "out")
    doc = interim.file_sha256(pdfs["b"])
    assert resume_stage(ws, doc, "normalize") == "extract"
    with pytest.raises(MissingStageInput):
        process_document(ws, doc_id=doc, from_stage="normalize", **MINI)
    with pytest.raises(MissingStageInput):
        process_document(ws, tmp_path / "gone.pdf", doc_id=doc, **MINI)
    assert not (tmp_path / "out" / "documents").exists() and Ledger(ws.ledger_path).docs() == []
    process_document(ws, pdfs["b"], to_stage="normalize", **MINI)
    assert resume_stage(ws, doc, "write") == "write"
    assert not (tmp_path / "out" / "documents").exists()  # stopped before writing


def test_record_failure_for_a_document_rejected_before_extract(tmp_path):
    ws = Workspace.for_output(tmp_path / "out")
    doc = interim.file_sha256(__file__)  # any bytes: the sha256 is the doc_id
    r = record_failure(
        ws, doc_id=doc, source_uri="https://x.example/a.pdf", file_name="a.pdf",
        error="not_a_pdf: the server sent an HTML page", stage="fetch")
    assert (r.status, r.failed_stage) == ("failed", "fetch")
    d = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert (d.doc_id, d.status, d.error, d.source_uri) == (
        doc, "failed", "not_a_pdf: the server sent an HTML page", "https://x.example/a.pdf")
    assert list(d["flags"]) == ["failed_stage:fetch", "page_count:unknown"]
    f = Ledger(ws.ledger_path).failed_docs()
    assert [(x["doc_id"], x["stage"]) for x in f] == [(doc, "fetched")]
