"""The document worker pool (datastore/pool.py, datastore/worker.py) with real processes and
real kills: workers reused and recycled, per-document limits (time, memory, a real
decompression bomb through the real extractor), a killed worker fails only its document.
"""
from __future__ import annotations

import os
import signal
import time
import zlib
from pathlib import Path

import pandas as pd
import pytest

from datastore import interim
from datastore.pool import WorkerPool
from datastore.runner import job_for, process_document
from datastore.workspace import Workspace
from runner_helpers import mini_normalize, render_pdf, spec


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return render_pdf(tmp_path_factory.mktemp("pdfs") / "a.pdf", [["Q i1 80", "M 1 มาตรการ"]])


def _job(ws: Workspace, pdf: Path, extractor: str = "mini_extract") -> dict:
    doc = interim.file_sha256(pdf)
    interim.doc_dir(ws.interim_dir, doc).mkdir(parents=True, exist_ok=True)
    return job_for(ws, doc, str(pdf), ["extract", "normalize"], spec(extractor), spec("mini_normalize"))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def test_workers_are_reused_then_recycled_after_max_jobs(tmp_path, pdf):
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1, max_jobs=2) as pool:
        answers = [pool.submit(_job(ws, pdf), 60).result() for _ in range(3)]
        assert all(a["stages"]["normalize"]["ok"] for a in answers), answers
        pids = [a["pid"] for a in answers]
        assert pids[0] == pids[1] != pids[2]  # two documents per interpreter, then a fresh one
        assert not _alive(pids[0])
        assert pool.stats["recycled"] == 1 and pool.stats["started"] == 2
    assert not _alive(pids[2])  # closed with the pool


def test_memory_growth_recycles_the_worker(tmp_path, pdf):
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1, recycle_rss_mb=1) as pool:  # every worker is "too big" after a job
        a, b = (pool.submit(_job(ws, pdf), 60).result() for _ in range(2))
        assert a["stages"]["extract"]["ok"] and b["stages"]["extract"]["ok"]
        assert a["pid"] != b["pid"] and a["rss_mb"] > 1


def test_time_limit_kills_only_that_document(tmp_path, pdf):
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1) as pool:
        ok1 = pool.submit(_job(ws, pdf), 60).result()
        t0 = time.monotonic()
        slow = pool.submit(_job(ws, pdf, "slow_extract"), 2).result()
        assert time.monotonic() - t0 < 8
        ok2 = pool.submit(_job(ws, pdf), 60).result()
    assert slow["error"] == ("resource_limit: time: the extract stage took longer than the limit of 2s "
                             "(worker killed)") and slow["failed_stage"] == "extract"
    assert ok1["pid"] != ok2["pid"] and not _alive(ok1["pid"])  # the hung worker was replaced
    assert ok2["stages"]["normalize"]["ok"]


def test_memory_limit_is_enforced_by_the_os_and_the_worker_replaced(tmp_path, pdf):
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1, mem_limit_mb=300) as pool:
        hog = pool.submit(_job(ws, pdf, "hog_extract"), 60).result()
        ok = pool.submit(_job(ws, pdf), 60).result()
    assert hog["stages"]["extract"]["error"].startswith("resource_limit: memory: ")
    assert "300 MB" in hog["stages"]["extract"]["error"]
    assert ok["stages"]["extract"]["ok"] and ok["pid"] != hog["pid"]  # a MemoryError retires the worker


def test_killed_worker_fails_only_its_document(tmp_path, pdf):
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1) as pool:
        slow = pool.submit(_job(ws, pdf, "slow_extract"), 60)
        ok = pool.submit(_job(ws, pdf), 60)
        deadline = time.monotonic() + 30
        while not pool.pids():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)  # the slow job is running
        os.kill(pool.pids()[0], signal.SIGKILL)
        dead, good = slow.result(timeout=30), ok.result(timeout=60)
    assert dead["failed_stage"] == "extract" and "killed by SIGKILL" in dead["error"]
    assert good["stages"]["normalize"]["ok"]


