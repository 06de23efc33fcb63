"""The SQLite ledger: stages, failures, summaries, currency, concurrent writers."""
from __future__ import annotations

import multiprocessing as mp
import sqlite3

import pytest

from datastore.ledger import Ledger
from datastore.writer import pipeline_version

A, B, C = "a" * 64, "b" * 64, "c" * 64


def test_stages_failures_and_summary(tmp_path):
    led = Ledger(tmp_path / "ledger.sqlite")
    led.upsert_document(A, source_uri="https://x.example/a.pdf", file_name="a.pdf", raw_path="/raw/a")
    led.upsert_document(B, source_uri="b.pdf", file_name="b.pdf")
    for stage in ("fetched", "extracted", "normalized", "written"):
        led.record_stage(A, stage, "ok", duration_s=0.5, code_version="1")
    led.record_stage(B, "fetched", "ok")
    led.record_stage(B, "extracted", "failed", error="encrypted_pdf: PDF is encrypted with a user password")
    led.record_stage(B, "written", "failed", error="disk full")

    failed = led.failed_docs()
    assert [(f["doc_id"], f["stage"], f["error"]) for f in failed] == [
        (B, "extracted", "encrypted_pdf: PDF is encrypted with a user password")]  # earliest failed stage
    assert failed[0]["file_name"] == "b.pdf"
    assert led.stage_summary() == {"fetched": {"ok": 2}, "extracted": {"ok": 1, "failed": 1},
                                   "normalized": {"ok": 1}, "written": {"ok": 1, "failed": 1}}
    doc = led.doc(A)
    assert doc["raw_path"] == "/raw/a" and doc["stages"]["normalized"]["duration_s"] == 0.5
    assert [d["doc_id"] for d in led.docs()] == [A, B]
    assert led.doc(C) is None

    led.record_stage(B, "extracted", "ok")  # a successful re-run replaces the failure
    led.record_stage(B, "written", "ok")
    assert led.failed_docs() == []

    with sqlite3.connect(tmp_path / "ledger.sqlite") as c:
        assert c.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_upsert_keeps_first_seen_and_known_fields(tmp_path):
    led = Ledger(tmp_path / "l.sqlite")
    led.upsert_document(A, source_uri="u1", file_name="a.pdf", raw_path="/r/a")
    first = led.doc(A)
    led.upsert_document(A)  # seen again, nothing new known
    again = led.doc(A)
    assert again["first_seen"] == first["first_seen"] and again["last_seen"] > first["last_seen"]
    assert (again["source_uri"], again["file_name"], again["raw_path"]) == ("u1", "a.pdf", "/r/a")


def test_is_current_follows_the_written_code_version(tmp_path):
    led = Ledger(tmp_path / "l.sqlite")
    led.record_stage(A, "written", "ok", code_version=pipeline_version())
    led.record_stage(B, "written", "ok", code_version="0.0.1+old")
    led.record_stage(C, "written", "failed", code_version=pipeline_version())
    assert led.is_current(A) is True
    assert led.is_current(B) is False  # older code: a nightly run re-processes it
    assert led.is_current(C) is False
    assert led.is_current("d" * 64) is False


def test_unknown_stage_or_status_is_rejected(tmp_path):
    led = Ledger(tmp_path / "l.sqlite")
    for args in ((A, "parsed", "ok"), (A, "written", "done")):
        try:
            led.record_stage(*args)
        except ValueError:
            continue
        raise AssertionError(f"{args} accepted")


def _writer(args):
    path, worker = args
    led = Ledger(path)
    for i in range(40):
        doc = f"{worker:02d}{i:062d}"
        led.upsert_document(doc, file_name=f"{worker}-{i}.pdf")
        led.record_stage(doc, "extracted", "ok")
        led.record_stage(doc, "written", "ok")
    return worker


def test_concurrent_processes_lose_nothing(tmp_path):
    path = tmp_path / "l.sqlite"
    Ledger(path)
    with mp.get_context("spawn").Pool(4) as pool:
        assert sorted(pool.map(_writer, [(path, w) for w in range(4)])) == [0, 1, 2, 3]
    led = Ledger(path)
    assert len(led.docs()) == 160
    assert led.stage_summary() == {"extracted": {"ok": 160}, "written": {"ok": 160}}


def test_every_source_item_accounted_for_in_the_ledger(tmp_path):
    """source_failures: attempts count, a parked failure keeps its kind and attempts, a fetched
    item leaves, a local non-PDF (bytes known) is a failed document instead."""
    led = Ledger(tmp_path / "ledger.sqlite")
    url, loc = "http://x.example/a.pdf", "sub/b.pdf"
    led.record_source_outcomes([], [{"source_uri": url, "file_name": "a.pdf", "error": "HTTP 500", "kind": "http",
                                     "transient": True},
                                    {"source_uri": loc, "file_name": "b.pdf", "error": "broken symlink",
                                     "kind": "source", "local_path": "/r/sub/b.pdf", "root": "/r"},
                                    {"source_uri": "c.pdf", "file_name": "c.pdf", "error": "not a PDF",
                                     "kind": "not_pdf", "sha256": "c" * 64}])
    led.record_source_outcomes([], [{"source_uri": url, "file_name": "a.pdf", "error": "too big", "kind": "size"}])
    led.record_source_outcomes([], [{"source_uri": url, "file_name": "a.pdf", "error": "parked: too big",
                                     "kind": "parked"}])
    rows = {r["source_uri"]: r for r in led.source_failures()}
    assert set(rows) == {url, loc}
    assert (rows[url]["kind"], rows[url]["attempts"], rows[url]["error"]) == ("size", 2, "parked: too big")
    assert rows[loc]["root"] == "/r" and rows[loc]["attempts"] == 1
    led.record_source_outcomes([{"source_uri": url}], [])
    assert [r["source_uri"] for r in led.source_failures()] == [loc]


def test_honest_outcome_ledger_read_only_never_writes(tmp_path):
    led = Ledger(tmp_path / "ledger.sqlite")
    led.upsert_document(A, source_uri="a", file_name="a.pdf")
    db = (tmp_path / "ledger.sqlite").read_bytes()
    ro = Ledger(tmp_path / "ledger.sqlite", readonly=True)
    assert [d["doc_id"] for d in ro.docs()] == [A] and ro.source_failures() == []
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.upsert_document(B, source_uri="b")
    assert (tmp_path / "ledger.sqlite").read_bytes() == db and [d["doc_id"] for d in led.docs()] == [A]
    with pytest.raises(FileNotFoundError):
        Ledger(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()
