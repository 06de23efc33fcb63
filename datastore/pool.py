"""A pool of long-lived, recycled document worker processes (``datastore.worker``).

One interpreter per document cost about a second of imports per document; the pool keeps
``size`` workers that import the stage functions once and run many documents each. Isolation
stays per document:

- **time**: a job that has not answered by its deadline has its worker's whole process group
  killed (SIGKILL); the job fails ``resource_limit: time …`` and a fresh worker takes the next.
- **memory**: each worker runs under ``RLIMIT_AS`` (start-up address space + ``mem_limit_mb``,
  set by the worker itself) and a watchdog here samples its RSS every 0.1 s and kills it past
  ``mem_limit_mb``; either way the job fails ``resource_limit: memory …``.
- **recycling**: a worker is replaced after ``max_jobs`` documents, after a job that ran out
  of memory, or when its RSS after a job is above ``recycle_rss_mb`` (memory growth). The
  successor of a worker retired after ``max_jobs`` is started when its last job starts (when
  more jobs are queued), so it imports the stage functions while that job runs, not while the
  next document waits.
- **nothing orphaned**: workers die with this process (``PR_SET_PDEATHSIG`` + a parent-watch
  thread in the worker, each killing the worker's process group); ``close()`` (also at exit)
  kills them.

Each slot of the pool is a thread that owns one worker process at a time and starts it
itself, so the parent-death signal (tied to the starting *thread* on Linux) only fires when
the pool is gone. Jobs are dicts of paths (see ``datastore.worker``); ``submit`` returns a
``concurrent.futures.Future`` of the worker's answer (a dict, never an exception).

``prefetch(key, job)`` / ``claim(key)``: a run can queue its documents before its
orchestrator (Prefect) is up; each document's task then claims the job already running or done.
"""
from __future__ import annotations

import atexit
import itertools
import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Optional
from datastore.settings import settings

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MEM_LIMIT_MB = settings().mem_limit_mb  # $ITA_MEM_LIMIT_MB
DEFAULT_MAX_JOBS = settings().worker_max_jobs  # $ITA_WORKER_MAX_JOBS
START_TIMEOUT_S = 120.0
POLL_S = 0.1
_PAGE = os.sysconf("SC_PAGE_SIZE")
_ids = itertools.count(1)


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def _signal_name(n: int) -> str:
    try:
        return signal.Signals(n).name
    except ValueError:
        return f"signal {n}"


class WorkerDied(Exception):
    pass


