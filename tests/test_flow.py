"""The ingest flow against a real Prefect API and a real HTTP server on 127.0.0.1.

Stage functions are the small real ones of tests/runner_helpers.py (pdfplumber text →
rows) so the flow's plumbing is tested fast; test_nightly.py drives the real stages.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import MINI_STAGES, mini_report_pdf

os.environ.setdefault("ITA_FETCH_BACKOFF_S", "0.2")
os.environ.setdefault("ITA_FETCH_RETRIES", "2")

MINI = MINI_STAGES


_pdf = mini_report_pdf


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _read_artifact_markdown(api_url: str, key: str) -> list[str]:
    """Markdown of the artifacts with ``key``, newest first, read from the Prefect REST API."""
    import httpx
    r = httpx.post(f"{api_url}/artifacts/filter", timeout=30, json={
        "artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 20, "offset": 0})
    r.raise_for_status()
    return [a["data"] for a in r.json()]


def _mtimes(d: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in d.rglob("*.parquet")}


@pytest.mark.slow
def test_http_source_faults_changes_and_noop(prefect_api, http_server, tmp_path):
    from flows.ingest import ingest
    a, b1, b2, flaky, stall = _pdf("A", "81.5"), _pdf("B", "70"), _pdf("B2", "72"), _pdf("F", "90"), _pdf("S", "60")
    http_server.set("/r/a.pdf", a)
    http_server.set("/r/b.pdf", b1)
    http_server.set("/r/flaky.pdf", flaky, fail_first=1)  # 500 then 200
    http_server.set("/r/stall.pdf", stall, stall_s=3)     # stalls past the 1 s timeout
    http_server.set("/r/fake.pdf", b"<html>" + b"<p>not a pdf</p>" * 200 + b"</html>")  # HTML saved as .pdf
    index = http_server.set("/r/index.html", "".join(
        f'<a href="{n}">{n}</a>' for n in ("a.pdf", "b.pdf", "flaky.pdf", "stall.pdf", "fake.pdf", "../x.html")),
        fail_first=1)  # the index page answers 500 once: the flow lists it again (task retries)
    out = tmp_path / "out"

    r1 = ingest(index, str(out), workers=2, progress=False, fetch_timeout_s=1, **MINI)
    assert sorted(r1["new"]) == sorted([_sha(a), _sha(b1), _sha(flaky)])
    errs = {f["source_uri"].rsplit("/", 1)[-1]: f["error"] for f in r1["failed"]}
    assert set(errs) == {"stall.pdf", "fake.pdf"}
    assert "timed out" in errs["stall.pdf"] and "not a PDF" in errs["fake.pdf"]
    assert http_server.hits["/r/flaky.pdf"] == 2 and http_server.hits["/r/stall.pdf"] == 3  # task + 2 retries
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs.doc_id) == sorted(r1["new"]) and docs.doc_id.is_unique
    q = duckdb.sql(f"SELECT doc_id, score FROM read_parquet('{out}/question_scores/*.parquet')").df()
    assert sorted(q.score) == [70.0, 81.5, 90.0]
    assert r1["score_distribution"]["count"] == 0 or r1["score_distribution"]["count"] == 3
    md = _read_artifact_markdown(prefect_api, "ita-run-report")
    assert md and "stall.pdf" in md[0] and "Failures" in md[0]

    # night 2: b.pdf changed, the stalling server answers again; a and flaky answer 304
    http_server.set("/r/b.pdf", b2)
    http_server.set("/r/stall.pdf", stall)
    sent = dict(http_server.bodies_sent)
    r2 = ingest(index, str(out), workers=2, progress=False, fetch_timeout_s=1, **MINI)
    assert r2["updated"] == [_sha(b2)] and r2["new"] == [_sha(stall)]
    assert http_server.bodies_sent["/r/a.pdf"] == sent["/r/a.pdf"]  # conditional GET → 304
    assert http_server.bodies_sent["/r/flaky.pdf"] == sent["/r/flaky.pdf"]
    assert pd.read_parquet(out / "documents").doc_id.is_unique

    # night 3: nothing new → nothing downloaded, nothing written, Prefect not even started
    before, sent = _mtimes(out), dict(http_server.bodies_sent)
    r3 = ingest(index, str(out), workers=2, progress=False, fetch_timeout_s=1, **MINI)
    assert r3["noop"] and r3["mode"] == "no-op check" and r3["written"] == 0
    assert r3["skipped_current"] == 4 and [f["source_uri"].rsplit("/", 1)[-1] for f in r3["failed"]] == ["fake.pdf"]
    pdfs = ("/r/a.pdf", "/r/b.pdf", "/r/flaky.pdf", "/r/stall.pdf")
    assert [http_server.bodies_sent[p] for p in pdfs] == [sent[p] for p in pdfs]  # all 304
    assert _mtimes(out) == before
    assert r3["wall_s"] < 10


@pytest.mark.slow
def test_failed_document_is_not_cached_and_cache_restores_ledger(prefect_api, tmp_path):
    """A failed document ends Failed (never cached); a success is cached by hash + stage
    versions, and a cache hit after losing the ledger re-records it without re-processing."""
    from datastore.ledger import Ledger
    from flows.ingest import ingest
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.pdf").write_bytes(_pdf("G", "88"))
    (src / "bad.pdf").write_bytes(_pdf("X", "50"))
    out, work = tmp_path / "out", tmp_path / "work"
    bad_id = _sha((src / "bad.pdf").read_bytes())
    (work / "interim").mkdir(parents=True)
    (work / "interim" / bad_id).write_text("a file where the document's directory goes")  # fault

    r1 = ingest(str(src), str(out), work_dir=str(work), workers=2, progress=False, **MINI)
    assert [f["doc_id"] for f in r1["failed"]] == [bad_id] and len(r1["new"]) == 1
    assert Ledger(work / "ledger.sqlite").failed_docs()[0]["doc_id"] == bad_id

    (work / "ledger.sqlite").unlink()
    for extra in ("ledger.sqlite-wal", "ledger.sqlite-shm"):
        (work / extra).unlink(missing_ok=True)
    (work / "interim" / bad_id).unlink()  # fault removed
    r2 = ingest(str(src), str(out), work_dir=str(work), workers=2, progress=False, **MINI)
    good_id = _sha((src / "good.pdf").read_bytes())
    assert r2["cached"] == [good_id]  # served from Prefect's cache (content hash + versions)
    assert r2["new"] == [bad_id]      # the failure was never cached: it ran again
    led = Ledger(work / "ledger.sqlite")
    assert led.is_current(good_id) and led.is_current(bad_id)
    assert len(pd.read_parquet(out / "documents")) == 2


@pytest.mark.slow
def test_flow_as_a_deployment_runs_it(prefect_api, tmp_path):
    """``ingest_flow`` called with only its deployment parameters (as ``ita serve`` runs it):
    it lists and fetches the source itself, in Prefect tasks."""
    from flows.ingest_flow import ingest_flow
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "one.pdf").write_bytes(_pdf("one", "66.5"))
    report = ingest_flow(source=str(src), out_dir=str(tmp_path / "out"), **{"stages": MINI})
    assert report["mode"] == "prefect" and len(report["new"]) == 1 and report["sources_listed"] == 1
    docs = pd.read_parquet(tmp_path / "out" / "documents")
    assert list(docs.source_uri) == ["sub/one.pdf"] and list(docs.file_name) == ["one.pdf"]


def test_report_markdown_and_score_distribution():
    from flows.report import render_markdown, score_distribution
    d = score_distribution([95.0, 88.5, None, 72.25, 49.0])
    assert d["count"] == 4 and d["median"] == pytest.approx(80.375) and d["histogram"]["90-100"] == 1
    assert d["histogram"]["0-50"] == 1 and sum(d["histogram"].values()) == 4
    report = {"source": "s", "sources_listed": 3, "downloaded": 1, "new": ["a"], "updated": [], "cached": [],
              "skipped_current": 1, "wall_s": 1.5, "score_distribution": d,
              "failed": [{"doc_id": None, "source_uri": "http://x/y.pdf", "stage": "fetched", "error": "HTTP 500 | x"}]}
    md = render_markdown(report)
    assert "## Failures" in md and "HTTP 500 \\| x" in md and "median=80.38" in md


@pytest.mark.slow
def test_csv_manifest_source_with_org_metadata(prefect_api, http_server, tmp_path):
    from datastore.manifest import RawManifest
    from flows.ingest import ingest
    one, two = _pdf("M1", "77"), _pdf("M2", "79.5")
    http_server.set("/files/one.pdf", one)
    http_server.set("/files/two.pdf", two)
    manifest = http_server.set("/list/manifest.csv", (
        "url,org_name,province\n"
        "../files/one.pdf,องค์การบริหารส่วนตำบลหนองบัว,อุตรดิตถ์\n"
        f"{http_server.url('/files/two.pdf')},,\n").encode(), content_type="text/csv")
    out = tmp_path / "out"
    r = ingest(manifest, str(out), workers=2, progress=False, fetch_timeout_s=5, **MINI)
    assert sorted(r["new"]) == sorted([_sha(one), _sha(two)]) and not r["failed"]
    docs = pd.read_parquet(out / "documents").sort_values("file_name")
    assert list(docs.source_uri) == [http_server.url("/files/one.pdf"), http_server.url("/files/two.pdf")]
    raw = RawManifest(out / ".ita" / "raw")
    assert raw.get(http_server.url("/files/one.pdf"))["meta"] == {
        "org_name": "องค์การบริหารส่วนตำบลหนองบัว", "province": "อุตรดิตถ์"}
    assert sorted(p.name for p in (out / ".ita" / "raw" / "by-hash").glob("*.pdf")) == sorted(
        [f"{_sha(one)}.pdf", f"{_sha(two)}.pdf"])
