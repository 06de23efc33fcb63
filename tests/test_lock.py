"""The run lock: a second run on the same data directory stops at once with a clear message."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from datastore.lock import LockBusy, hold_lock
from runner_helpers import ROOT, render_pdf, spec

ITA = [sys.executable, "-m", "flows.cli"]
HOLD = "import sys, time\nfrom datastore.lock import hold_lock\nwith hold_lock(sys.argv[1]):\n" \
       "    print('held', flush=True)\n    time.sleep(120)\n"


def _wait_for(pred, timeout=60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_busy_lock_raises_at_once_and_dies_with_its_holder(tmp_path):
    lock = tmp_path / "work" / ".lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(lock)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        with pytest.raises(LockBusy, match=f"held by pid {holder.pid}"):
            with hold_lock(lock):
                pass
        assert time.monotonic() - t0 < 1.0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with hold_lock(lock):  # the kernel released it with the killed holder: never stale
        with hold_lock(lock):  # re-entrant within one process
            assert f"pid {os.getpid()}" in lock.read_text()


def test_second_ita_ingest_on_the_same_data_dir_exits_3(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    render_pdf(src / "a.pdf", [["Q i1 50"]])
    out = tmp_path / "out"
    env = dict(os.environ, ITA_EXTRACTOR=spec("slow_extract"))  # keeps the first run busy
    first = subprocess.Popen([*ITA, "ingest", str(src), "--out", str(out), "--no-progress"], cwd=ROOT,
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True)
    try:
        lock = out / ".ita" / ".lock"
        assert _wait_for(lambda: lock.exists() and "pid" in lock.read_text()), first.stderr
        for argv in (["ingest", str(src), "--out", str(out)], ["rerun", "--failed", "--out", str(out)]):
            t0 = time.monotonic()
            second = subprocess.run([*ITA, *argv], cwd=ROOT, capture_output=True, text=True, timeout=60)
            assert second.returncode == 3, second.stderr
            assert "another ita run is using this data directory" in second.stderr
            assert f"pid {first.pid}" in second.stderr
            assert time.monotonic() - t0 < 10
        assert first.poll() is None  # the first run is unaffected
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
