"""A long-lived document worker process: ``python -m datastore.worker`` (see ``datastore.pool``).

The worker imports the stage functions once, then runs jobs read as JSON lines on stdin —
extract and/or normalize of one document, paths only — and answers with JSON lines on the
reply pipe (``--reply-fd``). Its stdout/stderr go to the job's log file while a job runs.

Limits, enforced by the OS for this process (the pool adds a wall-clock deadline and an
RSS watchdog on top, and kills the worker's whole process group when one is passed):

- memory: ``RLIMIT_AS`` = the address space after start-up + ``--mem-mb``: an allocation past
  it fails at once (``MemoryError``: a decompression bomb stops there), so a job can never
  take more than about ``--mem-mb`` of new memory; the pool's watchdog caps the RSS itself.
- CPU: ``RLIMIT_CPU`` is re-armed before each job at the CPU time used so far + the job's time
  limit (``SIGXCPU`` ends a job spinning on CPU even if the pool is stuck).

A job that ran out of memory — a ``MemoryError`` raised, or swallowed by the extractor into a
page error — fails with ``resource_limit: memory …`` and the worker asks to be replaced.

Nothing is orphaned: the worker asks the kernel for ``SIGTERM`` when its parent dies
(``PR_SET_PDEATHSIG``), and a watch thread checks the parent too; either kills the worker's
process group (itself and e.g. a running ``tesseract``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import signal
import sys
import threading
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

PR_SET_PDEATHSIG = 1
_PAGE = os.sysconf("SC_PAGE_SIZE")


def kill_own_group(*_args) -> None:
    """SIGKILL this process's group (the worker leads it: itself and its children)."""
    try:
        os.killpg(os.getpgrp(), signal.SIGKILL)
    finally:
        os._exit(137)


