"""A nightly run served by ``ita serve`` on a real ``prefect server start``: it uses
``--workers`` documents in parallel, and a failing document makes the flow run Failed with
the document's error in its task's logs (what the Prefect UI shows)."""
from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from conftest import api_post, free_port, render_pdf_bytes
from test_serve import _start, _stop, _wait_for

ROOT = Path(__file__).resolve().parents[1]
HELPERS = Path(__file__).resolve().parent / "run_state_helpers.py"


def _post(api: str, path: str, body: dict):
    return api_post(api, path, body)


def _t(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


@pytest.mark.slow
def test_served_run_uses_its_workers_and_fails_for_a_failed_document(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_UI_ENABLED="false",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    env.pop("PREFECT_API_URL", None)
    src = tmp_path / "src"
    src.mkdir()
    for name, lines in {"a.pdf": ["Q i1 90"], "b.pdf": ["Q i2 80"], "c.pdf": ["Q i3 70"],
                        "broken.pdf": ["BROKEN"]}.items():
        (src / name).write_bytes(render_pdf_bytes([lines]))
    server = _start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                     "--port", str(port)], env, tmp_path / "server.log")
    serve = None
    try:
        _wait_for(lambda: httpx.get(f"{api}/health", timeout=5).status_code == 200, 240, "the Prefect server", [server])
        serve_env = dict(env, PREFECT_API_URL=api, ITA_EXTRACTOR=f"{HELPERS}:sleepy_extract",
                         ITA_NORMALIZER=f"{HELPERS}:partial_normalize")
        serve = _start([sys.executable, "-m", "flows.cli", "serve", "--source", str(src), "--out",
                        str(tmp_path / "out"), "--workers", "4"], serve_env, tmp_path / "serve.log")
        deps = lambda: _post(api, "/deployments/filter", {"deployments": {"name": {"any_": ["ita-nightly"]}}})
        (dep,) = _wait_for(deps, 180, "the ita-nightly deployment", [server, serve])
        assert dep["parameters"]["workers"] == 4 and dep["parameters"]["fail_on"] == "failed"
        run = _post(api, f"/deployments/{dep['id']}/create_flow_run", {})

        def finished():
            r = httpx.get(f"{api}/flow_runs/{run['id']}", timeout=10).json()
            return r if r["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None
        done = _wait_for(finished, 400, "the nightly flow run", [server, serve])
        assert done["state"]["type"] == "FAILED", done["state"]
        assert "1 of 4 document(s) failed" in done["state"]["message"]

        tasks = [t for t in _post(api, "/task_runs/filter", {"flow_runs": {"id": {"any_": [run["id"]]}}, "limit": 50})
                 if t["name"].startswith("process ")]
        assert len(tasks) == 4
        starts = [_t(t["start_time"]) for t in tasks]
        ends = [_t(t["end_time"]) for t in tasks]
        assert max(starts) < min(ends), "the four documents did not run in parallel (--workers 4)"
        broken = next(t for t in tasks if t["name"] == "process broken.pdf")
        assert broken["state"]["type"] == "FAILED"
        def broken_logs():  # logs are sent in batches: they may land just after the run ends
            logs = _post(api, "/logs/filter", {"logs": {"task_run_id": {"any_": [broken["id"]]}}, "limit": 50})
            return "\n".join(l["message"] for l in logs) if logs else None
        try:
            text = _wait_for(broken_logs, 60, "the failed document's log lines", [server])
        except AssertionError:
            logs = _post(api, "/logs/filter", {"logs": {"flow_run_id": {"any_": [run["id"]]}}, "limit": 200})
            raise AssertionError("no task logs; the flow run's: " + repr([l["message"][:200] for l in logs]))
        assert "extract stage failed" in text and "broken content stream" in text
    finally:
        if serve is not None:
            _stop(serve)
        _stop(server)