def bomb_pdf(path: Path, gigabytes: float) -> Path:
    """A one-page PDF whose content stream inflates (FlateDecode) to ``gigabytes`` of spaces."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 24)
    parts = [z.compress(chunk) for _ in range(int(gigabytes * 1024 / 16))]
    stream = b"".join(parts) + z.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_decompression_bomb_fails_with_resource_limit_not_not_ita(tmp_path):
    """Regression (issue 19): a decompression bomb ended ``not_ita`` with no flag (the extractor
    recorded the MemoryError as a page error and went on) and the process tree peaked at 3.4 GB."""
    bomb = bomb_pdf(tmp_path / "bomb.pdf", 2.0)
    assert bomb.stat().st_size < 4 * 2**20
    ws = Workspace.for_output(tmp_path / "out")
    with WorkerPool(1, mem_limit_mb=512) as pool:
        from datastore.pool import use_pool
        with use_pool(pool):
            r = process_document(ws, bomb, source_uri="bomb.pdf", file_name="bomb.pdf")
        peak = pool.stats["peak_rss_mb"]
    assert r.status == "failed" and r.failed_stage == "extract"
    assert r.error.startswith("resource_limit: memory: "), r.error
    # the OS limit is the worker's start-up address space + 512 MB (its reserved but untouched
    # virtual memory is slack for RSS) and the watchdog samples RSS every 0.1 s, so the peak can
    # pass 512 MB (measured 675 MB alone, 1,239 MB under a loaded full suite); unbounded, the
    # bomb reaches 5 GB (it peaked at 3.4 GB before)
    assert peak < 3 * 512
    d = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert (d.status, d.error) == ("failed", r.error)


def test_prefetch_skips_a_document_it_cannot_prepare(tmp_path, pdf):
    """Regression: a document whose interim directory could not be made (a file in its place)
    made ``prefetch`` raise, aborting the whole run before any task ran; now it is skipped and
    its own task fails with the error."""
    from datastore.runner import prefetch
    ws = Workspace.for_output(tmp_path / "out").ensure()
    doc = interim.file_sha256(pdf)
    ws.interim_dir.mkdir(parents=True, exist_ok=True)
    (ws.interim_dir / doc).write_text("a file where the document's directory goes")
    with WorkerPool(1) as pool:
        assert prefetch(ws, [{"sha256": doc, "path": str(pdf)}], pool=pool, extractor=spec("mini_extract"),
                        normalizer=spec("mini_normalize")) == 0
        assert pool.stats["jobs"] == 0 and pool.pids() == []


def test_rss_watchdog_kills_a_worker_whose_memory_grows_past_the_limit(tmp_path, pdf):
    """Memory that grows step by step is caught by the RSS watchdog (the worker's start-up RSS
    counts against the limit, which ``RLIMIT_AS`` — start-up address space + limit — does not)."""
    helpers = Path(__file__).resolve().parent / "pool_helpers.py"
    ws = Workspace.for_output(tmp_path / "out").ensure()
    job = dict(_job(ws, pdf), extractor=f"{helpers}:grow_extract")
    with WorkerPool(1, mem_limit_mb=300) as pool:
        grown = pool.submit(job, 120).result()
        ok = pool.submit(_job(ws, pdf), 60).result()
        assert pool.stats["killed"] == 1
    assert grown["failed_stage"] == "extract"
    assert grown["error"].startswith("resource_limit: memory: the extract stage used ")
    assert grown["error"].endswith("over the limit of 300 MB (worker killed)")
    assert ok["stages"]["extract"]["ok"] and ok["pid"] != grown["pid"]


def test_page_cap_is_the_setting_ITA_MAX_PAGES_and_a_long_pdf_is_read_page_by_page(tmp_path, monkeypatch):
    """Issue 17 item 3: the 500-page PDF of the bad-input corpus was refused by a fixed cap of
    300 pages, so its memory was never measured. The cap is ``$ITA_MAX_PAGES`` (read by the
    worker; 0: no cap): over it the document fails ``too_many_pages`` naming the cap; with it
    raised, all 500 pages are extracted in the worker, one page at a time."""
    from bad_inputs import many_pages
    long_pdf = many_pages(tmp_path / "pages500.pdf", 500)
    ws = Workspace.for_output(tmp_path / "out")
    results = {}
    for cap in ("300", "0"):
        monkeypatch.setenv("ITA_MAX_PAGES", cap)
        with WorkerPool(1) as pool:  # workers read the setting from the environment they start with
            from datastore.pool import use_pool
            with use_pool(pool):
                results[cap] = process_document(ws, long_pdf, source_uri="pages500.pdf", file_name="pages500.pdf",
                                                to_stage="extract")
    refused, read = results["300"], results["0"]
    assert refused.failed_stage == "extract" and refused.error == "too_many_pages: PDF has 500 pages, more than the cap of 300"
    assert read.failed_stage is None, read.error
    from extractors.model import Extraction
    extraction = Extraction.load(interim.extract_path(ws.interim_dir, read.doc_id))
    assert extraction.page_count == 500 and len(extraction.pages) == 500
    assert extraction.pages[-1].page == 500 and "page" in extraction.pages[-1].full_text


def test_recycled_worker_successor_warms_up_during_the_last_job_not_after(tmp_path, pdf):
    """Regression (issue 17, two-worker throughput): a worker retired after ``max_jobs`` was
    replaced only when the next document came, which then waited for the new interpreter to
    start and import the stage functions (~1 s a recycle, on the critical path). Its successor
    is now launched when its last job is sent, if more jobs are queued."""
    from datetime import datetime
    ws = Workspace.for_output(tmp_path / "out").ensure()
    with WorkerPool(1, max_jobs=2) as pool:
        futures = [pool.submit(_job(ws, pdf), 60) for _ in range(3)]  # queued, as a run queues them
        answers = [f.result() for f in futures]
        prewarmed = pool.stats["prewarmed"]
    assert all(a["stages"]["normalize"]["ok"] for a in answers), answers
    assert answers[0]["pid"] == answers[1]["pid"] != answers[2]["pid"]
    last = answers[1]["stages"]["normalize"]
    second_done = datetime.fromisoformat(last["started"]).timestamp() + last["duration"]
    assert answers[2]["worker_started_at"] < second_done  # launched while the 2nd document ran
    assert prewarmed == 1