def die_with_parent(parent_pid: int, sig: int = signal.SIGTERM, poll_s: float = 0.5) -> None:
    """Exit (with the process group) when ``parent_pid`` dies: ``PR_SET_PDEATHSIG`` on Linux
    (delivered when the *thread* that started us ends: ``datastore.pool`` starts workers from
    threads that live as long as them), and a watch thread as a second line (other systems,
    or a parent thread that ended)."""
    if sig != signal.SIGKILL:
        signal.signal(sig, kill_own_group)
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # died before prctl took effect
        kill_own_group()

    def watch() -> None:
        while True:
            time.sleep(poll_s)
            if os.getppid() != parent_pid:
                kill_own_group()
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def memory_mb() -> tuple[float, float]:
    """(RSS, address space) of this process in MB, from /proc/self/statm."""
    try:
        with open("/proc/self/statm") as f:
            size, rss = f.read().split()[:2]
        return int(rss) * _PAGE / 2**20, int(size) * _PAGE / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0.0


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Worker:
    def __init__(self, reply_fd: int, mem_mb: int):
        self.reply_fd = reply_fd
        self.mem_mb = mem_mb
        self.as_limit_mb = 0.0

    # --- protocol ---------------------------------------------------------------------------
    def send(self, msg: dict) -> None:
        data = (json.dumps(msg, ensure_ascii=False) + "\n").encode("utf-8")
        while data:
            n = os.write(self.reply_fd, data)
            data = data[n:]

    def set_memory_limit(self) -> None:
        if self.mem_mb <= 0:
            return
        _, vm = memory_mb()
        self.as_limit_mb = vm + self.mem_mb
        limit = int(self.as_limit_mb * 2**20)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    @staticmethod
    def arm_cpu_limit(timeout_s: float) -> None:
        if timeout_s <= 0:
            return
        ru = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(ru.ru_utime + ru.ru_stime + timeout_s) + 2
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        if hard != resource.RLIM_INFINITY and soft > hard:
            soft = hard
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))

    # --- jobs --------------------------------------------------------------------------------
    def run(self, job: dict) -> None:
        from datastore.runner import resolve
        log = job.get("log")
        if log:
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            sys.stdout.flush(), sys.stderr.flush()
            os.dup2(fd, 1), os.dup2(fd, 2)
            os.close(fd)
        self.arm_cpu_limit(float(job.get("timeout") or 0))
        out: dict = {"id": job["id"], "pid": os.getpid(), "stages": {}, "recycle": False}
        try:
            for stage in job["stages"]:
                self.send({"id": job["id"], "event": "stage", "stage": stage})
                started, t0 = _utc_now(), time.monotonic()
                try:
                    r = (self.extract if stage == "extract" else self.normalize)(job, resolve)
                    r["ok"] = True
                except MemoryError:
                    r = {"ok": False, "error": self.memory_error(stage), "resource": "memory"}
                    out["recycle"] = True
                except ResourceLimit as e:
                    r = {"ok": False, "error": str(e), "resource": "memory"}
                    out["recycle"] = True
                except BaseException as e:  # noqa: BLE001 - every failure becomes a clear error
                    r = {"ok": False, "error": self.describe(stage, e),
                         "page_count": getattr(e, "page_count", None)}
                    if stage == "extract" and r["page_count"] is None:
                        r["page_count"] = _probe_page_count(job["pdf"])
                    traceback.print_exc()
                r.update(started=started, duration=round(time.monotonic() - t0, 3))
                out["stages"][stage] = r
                if not r["ok"]:
                    break
        finally:
            sys.stdout.flush(), sys.stderr.flush()
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1), os.dup2(null, 2)
            os.close(null)
        rss, vm = memory_mb()
        out.update(rss_mb=round(rss, 1), vm_mb=round(vm, 1),
                   maxrss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
        self.send(out)

    def memory_error(self, stage: str, where: str = "") -> str:
        return (f"resource_limit: memory: the {stage} stage ran out of memory{where} "
                f"(limit {self.mem_mb} MB per document; a decompression bomb?)")

    @staticmethod
    def describe(stage: str, e: BaseException) -> str:
        detail = str(e).strip() or type(e).__name__
        if stage == "normalize":
            return f"normalize stage: {type(e).__name__}: {detail}"
        if any(c.__name__ == "BadPDF" for c in type(e).__mro__):
            return detail
        return f"{type(e).__name__}: {detail}"

    def extract(self, job: dict, resolve) -> dict:
        import inspect
        from extractors.model import Extraction
        out = Path(job["extract_out"])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        if job.get("records_out"):
            Path(job["records_out"]).unlink(missing_ok=True)  # stale from now on
        fn = resolve(job["extractor"])
        kwargs = {}
        if job.get("timeout") and "timeout_s" in inspect.signature(fn).parameters:
            kwargs["timeout_s"] = max(1.0, float(job["timeout"]) * 0.9)  # finish before the hard kill
        if "max_pages" in inspect.signature(fn).parameters:  # $ITA_MAX_PAGES (0: no cap)
            from datastore.settings import settings
            kwargs["max_pages"] = settings().max_pages or sys.maxsize
        extraction = fn(job["pdf"], job["doc_id"], **kwargs)
        if not isinstance(extraction, Extraction):
            raise TypeError(f"extractor returned {type(extraction).__name__}, not Extraction")
        if extraction.doc_id != job["doc_id"]:
            raise ValueError(f"extractor returned doc_id {extraction.doc_id!r}, expected {job['doc_id']!r}")
        oom = [e for e in extraction.errors if "MemoryError" in e]
        if oom:  # the extractor kept going past a page that hit the memory limit
            raise ResourceLimit(self.memory_error("extract", f" on page {oom[0].split(':', 1)[0].lstrip('p')}"),
                                extraction.page_count)
        extraction.save(out)  # atomic
        return {"page_count": extraction.page_count}

    def normalize(self, job: dict, resolve) -> dict:
        from extractors.model import Extraction
        from normalizers.model import Records
        src, dst = Path(job["extract_out"]), Path(job["records_out"])
        dst.unlink(missing_ok=True)
        extraction = Extraction.load(src)
        records = resolve(job["normalizer"])(extraction)
        if not isinstance(records, Records) or records.doc_id != extraction.doc_id:
            raise ValueError(f"normalizer returned {type(records).__name__} for another document")
        records.save(dst)  # atomic
        return {"page_count": extraction.page_count, "input_hash": _sha256(src)}


class ResourceLimit(Exception):
    def __init__(self, message: str, page_count=None):
        super().__init__(message)
        self.page_count = page_count


def _probe_page_count(pdf_path: str):
    try:
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(pdf_path)
        try:
            return len(pdf)
        finally:
            pdf.close()
    except BaseException:  # noqa: BLE001 - unreadable (or out of memory): the count is unknown
        return None


def _warm(specs: list[str]) -> None:
    """Import the stage functions now, so the first job does not pay for it."""
    from datastore.runner import resolve
    for s in specs:
        try:
            resolve(s)
        except Exception:  # noqa: BLE001 - a bad spec fails in its job, with its error
            pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m datastore.worker")
    ap.add_argument("--parent-pid", type=int, required=True)
    ap.add_argument("--reply-fd", type=int, required=True)
    ap.add_argument("--mem-mb", type=int, default=1024)
    ap.add_argument("--warm", action="append", default=[])
    a = ap.parse_args(argv)
    die_with_parent(a.parent_pid)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a job killed by its CPU limit leaves no core file
    w = Worker(a.reply_fd, a.mem_mb)
    _warm(a.warm)
    w.set_memory_limit()
    rss, vm = memory_mb()
    w.send({"event": "ready", "pid": os.getpid(), "rss_mb": round(rss, 1), "vm_mb": round(vm, 1),
            "as_limit_mb": round(w.as_limit_mb, 1)})
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1), os.dup2(null, 2)
    os.close(null)
    for line in sys.stdin:
        if line.strip():
            w.run(json.loads(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
