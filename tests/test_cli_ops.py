"""The conventional CLI of issue 18, as real subprocesses: ``ita rerun`` as a Prefect flow run
(real Prefect API), ``--json``, ``-v``/``-q``, one-line errors, ``ita serve`` argument checks."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pandas as pd
import pytest

from datastore.runner import process_document
from datastore.workspace import Workspace
from runner_helpers import ROOT, mini_normalize, render_pdf, spec

ITA = [sys.executable, "-m", "flows.cli"]
MINI_ENV = dict(os.environ, ITA_EXTRACTOR=spec("mini_extract"), ITA_NORMALIZER=spec("mini_normalize"))


def ita(*args, env=None, timeout=600):
    return subprocess.run([*ITA, *map(str, args)], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=timeout)


@pytest.fixture()
def faulty(tmp_path):
    """``a`` written, ``b`` failed in normalize (a normalizer bug)."""
    a = render_pdf(tmp_path / "a.pdf", [["Q i12 88.59"]])
    b = render_pdf(tmp_path / "b.pdf", [["Q e5 91.5", "Q o1 60"]])
    ws = Workspace.for_output(tmp_path / "out")
    ra = process_document(ws, a, source_uri="a.pdf", file_name="a.pdf", extractor=spec("mini_extract"),
                          normalizer=mini_normalize)
    rb = process_document(ws, b, source_uri="b.pdf", file_name="b.pdf", extractor=spec("mini_extract"),
                          normalizer=spec("broken_normalize"))
    assert (ra.status, rb.status) == ("ok", "failed")
    return ws, ra.doc_id, rb.doc_id


def _flow_runs(api: str, flow_name: str) -> list[dict]:
    r = httpx.post(f"{api}/flow_runs/filter", timeout=30, json={
        "flows": {"name": {"any_": [flow_name]}}, "sort": "EXPECTED_START_TIME_DESC", "limit": 10})
    r.raise_for_status()
    return r.json()


@pytest.mark.slow
def test_rerun_is_a_prefect_flow_run_that_tells_the_truth(prefect_api, faulty):
    ws, a, b = faulty
    env = dict(os.environ, PREFECT_API_URL=prefect_api, ITA_EXTRACTOR=spec("mini_extract"),
               ITA_NORMALIZER=spec("broken_normalize"))  # the bug is not fixed yet
    res = ita("rerun", "--failed", "--out", ws.processed_dir, "--json", env=env)
    assert res.returncode == 5, res.stderr  # finished, a document failed
    report = json.loads(res.stdout)
    assert report["mode"] == "rerun" and report["flow_state"] == "FAILED"
    assert [(r["doc_id"], r["from_stage"], r["failed_stage"]) for r in report["results"]] == [(b, "normalize", "normalize")]
    run = _flow_runs(prefect_api, "ita-rerun")[0]
    assert run["state"]["type"] == "FAILED" and "1 of 1 document(s) failed" in run["state"]["message"]
    tasks = httpx.post(f"{prefect_api}/task_runs/filter", timeout=30,
                       json={"flow_runs": {"id": {"any_": [run["id"]]}}}).json()
    assert [(t["name"], t["state"]["type"]) for t in tasks] == [(f"rerun {b[:12]} from normalize", "FAILED")]
    assert "ValueError: normalizer bug" in tasks[0]["state"]["message"]
    arts = httpx.post(f"{prefect_api}/artifacts/filter", timeout=30,
                      json={"artifacts": {"flow_run_id": {"any_": [run["id"]]}}}).json()
    assert arts and arts[0]["key"] == "ita-rerun-report" and "b.pdf" in arts[0]["data"]

    env["ITA_NORMALIZER"] = spec("mini_normalize")  # fixed
    res = ita("rerun", "--failed", "--out", ws.processed_dir, env=env)
    assert res.returncode == 0, res.stderr
    assert f"ok        {b[:12]} from normalize b.pdf" in res.stdout and "Prefect flow run COMPLETED" in res.stdout
    assert _flow_runs(prefect_api, "ita-rerun")[0]["state"]["type"] == "COMPLETED"
    assert set(pd.read_parquet(ws.processed_dir / "documents")["status"]) == {"ok"}


def test_status_json(faulty):
    ws, a, b = faulty
    data = json.loads(ita("status", ws.processed_dir, "--json").stdout)
    assert data["documents"]["count"] == 2 and data["documents"]["by_status"] == {"failed": 1, "ok": 1}
    (bad,) = data["documents"]["not_ok"]
    assert bad["doc_id"] == b and "normalizer bug" in bad["error"]
    assert data["ledger"]["stages"]["normalized"] == {"failed": 1, "ok": 1}
    assert [f["doc_id"] for f in data["ledger"]["failures"]] == [b]


def test_unexpected_errors_are_one_line_and_verbose_shows_the_traceback(faulty):
    ws, a, b = faulty
    ws.ledger_path.write_bytes(b"not a database " * 100)  # a damaged ledger: not an expected fault
    for extra in ("-wal", "-shm"):
        ws.ledger_path.with_name(ws.ledger_path.name + extra).unlink(missing_ok=True)
    res = ita("rerun", "--all", "--from", "write", "--out", ws.processed_dir)
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ita rerun: cannot proceed: ") and "run with -v" in lines[0]
    res = ita("-v", "rerun", "--all", "--from", "write", "--out", ws.processed_dir)
    assert res.returncode == 1 and "Traceback (most recent call last)" in res.stderr
    res = ita("rerun", "--all", "--from", "write", "--out", ws.processed_dir, "-v")  # after the command too
    assert "Traceback (most recent call last)" in res.stderr


@pytest.mark.parametrize("args, message", [
    (["--cron", "61 2 * * *"], "ita: --cron '61 2 * * *' is not a cron expression"),
    (["--cron", "0 2 * *"], "ita: --cron '0 2 * *' is not a cron expression"),
    (["--cron", "0 2 ๑ * *"], "ita: --cron '0 2 ๑ * *': write the schedule in ASCII"),  # croniter's int() reads ๑
    (["--tz", "Asia/Bangkokk"], "ita: --tz 'Asia/Bangkokk' is not an IANA time zone"),
    (["--source", "no/such/dir"], "ita: --source 'no/such/dir': no such directory or manifest file"),
    (["--source", "ftp://example.org/x"], "ita: --source 'ftp://example.org/x': only http:// and https://"),
])
def test_serve_checks_its_arguments_before_anything(args, message):
    env = dict(os.environ, PREFECT_API_URL="http://127.0.0.1:9/api")  # nothing listens: never reached
    res = ita("serve", *args, env=env, timeout=300)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), res.stderr


def test_serve_argument_checks_imported_prefect():
    """``ita serve``'s argument checks imported Prefect (~2 s of CPU per run, five runs above):
    they no longer do, and the cron check still says what Prefect's ``Cron`` says."""
    env = dict(os.environ, PREFECT_API_URL="http://127.0.0.1:9/api")
    for args in (["--cron", "61 2 * * *"], ["--tz", "Asia/Bangkokk"]):
        res = subprocess.run([sys.executable, "-X", "importtime", *ITA[1:], "serve", *args], cwd=ROOT,
                             capture_output=True, text=True, env=env, timeout=300)
        assert res.returncode == 2 and "prefect" not in res.stderr.lower(), res.stderr[-2000:]
    from prefect.schedules import Cron

    from flows.serve import _cron_ok
    for cron in ("0 2 * * *", "*/15 1-5 * * mon-fri", "@daily", "0 0 L * *", "61 2 * * *", "0 2 * *", "H 2 * * *",
                 "r 2 * * *", "0 0 1W * *", "abc", ""):
        try:
            Cron(cron, timezone="UTC")
            prefect_ok = True
        except ValueError:
            prefect_ok = False
        assert _cron_ok(cron) == prefect_ok, cron


