"""The temporary Prefect API serves only the routers a run calls (``flows.api_routes``).

Real runs pin the set: ``ingest`` runs against a real temporary API (``flows.api_server.TempAPI``,
the served routers only, every request written to ``$ITA_API_ROUTE_LOG``) over a real HTTP
source whose index page answers 500 once (the flow lists it again: a task retried), with a
document that answers 500 once (its fetch task retried) and a document that fails; a second
night with the ledger lost (a cached document re-recorded) and a document changed; then a
re-run of two documents (``ita rerun``'s flow, which also runs on a temporary API). Every
request the client made must fall to a served router of Prefect's whole app, and the run's
flow runs, task runs with their final states, log rows and report artifact must be in the
API, read back through it.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from conftest import MINI_STAGES, mini_report_pdf

os.environ.setdefault("ITA_FETCH_BACKOFF_S", "0.2")  # before flows.ingest_flow is imported (as test_flow)
os.environ.setdefault("ITA_FETCH_RETRIES", "2")

MINI = MINI_STAGES


_pdf = mini_report_pdf


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _post(api: str, path: str, body: dict) -> list:
    from conftest import api_post
    return api_post(api, path, body)


def _requests(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
def test_temporary_api_serves_every_route_a_run_calls(http_server, tmp_path, monkeypatch):  # os.environ: conftest puts it back
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.api_routes import SERVED_ROUTERS, all_routers, router_of
    from flows.api_server import TempAPI
    from flows.ingest import _drain_prefect, ingest
    from flows.rerun_flow import rerun
    monkeypatch.delenv("ITA_API_ALL_ROUTERS", raising=False)
    log = tmp_path / "routes.jsonl"
    monkeypatch.setenv("ITA_API_ROUTE_LOG", str(log))

    a, b1, b2, flaky, bad = _pdf("A", "81.5"), _pdf("B", "70"), _pdf("B2", "72"), _pdf("F", "90"), _pdf("X", "50")
    http_server.set("/r/a.pdf", a)
    http_server.set("/r/b.pdf", b1)
    http_server.set("/r/flaky.pdf", flaky, fail_first=1)  # 500 then 200: its fetch task retries
    http_server.set("/r/bad.pdf", bad)
    index = http_server.set("/r/index.html", "".join(f'<a href="{n}">{n}</a>' for n in
                                                     ("a.pdf", "b.pdf", "flaky.pdf", "bad.pdf")), fail_first=2)
    # the index answers 500 twice: the check before the flow fails, the flow's listing task retries
    out, work = tmp_path / "out", tmp_path / "work"
    (work / "interim").mkdir(parents=True)
    (work / "interim" / _sha(bad)).write_text("a file where the document's directory goes")  # it fails

    api = TempAPI(log_path=tmp_path / "api.log").start(fork=False)
    try:
        url = api.wait_ready()
        with temporary_settings({PREFECT_API_URL: url}):
            r1 = ingest(index, str(out), work_dir=str(work), workers=2, progress=False, fetch_timeout_s=5, **MINI)
            assert [f["doc_id"] for f in r1["failed"]] == [_sha(bad)]
            assert sorted(r1["new"]) == sorted([_sha(a), _sha(b1), _sha(flaky)])
            assert http_server.hits["/r/flaky.pdf"] == 2 and http_server.hits["/r/index.html"] == 3
            # night 2: the ledger is lost (a and flaky come from Prefect's cache), b changed, bad is fixed
            for name in ("ledger.sqlite", "ledger.sqlite-wal", "ledger.sqlite-shm"):
                (work / name).unlink(missing_ok=True)
            (work / "interim" / _sha(bad)).unlink()
            http_server.set("/r/b.pdf", b2)
            r2 = ingest(index, str(out), work_dir=str(work), workers=2, progress=False, fetch_timeout_s=5, **MINI)
            assert sorted(r2["cached"]) == sorted([_sha(a), _sha(flaky)])
            assert sorted(r2["new"] + r2["updated"]) == sorted([_sha(b2), _sha(bad)]) and not r2["failed"]
            assert [r1["flow_state"], r2["flow_state"]] == ["FAILED", "COMPLETED"]
            # a re-run (``ita rerun``'s flow) of two documents from normalize
            r3 = rerun(str(out), str(work), [(_sha(a), "normalize"), (_sha(bad), "normalize")], workers=2)
            assert r3["flow_state"] == "COMPLETED" and all(r["status"] and not r.get("failed_stage") for r in r3["results"])
            assert _drain_prefect()  # every event and log line the runs queued is sent
        made = _requests(log)  # what the runs' client asked for (the reads below come after)
        routers = all_routers()
        used = {}
        for req in made:
            used.setdefault(router_of(req["method"], req["path"], routers), []).append(f"{req['method']} {req['path']}")

        missing = {k: v[:3] for k, v in used.items() if k not in (*SERVED_ROUTERS, "(app)")}
        assert not missing, f"the run called routers the temporary API does not serve: {missing}"
        assert not [r for r in made if r["status"] in (404, 405, None)], "a request found no route"
        # what a run needs at the least: its flow run and its states, task-run events, logs, the artifact
        assert {"flows", "flow_runs", "logs", "artifacts", "events"} <= set(used)
        assert any(r["type"] == "websocket" and r["path"].endswith("/events/in") and r["status"] == 101 for r in made)

        # the runs' records, read back through the served routers
        runs = _post(url, "/flow_runs/filter", {"sort": "START_TIME_ASC", "limit": 10})
        assert [r["state_type"] for r in runs] == ["FAILED", "COMPLETED", "COMPLETED"]
        tasks = _post(url, "/task_runs/filter", {"limit": 100})
        states = sorted((t["name"].split(" ", 1)[1], t["state_name"]) for t in tasks if t["name"].startswith("process "))
        assert states == sorted([("a.pdf", "Completed"), ("b.pdf", "Completed"), ("flaky.pdf", "Completed"),
                                 ("bad.pdf", "Failed"),  # night 1
                                 ("a.pdf", "Cached"), ("flaky.pdf", "Cached"), ("b.pdf", "Completed"),
                                 ("bad.pdf", "Completed")])  # night 2
        reruns = sorted((t["name"], t["state_name"]) for t in tasks if t["name"].startswith("rerun "))
        assert reruns == sorted([(f"rerun {_sha(a)[:12]} from normalize", "Completed"),
                                 (f"rerun {_sha(bad)[:12]} from normalize", "Completed")])
        fetches = [t for t in tasks if t["name"] == "fetch flaky.pdf"]
        assert fetches and fetches[0]["run_count"] == 2 and fetches[0]["state_type"] == "COMPLETED"
        logs = _post(url, "/logs/filter", {"limit": 200})
        assert any("bad.pdf" in row["message"] and "extract stage failed" in row["message"] for row in logs)
        arts = _post(url, "/artifacts/filter", {"artifacts": {"key": {"any_": ["ita-run-report"]}}, "limit": 10})
        assert len(arts) == 2
        arts = _post(url, "/artifacts/filter", {"artifacts": {"key": {"any_": ["ita-rerun-report"]}}, "limit": 10})
        assert len(arts) == 1
    finally:
        api.stop()
