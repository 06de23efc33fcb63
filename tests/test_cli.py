"""The ``ita`` command line, run as a real subprocess."""
from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from datastore.runner import process_document
from datastore.workspace import Workspace
from runner_helpers import ROOT, mini_normalize, render_pdf, sarabun_css, spec

ITA = [sys.executable, "-m", "flows.cli"]
MINI_ENV = dict(os.environ, ITA_EXTRACTOR=spec("mini_extract"),
                ITA_NORMALIZER=spec("mini_normalize"))


def ita(*args, input=None, env=None, timeout=300):
    return subprocess.run([*ITA, *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          input=input, env=env, timeout=timeout)


def test_help_and_version():
    res = ita("--help")
    assert res.returncode == 0
    for cmd in ("ingest", "rerun", "status", "check", "tables", "repair", "serve"):
        assert f"    {cmd}" in res.stdout
    import re
    latest = re.findall(r"^## ([0-9]+\.[0-9]+\.[0-9]+)", (ROOT / "docs" / "CHANGELOG.md").read_text(), re.M)[-1]
    assert ita("--version").stdout.strip() == f"ita {latest}"  # one version: the changelog's latest
    assert ita().returncode == 2
    assert "--dask-address" in ita("ingest", "--help").stdout


def test_repair_keeps_lines_and_does_not_import_prefect():
    res = subprocess.run([sys.executable, "-X", "importtime", "-m", "flows.cli", "repair"], cwd=ROOT,
                         input="เเละ\nคําขอ\n\nclean ไทย\nสวัสดี".encode(), capture_output=True)
    assert res.returncode == 0
    assert res.stdout.decode("utf-8") == "และ\nคำขอ\n\nclean ไทย\nสวัสดี"
    assert b"prefect" not in res.stderr  # fast start: no Prefect import
    bad = subprocess.run([*ITA, "repair"], cwd=ROOT, input=b"ok\n\xff\xfe\n", capture_output=True)
    assert bad.returncode == 2 and b"line 2 is not UTF-8" in bad.stderr


def test_tables_prints_repaired_cells_and_writes_bom_csv(tmp_path):
    from weasyprint import HTML
    pdf = tmp_path / "t.pdf"
    HTML(string=f"<html><head><style>{sarabun_css()} td {{ border: 1px solid black; padding: 4px }}"
                "table { border-collapse: collapse }</style></head><body><p>ตาราง</p><table>"
                "<tr><td>หน่วยงาน</td><td>คะแนน</td></tr><tr><td>กองคลัง</td><td>88.59</td></tr>"
                "</table></body></html>").write_pdf(pdf)
    res = ita("tables", pdf, "--pages", "1")
    assert res.returncode == 0, res.stderr
    assert "== page 1 table 0 bbox (" in res.stdout
    assert "หน่วยงาน | คะแนน" in res.stdout and "กองคลัง | 88.59" in res.stdout
    res = ita("tables", pdf, "--out", tmp_path / "csv")
    assert res.returncode == 0, res.stderr
    data = (tmp_path / "csv" / "t_p1_t0.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows Thai
    assert data.decode("utf-8-sig").splitlines() == ["หน่วยงาน,คะแนน", "กองคลัง,88.59"]
    assert ita("tables", pdf, "--pages", "4-2").returncode == 2
    assert ita("tables", tmp_path / "missing.pdf").returncode == 2


def test_bad_arguments_give_clear_errors(tmp_path):
    res = ita("ingest", tmp_path / "nope", "--out", tmp_path / "out")
    assert res.returncode == 2 and "source not found" in res.stderr
    res = ita("ingest", "ftp://example.org/x", "--out", tmp_path / "out")
    assert res.returncode == 2 and "only http:// and https://" in res.stderr
    res = ita("rerun", "--failed", "--out", tmp_path / "out2")
    assert res.returncode == 2 and "no ledger" in res.stderr
    assert ita("rerun", "--out", tmp_path / "out").returncode == 2  # one of --failed/--doc/--all
    res = ita("status", tmp_path / "nothing")
    assert res.returncode == 2 and "no dataset" in res.stderr


@pytest.fixture()
def faulty_dataset(tmp_path):
    """Two documents: ``a`` written, ``b`` failed in normalize (a normalizer fault)."""
    a = render_pdf(tmp_path / "a.pdf", [["Q i12 88.59"], ["M 1 จัดอบรม"]])
    b = render_pdf(tmp_path / "b.pdf", [["Q e5 91.5", "Q o1 60"]])
    ws = Workspace.for_output(tmp_path / "out")
    ra = process_document(ws, a, source_uri="a.pdf", file_name="a.pdf", extractor=spec("mini_extract"),
                          normalizer=mini_normalize)
    rb = process_document(ws, b, source_uri="b.pdf", file_name="b.pdf", extractor=spec("mini_extract"),
                          normalizer=spec("broken_normalize"))
    assert (ra.status, rb.status) == ("ok", "failed")
    return ws, ra.doc_id, rb.doc_id


def _files(ws, doc_id):
    return {t: (ws.processed_dir / t / f"{doc_id}.parquet").read_bytes()
            for t in ("documents", "question_scores", "planned_measures", "indicator_scores")}


def test_status_then_rerun_failed_then_rerun_all_from_normalize(faulty_dataset):
    ws, a, b = faulty_dataset
    res = ita("status", ws.processed_dir)
    assert res.returncode == 0
    assert "2 document(s)" in res.stdout and "failed   1" in res.stdout and "ok       1" in res.stdout
    assert "normalize stage: ValueError: normalizer bug" in res.stdout
    assert "normalized failed 1  ok 1" in res.stdout and "failures (1):" in res.stdout

    a_files = _files(ws, a)
    res = ita("rerun", "--failed", "--out", ws.processed_dir, env=MINI_ENV)  # the fault is fixed
    assert res.returncode == 0, res.stderr
    assert f"ok        {b[:12]} from normalize b.pdf" in res.stdout  # from its failed stage
    assert _files(ws, a) == a_files  # only the affected document changed
    q = pd.read_parquet(ws.processed_dir / "question_scores")
    assert sorted(zip(q.doc_id, q.question_code)) == sorted([(a, "i12"), (b, "e5"), (b, "o1")])
    assert set(pd.read_parquet(ws.processed_dir / "documents").status) == {"ok"}
    assert "nothing to re-run" in ita("rerun", "--failed", "--out", ws.processed_dir, env=MINI_ENV).stdout

    pdf_a = ws.processed_dir.parent / "a.pdf"
    pdf_a.unlink()  # re-normalizing needs no PDF
    env = dict(MINI_ENV, ITA_EXTRACTOR="no.such.module:extract")
    res = ita("rerun", "--all", "--from", "normalize", "--out", ws.processed_dir, env=env)
    assert res.returncode == 0, res.stderr
    assert "re-ran 2 document(s); 0 failed" in res.stdout
    res = ita("rerun", "--doc", a[:10], "--from", "extract", "--out", ws.processed_dir, env=MINI_ENV)
    assert res.returncode == 5 and "raw PDF not found" in res.stdout  # 5: some failed
    res = ita("rerun", "--doc", a[:10], "--from", "write", "--out", ws.processed_dir, env=MINI_ENV)
    assert res.returncode == 0 and f"ok        {a[:12]} from write" in res.stdout
    q2 = pd.read_parquet(ws.processed_dir / "question_scores")
    assert sorted(zip(q2.doc_id, q2.question_code)) == sorted(zip(q.doc_id, q.question_code))
    assert ita("rerun", "--doc", "ffff", "--out", ws.processed_dir).returncode == 2


def test_serve_without_a_prefect_server_says_what_to_do():
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    res = ita("serve", "--cron", "0 2 * * *", env=env)
    assert res.returncode == 1 and "prefect server start" in res.stderr