def test_quiet_and_usage_errors(tmp_path):
    res = ita("-q", "ingest", tmp_path / "missing")
    assert res.returncode == 2 and res.stderr.strip() == f"ita: source not found: {tmp_path / 'missing'}"
    res = ita("ingest", "--workers", "๒", tmp_path)
    assert res.returncode == 2 and "not a whole number: '๒'" in res.stderr  # Thai digits are not taken silently
    res = ita("rerun", "--failed", "--timeout", "0", "--out", tmp_path)
    assert res.returncode == 2 and "must be a positive number of seconds" in res.stderr
    assert "--fail-on {failed,partial,never}" in ita("ingest", "--help").stdout


def test_tables_pages_beyond_the_pdf(tmp_path):
    pdf = render_pdf(tmp_path / "two.pdf", [["one"], ["two"]])
    res = ita("tables", pdf, "--pages", "99")
    assert res.returncode == 2 and res.stderr.strip() == f"ita: --pages 99: {pdf} has 2 page(s)"


@pytest.mark.slow
def test_unreachable_index_is_one_line_naming_the_url_and_a_failed_flow_run(prefect_api, tmp_path):
    from conftest import free_port
    url = f"http://127.0.0.1:{free_port()}/ita/index.html"  # nothing listens there
    env = dict(os.environ, PREFECT_API_URL=prefect_api, ITA_FETCH_RETRIES="1", ITA_FETCH_BACKOFF_S="0.1",
               ITA_ALLOW_HOSTS="127.0.0.1")  # a local host may be fetched (the default refuses it)
    res = ita("ingest", url, "--out", tmp_path / "out", env=env)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines() == [f"ita: cannot list the source {url}: ConnectError: "
                                               "[Errno 111] Connection refused"]
    run = _flow_runs(prefect_api, "ita-ingest")[0]
    assert run["state"]["type"] in ("FAILED", "CRASHED") and run["parameters"]["source"] == url