class _Proc:
    """One worker process and its reply pipe."""

    def __init__(self, mem_limit_mb: int, warm: list[str], log_path: Optional[Path]):
        r, w = os.pipe()
        env = dict(os.environ)
        env.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract: one thread per worker
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        argv = [sys.executable, "-m", "datastore.worker", f"--parent-pid={os.getpid()}", f"--reply-fd={w}",
                f"--mem-mb={int(mem_limit_mb)}", *(f"--warm={s}" for s in warm)]
        log = open(log_path, "ab") if log_path else subprocess.DEVNULL
        try:
            self.popen = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
                                          pass_fds=(w,), start_new_session=True, env=env, cwd=str(ROOT))
        finally:
            os.close(w)
            if log_path:
                log.close()
        self.fd, self.buf = r, b""
        self.started_at = time.time()  # when its process was launched (wall clock)
        self.jobs = 0
        self.peak_rss_mb = 0.0
        self.info: dict = {}

    @property
    def pid(self) -> int:
        return self.popen.pid

    def send(self, msg: dict) -> None:
        assert self.popen.stdin is not None
        self.popen.stdin.write((json.dumps(msg, ensure_ascii=False) + "\n").encode("utf-8"))
        self.popen.stdin.flush()

    def read(self, timeout: float) -> Optional[dict]:
        """The next message, or None if none came within ``timeout``; WorkerDied at EOF."""
        while b"\n" not in self.buf:
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise WorkerDied()
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def rss_mb(self) -> float:
        """The worker's RSS now (its peak so far is kept)."""
        rss = _rss_mb(self.pid)
        self.peak_rss_mb = max(self.peak_rss_mb, rss)
        return rss

    def kill(self) -> Optional[int]:
        """SIGKILL the worker's process group, reap it; returns its exit code."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        return self.close(wait_s=5)

    def close(self, wait_s: float = 2.0) -> Optional[int]:
        """Ask the worker to exit (EOF on stdin); kill it if it does not."""
        try:
            if self.popen.stdin and not self.popen.stdin.closed:
                self.popen.stdin.close()
        except OSError:
            pass
        try:
            rc = self.popen.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            rc = self.popen.wait()
        try:
            os.close(self.fd)
        except OSError:
            pass
        self.fd = -1
        return rc


class WorkerPool:
    """``size`` recycled worker processes; see the module docstring."""

    def __init__(self, size: int = 1, *, mem_limit_mb: int = DEFAULT_MEM_LIMIT_MB,
                 max_jobs: int = DEFAULT_MAX_JOBS, recycle_rss_mb: Optional[float] = None,
                 warm: Optional[list[str]] = None, log_dir: Optional[Path] = None):
        self.size = max(1, int(size))
        self.mem_limit_mb = int(mem_limit_mb)
        self.max_jobs = max(1, int(max_jobs))
        self.recycle_rss_mb = recycle_rss_mb if recycle_rss_mb is not None else (
            0.6 * self.mem_limit_mb if self.mem_limit_mb > 0 else float("inf"))
        self.warm = list(warm or [])
        self.log_dir = Path(log_dir) if log_dir else None
        self._q: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._busy = 0
        self._closed = False
        self._prefetched: dict = {}
        self._procs: dict[int, _Proc] = {}  # slot → live worker
        self._spares: dict[int, _Proc] = {}  # slot → the successor warming up during its last job
        self.stats = {"jobs": 0, "started": 0, "recycled": 0, "killed": 0, "prewarmed": 0, "peak_rss_mb": 0.0}

    # --- public -------------------------------------------------------------------------------
    def start(self, n: Optional[int] = None) -> "WorkerPool":
        """Start ``n`` (default all) slots now, each starting its worker at once (warm-up)."""
        with self._lock:
            while len(self._threads) < min(self.size, n or self.size):
                self._start_slot(eager=True)
        return self

    def submit(self, job: dict, timeout_s: float) -> Future:
        """Queue a job (a dict for ``datastore.worker``); the Future's result is its answer."""
        fut: Future = Future()
        job = dict(job, id=next(_ids), timeout=float(timeout_s))
        with self._lock:
            if self._closed:
                raise RuntimeError("the worker pool is closed")
            self._busy += 1
            if self._busy > len(self._threads) and len(self._threads) < self.size:
                self._start_slot(eager=False)
        self._q.put((job, float(timeout_s), fut))
        return fut

    def prefetch(self, key, job: dict, timeout_s: float) -> None:
        with self._lock:
            if key in self._prefetched:
                return
        fut = self.submit(job, timeout_s)
        with self._lock:
            self._prefetched[key] = fut

    def claim(self, key) -> Optional[Future]:
        with self._lock:
            return self._prefetched.pop(key, None)

    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._procs.values()]

    def close(self) -> None:
        """Stop the slots and their workers (queued jobs that did not start get an error)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._q.put(None)
        with self._lock:
            live = list(self._procs.values())
        for p in live:  # idle ones would exit at EOF; busy ones (an interrupted run) must not wait
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        for t in threads:
            t.join(timeout=10)
        while True:  # jobs nobody will run
            try:
                item = self._q.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[2].set_result({"id": item[0]["id"], "error": "worker pool closed", "stages": {}})
        with self._lock:
            procs = list(self._procs.values()) + list(self._spares.values())
            self._procs.clear()
            self._spares.clear()
            for p in procs:
                self.stats["peak_rss_mb"] = max(self.stats["peak_rss_mb"], p.peak_rss_mb)
        for p in procs:
            p.kill()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- slots ------------------------------------------------------------------------------------
    def _start_slot(self, eager: bool) -> None:
        slot = len(self._threads)
        t = threading.Thread(target=self._slot, args=(slot, eager), name=f"ita-worker-slot-{slot}", daemon=True)
        self._threads.append(t)
        t.start()

    def _log(self, slot: int) -> Optional[Path]:
        log = self.log_dir / f"worker-{slot}.log" if self.log_dir else None
        if log:
            log.parent.mkdir(parents=True, exist_ok=True)
        return log

    def _spawn(self, slot: int) -> _Proc:
        """The slot's next worker, ready: its spare (started during the last job) or a new one."""
        log = self._log(slot)
        with self._lock:
            p = self._spares.pop(slot, None)
        if p is not None:
            with self._lock:
                self.stats["prewarmed"] += 1
        else:
            p = _Proc(self.mem_limit_mb, self.warm, log)
        deadline = time.monotonic() + START_TIMEOUT_S
        try:
            while True:
                msg = p.read(min(POLL_S * 5, max(0.0, deadline - time.monotonic())))
                if msg and msg.get("event") == "ready":
                    p.info = msg
                    break
                if time.monotonic() > deadline:
                    raise WorkerDied()
        except WorkerDied:
            rc = p.kill()
            raise RuntimeError(f"document worker failed to start (exit code {rc}; see {log or 'its log'})")
        with self._lock:
            self._procs[slot] = p
            self.stats["started"] += 1
        return p

    def _retire(self, slot: int, p: _Proc, kill: bool) -> None:
        with self._lock:
            self._procs.pop(slot, None)
            self.stats["peak_rss_mb"] = max(self.stats["peak_rss_mb"], p.peak_rss_mb)
            self.stats["killed" if kill else "recycled"] += 1
        p.kill() if kill else p.close()

    def _slot(self, slot: int, eager: bool) -> None:
        p: Optional[_Proc] = None
        if eager:
            try:
                p = self._spawn(slot)
            except RuntimeError:
                p = None  # retried with the first job, which then gets the error
        while True:
            item = self._q.get()
            if item is None:
                break
            job, timeout_s, fut = item
            try:
                if p is None:
                    p = self._spawn(slot)
                answer, p = self._run(slot, p, job, timeout_s)
            except RuntimeError as e:  # could not start a worker
                answer, p = {"id": job["id"], "error": str(e), "stages": {}}, None
            except BaseException as e:  # noqa: BLE001 - never lose a job's answer
                answer = {"id": job["id"], "error": f"worker pool: {type(e).__name__}: {e}", "stages": {}}
                if p is not None:
                    self._retire(slot, p, kill=True)
                p = None
            with self._lock:
                self._busy -= 1
                self.stats["jobs"] += 1
            fut.set_result(answer)
        if p is not None:
            self._retire(slot, p, kill=False)

    def _run(self, slot: int, p: _Proc, job: dict, timeout_s: float) -> tuple[dict, Optional[_Proc]]:
        """Run one job on worker ``p``; returns (answer, the worker to keep or None)."""
        t0 = time.monotonic()
        deadline = t0 + timeout_s if timeout_s > 0 else float("inf")
        stage = job["stages"][0]
        if p.jobs + 1 >= self.max_jobs and not self._q.empty():  # its last job, more to come:
            self._start_spare(slot)  # its successor warms up meanwhile
        try:
            p.send(job)
        except (BrokenPipeError, OSError):
            p.kill()
            with self._lock:
                self._procs.pop(slot, None)
            p = self._spawn(slot)
            p.send(job)
        p.jobs += 1
        try:
            while True:
                msg = p.read(POLL_S)
                if msg is not None:
                    if msg.get("event") == "stage":
                        stage = msg["stage"]
                        continue
                    answer = msg
                    break
                rss = p.rss_mb()
                if self.mem_limit_mb > 0 and rss > self.mem_limit_mb:
                    self._retire(slot, p, kill=True)
                    return self._limit(job, stage, t0, f"resource_limit: memory: the {stage} stage used "
                                       f"{rss:.0f} MB, over the limit of {self.mem_limit_mb} MB "
                                       "(worker killed)", p.pid), None
                if time.monotonic() > deadline:
                    self._retire(slot, p, kill=True)
                    return self._limit(job, stage, t0, f"resource_limit: time: the {stage} stage took longer "
                                       f"than the limit of {timeout_s:g}s (worker killed)", p.pid), None
        except WorkerDied:
            rc = p.kill()
            with self._lock:
                self._procs.pop(slot, None)
                self.stats["killed"] += 1
            return self._limit(job, stage, t0, self._death(rc, stage), p.pid), None
        p.rss_mb()
        p.peak_rss_mb = max(p.peak_rss_mb, float(answer.get("maxrss_mb") or 0))  # the kernel's own peak
        with self._lock:
            self.stats["peak_rss_mb"] = max(self.stats["peak_rss_mb"], p.peak_rss_mb)
        answer["worker_started_at"] = p.started_at
        if answer.get("recycle") or p.jobs >= self.max_jobs or answer.get("rss_mb", 0) > self.recycle_rss_mb:
            self._retire(slot, p, kill=False)
            return answer, None
        return answer, p

    def _start_spare(self, slot: int) -> None:
        """Launch the slot's next worker now (from the slot's own thread, which owns it for its
        life: see the module docstring); ``_spawn`` takes it when the current worker retires."""
        with self._lock:
            if slot in self._spares or self._closed:
                return
        try:
            spare = _Proc(self.mem_limit_mb, self.warm, self._log(slot))
        except OSError:
            return  # the successor starts when it is needed, as without a spare
        with self._lock:
            self._spares[slot] = spare

    def _death(self, rc: Optional[int], stage: str) -> str:
        if rc is not None and rc < 0:
            sig = -rc
            if sig == signal.SIGXCPU:
                return f"resource_limit: time: the {stage} stage used up its CPU time limit (worker killed)"
            return (f"the {stage} stage's worker was killed by {_signal_name(sig)} "
                    f"(a crash, or the memory limit of {self.mem_limit_mb} MB)")
        return f"the {stage} stage's worker exited unexpectedly with code {rc}"

    @staticmethod
    def _limit(job: dict, stage: str, t0: float, error: str, pid: Optional[int] = None) -> dict:
        return {"id": job["id"], "pid": pid, "failed_stage": stage, "error": error, "stages": {},
                "duration": round(time.monotonic() - t0, 3)}


# --- the process's pools ---------------------------------------------------------------------------
_active: Optional[WorkerPool] = None
_default: Optional[WorkerPool] = None
_glock = threading.Lock()


def active_pool() -> WorkerPool:
    """The pool a run set with ``use_pool``, else this process's default pool (created on first
    use: ``$ITA_WORKERS`` or the CPU count workers, started on demand; closed at exit)."""
    global _default
    if _active is not None:
        return _active
    with _glock:
        if _default is None or _default._closed:
            _default = WorkerPool(settings().workers or os.cpu_count() or 1)
        return _default


class use_pool:
    """``with use_pool(pool):`` — documents processed in this process use ``pool``."""

    def __init__(self, pool: WorkerPool):
        self.pool = pool

    def __enter__(self) -> WorkerPool:
        global _active
        self._prev, _active = _active, self.pool
        return self.pool

    def __exit__(self, *exc) -> None:
        global _active
        _active = self._prev


def _close_default() -> None:
    if _default is not None:
        _default.close()


atexit.register(_close_default)
