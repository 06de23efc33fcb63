"""``ita serve`` against a real ``prefect server start`` on 127.0.0.1 (SQLite in a temp dir):
the nightly deployment appears in the Prefect API with its cron schedule and time zone."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import free_port

ROOT = Path(__file__).resolve().parents[1]


def _start(argv: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "wb") as f:
        return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=f, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _wait_for(pred, timeout_s: float, what: str, procs=()):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for p in procs:
            assert p.poll() is None, f"{p.args[:3]} exited with {p.returncode} while waiting for {what}"
        try:
            v = pred()
            if v:
                return v
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout_s}s waiting for {what}")


@pytest.mark.slow
def test_serve_registers_nightly_deployment(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_UI_ENABLED="false",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    env.pop("PREFECT_API_URL", None)
    server = _start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                     "--port", str(port)], env, tmp_path / "server.log")
    serve = None
    try:
        _wait_for(lambda: httpx.get(f"{api}/health", timeout=5).status_code == 200, 240,
                  "the Prefect server", [server])
        (tmp_path / "src").mkdir()
        serve_env = dict(env, PREFECT_API_URL=api)
        serve = _start([sys.executable, "-m", "flows.cli", "serve", "--source", str(tmp_path / "src"),
                        "--out", str(tmp_path / "out")], serve_env, tmp_path / "serve.log")

        def deployment():
            r = httpx.post(f"{api}/deployments/filter", timeout=10, json={
                "deployments": {"name": {"any_": ["ita-nightly"]}}, "limit": 10, "offset": 0,
                "sort": "NAME_ASC"})
            r.raise_for_status()
            return r.json()
        (dep,) = _wait_for(deployment, 180, "the ita-nightly deployment", [server, serve])
        scheds = dep.get("schedules") or []
        assert len(scheds) == 1, dep
        s = scheds[0]["schedule"]
        assert s["cron"] == "0 2 * * *" and s["timezone"] == "Asia/Bangkok"
        assert scheds[0]["active"] is True
        assert dep["parameters"]["source"] == str(tmp_path / "src")
        assert dep["parameters"]["out_dir"] == str((tmp_path / "out").resolve())
        flow = httpx.get(f"{api}/flows/{dep['flow_id']}", timeout=10).json()
        assert flow["name"] == "ita-ingest"
    finally:
        if serve is not None:
            _stop(serve)
        _stop(server)


def test_serve_refuses_without_a_server(tmp_path):
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"))
    env.pop("PREFECT_API_URL", None)
    r = subprocess.run([sys.executable, "-c", "from flows.serve import serve; serve(source='.', out_dir='o')"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "prefect server start" in r.stderr
