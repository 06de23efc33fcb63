"""Nothing orphaned (issue 19.6): ``kill -9`` of ``ita ingest`` — the parent only, not its
process group — takes its document workers and its temporary Prefect API (uvicorn) with it.
Real CLI process, real workers, real Prefect API server, real kills.

Regression: a ``kill -9`` of the parent left the temporary Prefect API running 16 minutes later.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from runner_helpers import ROOT, render_pdf, spec


def _children_of(pid: int) -> dict[int, str]:
    """Live processes started by ``pid``: its workers name it ``--parent-pid``; the temporary
    API, forked from it, is its child named ``ita-prefect-api`` (``flows.api_server``)."""
    found = {}
    for p in Path("/proc").glob("[0-9]*"):
        try:
            cmd = (p / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            stat = (p / "stat").read_text().rsplit(")", 1)[1].split()
            comm = (p / "comm").read_text().strip()
        except OSError:
            continue
        if stat[0] == "Z":
            continue
        if f"--parent-pid={pid}" in cmd:
            found[int(p.name)] = cmd
        elif comm == "ita-prefect-api" and int(stat[1]) == pid:
            found[int(p.name)] = "flows.api_server (forked)"
    return found


def _start_ingest(src: Path, out: Path, env: dict) -> subprocess.Popen:
    argv = [sys.executable, "-m", "flows.cli", "ingest", str(src), "--out", str(out), "--no-progress",
            "--workers", "2"]
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def test_kill_9_of_the_run_leaves_no_worker_and_no_prefect_api(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for n in range(3):
        render_pdf(src / f"d{n}.pdf", [[f"Q i{n + 1} 80"]])
    env = dict(os.environ, ITA_EXTRACTOR=spec("slow_extract"), PYTHONPATH=str(ROOT))  # workers stay busy
    env.pop("PREFECT_API_URL", None)  # the run starts its own temporary API
    proc = _start_ingest(src, tmp_path / "out", env)
    try:
        deadline = time.monotonic() + 240
        while True:
            kids = _children_of(proc.pid)
            workers = [c for c in kids.values() if "datastore.worker" in c]
            if len(workers) == 2 and any("flows.api_server" in c for c in kids.values()):
                break
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline, f"workers/API not seen: {kids}"
            time.sleep(0.1)
        time.sleep(1.0)
        os.kill(proc.pid, signal.SIGKILL)  # the parent only: its children are in sessions of their own
        proc.wait()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while (_children_of(proc.pid) or [p for p in kids if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _children_of(proc.pid) == {}
    # a process in the middle of exiting has no cmdline any more but is not a zombie yet
    # (state R/D for a moment): each must be gone or a zombie before the deadline
    assert [p for p in kids if _alive(p)] == []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
