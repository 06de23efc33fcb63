"""Bad-input corpus end to end through ``ita ingest``: every file ends as a documents row with a
clear status and error, in bounded time, and the good report in the same run is written.

Uses the real extractor and normalizer, a bundled sample report (data/raw) and a real Thai PDF
that is not an ITA report (../shared/realdocs).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest

import bad_inputs as B
from datastore.ledger import Ledger
from datastore.workspace import Workspace
from runner_helpers import CHECK_CONTRACT, ROOT, SHARED

GOOD = ROOT / "data" / "raw" / "002_prose_2565.pdf"
NOT_ITA = SHARED / "realdocs" / "wannaphong__fixthaipdf" / "140A022N0000000000100.pdf"
ITA = [sys.executable, "-m", "flows.cli"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    if not GOOD.exists() or not NOT_ITA.exists():
        pytest.skip(f"test inputs missing: {GOOD} / {NOT_ITA} (the latter is in the shared test material)")
    src = tmp_path_factory.mktemp("src")
    B.truncated(src / "truncated.pdf", GOOD)
    B.random_bytes(src / "random.pdf")
    B.encrypted(src / "encrypted.pdf", "secret")
    B.encrypted(src / "encrypted_empty_pw.pdf", "")
    B.zero_pages(src / "zero_pages.pdf")
    B.many_pages(src / "pages500.pdf", 500)
    B.huge_mediabox(src / "huge_mediabox.pdf")
    B.broken_xref(src / "broken_xref.pdf", GOOD)
    B.html_page(src / "html_error.pdf")
    shutil.copy(NOT_ITA, src / "royal_gazette.pdf")
    shutil.copy(GOOD, src / "good.pdf")
    out = src.parent / (src.name + "-out")
    t0 = time.monotonic()
    res = subprocess.run([*ITA, "ingest", str(src), "--out", str(out), "--no-progress"],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    wall = time.monotonic() - t0
    assert res.returncode == 5, res.stdout + res.stderr  # 5: the run finished, some documents failed
    assert "Traceback" not in res.stderr, res.stderr[-3000:]
    docs = pd.read_parquet(out / "documents").set_index("file_name")
    return {"out": out, "docs": docs, "wall": wall, "src": src}


def test_unreadable_pdfs_fail_with_a_clear_error(run):
    docs = run["docs"]
    expect_failed = {  # file -> start of the error (the BadPDF kind)
        "encrypted.pdf": "encrypted_pdf:", "pages500.pdf": "too_many_pages:",
        "truncated.pdf": "broken_pdf:", "zero_pages.pdf": "empty_pdf:",
    }
    for name, prefix in expect_failed.items():
        row = docs.loc[name]
        assert row.status == "failed", (name, row.status, row.error)
        assert row.error.startswith(prefix), (name, row.error)
        assert "failed_stage:extract" in list(row["flags"])
    # readable PDFs that are not ITA reports: a clear not_ita, not a crash
    for name in ("royal_gazette.pdf", "encrypted_empty_pw.pdf", "huge_mediabox.pdf"):
        assert docs.loc[name].status == "not_ita", (name, docs.loc[name].status, docs.loc[name].error)
        assert docs.loc[name].error
    assert docs.loc["royal_gazette.pdf"].page_count == 2
    # a broken xref is either repaired (then it is the good report) or a clear failure
    bx = docs.loc["broken_xref.pdf"]
    if bx.status == "failed":
        assert bx.error.startswith("broken_pdf:"), bx.error
    else:
        assert bx.status in ("ok", "partial"), (bx.status, bx.error)
    for name, row in docs.iterrows():
        assert row.status in ("ok", "partial", "failed", "not_ita")
        assert row.status == "ok" or (isinstance(row.error, str) and row.error.strip()), name


def test_files_that_are_not_pdfs_also_get_a_documents_row(run):
    """An HTML error page or random bytes named .pdf: the fetch stage's magic-byte check (or the
    extractor) rejects them; either way the file ends as a failed documents row."""
    docs = run["docs"]
    assert sorted(docs.index) == sorted(p.name for p in run["src"].iterdir())
    for name in ("html_error.pdf", "random.pdf"):
        row = docs.loc[name]
        assert row.status == "failed" and "not a PDF" in row.error.replace("not_a_pdf", "not a PDF"), \
            (name, row.error)


def test_the_good_report_is_written_despite_the_bad_ones(run):
    docs, out = run["docs"], run["out"]
    good = docs.loc["good.pdf"]
    assert good.status in ("ok", "partial") and good.page_count > 0
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/planned_measures/**/*.parquet') "
                   f"WHERE doc_id = '{good.doc_id}'").fetchall()[0][0]
    m = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/indicator_scores/**/*.parquet') "
                   f"WHERE doc_id = '{good.doc_id}'").fetchall()[0][0]
    assert n + m > 0
    failed_ids = set(docs[docs.status == "failed"].doc_id)
    for table in ("question_scores", "planned_measures", "indicator_scores"):
        assert not failed_ids & set(pd.read_parquet(out / table)["doc_id"])


def test_bounded_time_ledger_and_contract(run):
    out = run["out"]
    assert run["wall"] < 300, run["wall"]
    led = Ledger(Workspace.for_output(out).ledger_path)
    for d in led.docs():
        for s in d["stages"].values():
            assert s["duration_s"] is None or s["duration_s"] < 120, (d["file_name"], s)
    failed = {f["file_name"]: f for f in led.failed_docs()}
    assert {n for n, r in run["docs"].iterrows() if r.status == "failed"} <= set(failed)
    assert failed["encrypted.pdf"]["stage"] == "extracted"
    res = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    status = subprocess.run([*ITA, "status", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert status.returncode == 0
    assert "encrypted_pdf: PDF is encrypted" in status.stdout and "failures (" in status.stdout
