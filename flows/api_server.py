"""A temporary Prefect API server for one run, started early and dying with the run.

Prefect's own temporary server (``SubprocessASGIServer``) is started by the first API call
— after Prefect is imported — and is a plain child: a ``kill -9`` of the run left its
``uvicorn`` running. ``TempAPI`` starts the same application (``prefect.server.api.server:
create_app``, UI off, ephemeral services) at the start of a run — forked from the run after
its import of Prefect (``TempAPI.start(fork=True)``, the default in a process that has not
imported Prefect yet), else as ``python -m flows.api_server`` — so its start-up overlaps the
documents' work, on a socket bound here (no port race), in its own process group, and with
``PR_SET_PDEATHSIG`` + a parent-watch thread (``datastore.worker.die_with_parent``): it exits
whoever kills whom. ``stop()`` ends it.

Its database is its own: a fresh SQLite file in a temporary directory of the run
(``$TMPDIR/ita-prefect-api-<pid>-*``, ``PREFECT_HOME`` of the server), removed when it stops (and
by the next run if a ``kill -9`` left it) — it never writes the user's shared
``~/.prefect/prefect.db`` (a temporary API used to, growing it by every run). Not in the work
directory: a nearly full work directory must fail the run with its own clear message, not the
API's. The file is a copy of an empty, migrated database kept per Prefect version in
``$XDG_CACHE_HOME/ita`` (``~/.cache/ita``; made once, ~10 s of CPU running Prefect's migrations),
so the server starts with migrations off instead of checking or running them at every run.

Not used when an API is configured (``PREFECT_API_URL``, e.g. a running ``prefect server
start``): then start-up costs only the import of Prefect.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import signal
import socket
import subprocess
import sys
import time
import tempfile
import urllib.request
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
# the least work that keeps the run's flow run, task runs, logs and artifacts: no UI; no
# automations (triggers and their actions: a temporary API has none), no event or log stream
# to subscribers (none subscribe), no block registration on start (a run uses no blocks);
# the task-run recorder (task-run states from their events) and the event persister stay
_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
               "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
               "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false", "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
               "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED": "false", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
               # the memo of block registration imports every installed Prefect collection
               # (prefect_dask: dask, distributed) and hashes their blocks before it sees that
               # registration is off: ~0.7 s of CPU at every start
               "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
               "DO_NOT_TRACK": "1"}
NICE = 5  # the API's CPU priority below the workers' (it answers a few calls per document)


def configured_api_url() -> Optional[str]:
    """The API URL the user configured (environment, or Prefect's settings if already imported)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    if "prefect.settings" in sys.modules:
        from prefect.settings import PREFECT_API_URL
        return PREFECT_API_URL.value() or None
    return None


_MIGRATE = ("import asyncio\n"
            "from prefect.server.database import provide_database_interface\n"
            "asyncio.run(provide_database_interface().create_db())\n")


def template_path() -> Path:
    """Where the empty, migrated database of the installed Prefect version is kept."""
    from importlib.metadata import version
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ita"
    return cache / f"prefect-{version('prefect')}-empty.db"


def db_template() -> Optional[Path]:
    """The empty, migrated Prefect database for the installed Prefect (made once, by Prefect's
    own migrations in a child process, then renamed into place: concurrent makers do not
    clash). None when it cannot be made (e.g. a read-only cache): the server migrates then."""
    path = template_path()
    if path.exists():
        return path
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PREFECT_HOME": str(path.parent), "PREFECT_API_DATABASE_CONNECTION_URL":
               f"sqlite+aiosqlite:///{tmp}", "PREFECT_LOGGING_LEVEL": "WARNING"}
        subprocess.run([sys.executable, "-c", _MIGRATE], env=env, check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        with sqlite3.connect(tmp) as c:  # one self-contained file (no -wal beside it)
            c.execute("PRAGMA journal_mode=DELETE")
        os.replace(tmp, path)
        return path
    except (OSError, subprocess.SubprocessError, sqlite3.Error):
        return None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def _use_own_database(home: Path) -> None:
    """Point this (server) process's Prefect at ``home/prefect.db``, a copy of the template with
    migrations off; without a template the server migrates the fresh file itself."""
    home.mkdir(parents=True, exist_ok=True)
    db = home / "prefect.db"
    os.environ["PREFECT_HOME"] = str(home)
    os.environ["PREFECT_API_DATABASE_CONNECTION_URL"] = f"sqlite+aiosqlite:///{db}"
    template = db_template()
    if template is not None and not db.exists():
        shutil.copyfile(template, db)
        os.environ["PREFECT_API_DATABASE_MIGRATE_ON_START"] = "false"


_HOME_PREFIX = "ita-prefect-api-"


def _sweep_stale_homes() -> None:
    """Remove the database directories of temporary APIs whose run no longer exists."""
    for d in Path(tempfile.gettempdir()).glob(_HOME_PREFIX + "*"):
        pid = d.name[len(_HOME_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(d, ignore_errors=True)


def can_fork() -> bool:
    """Whether ``TempAPI`` may fork the server from this process: on Linux, and only while
    Prefect was not imported yet here (nothing of Prefect runs then: no background thread of
    its that the child could inherit in a half-held lock; a process that ran flows before —
    a test session, a library user — starts the server as a fresh interpreter instead)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and "prefect" not in sys.modules


class TempAPI:
    """A temporary Prefect API in a child process (see the module docstring); its database
    directory (``home``) is made at start and removed at stop.

    ``start(fork=True)`` (the default when :func:`can_fork`) imports Prefect here first — the
    run imports it anyway — and forks the server from this process: the child imports only
    Prefect's server on top (≈ 1.5 s of CPU less per run than a fresh interpreter importing
    Prefect a second time, on two cores shared with the document workers). The child is the
    same as the fresh interpreter otherwise: a session of its own, ``PR_SET_PDEATHSIG`` and a
    parent-watch thread, no file descriptor of the parent's but the server's socket, its own
    settings and database, named ``ita-prefect-api`` (``/proc/PID/comm``)."""

    def __init__(self, log_path: Optional[Path] = None):
        self.log_path = Path(log_path) if log_path else None
        self.home: Optional[Path] = None
        self.proc: Optional[subprocess.Popen] = None
        self.pid: Optional[int] = None  # the server process (forked or started)
        self.forked = False
        self.port: Optional[int] = None
        self.started_at = 0.0
        self.ready_s: Optional[float] = None  # seconds from start() to a healthy API

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self, fork: Optional[bool] = None) -> "TempAPI":
        if fork is None:
            fork = can_fork()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
        self.port = sock.getsockname()[1]
        _sweep_stale_homes()
        self.home = Path(tempfile.mkdtemp(prefix=f"{_HOME_PREFIX}{os.getpid()}-"))
        if fork:
            try:
                self._fork(sock)
            finally:
                sock.close()
            return self
        env = {**os.environ, **_SERVER_ENV}
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        env.pop("PREFECT_API_URL", None)
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.started_at = time.monotonic()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "flows.api_server", f"--fd={sock.fileno()}", f"--parent-pid={os.getpid()}",
                 f"--home={self.home}"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, pass_fds=(sock.fileno(),),
                start_new_session=True, env=env, cwd=str(ROOT))
        finally:
            sock.close()
            if self.log_path:
                log.close()
        self.pid = self.proc.pid
        return self

    def _fork(self, sock: socket.socket) -> None:
        from flows.steps import quiet_prefect_env
        quiet_prefect_env()  # the settings the run imports Prefect with (flows.ingest_flow)
        import prefect  # noqa: F401 - imported once, before the fork: the child inherits it
        if self.log_path:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
        for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        parent = os.getpid()
        self.started_at = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            _forked_server(sock.fileno(), self.home, self.log_path, parent)
        self.pid, self.forked = pid, True

    def _exited(self) -> Optional[int]:
        """The server's exit code if it ended (reaped), else None."""
        if self.proc is not None:
            return self.proc.poll()
        if self.pid is None:
            return -1
        try:
            done, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return -1
        if done:
            self.pid = None
            return os.waitstatus_to_exitcode(status)
        return None

    def wait_ready(self, timeout_s: float = 300.0) -> str:
        """Block until ``/api/health`` answers; returns the API URL."""
        deadline = time.monotonic() + timeout_s
        while True:
            rc = self._exited()
            if rc is not None:
                raise RuntimeError(f"the temporary Prefect API exited (code {rc}; log: {self.log_path})")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as r:
                    if r.status == 200:
                        if self.ready_s is None:
                            self.ready_s = round(time.monotonic() - self.started_at, 3)
                        return self.url
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the temporary Prefect API did not start within {timeout_s:g}s")
            time.sleep(0.05)

    def stop(self) -> None:
        """End the server at once (``SIGKILL``: its database is thrown away next, so nothing of a
        graceful shutdown — services flushing into that database — is worth the wait) and remove
        its database. Flush the run's Prefect events and logs before (``flows.ingest``)."""
        if self.pid is not None:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if self.proc is not None:
                self.proc.wait()
            else:
                try:
                    os.waitpid(self.pid, 0)
                except ChildProcessError:
                    pass
            self.proc = self.pid = None
        if self.home is not None:  # the run's records die with its API
            shutil.rmtree(self.home, ignore_errors=True)
            self.home = None

    def __enter__(self) -> "TempAPI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.api_server")
    ap.add_argument("--fd", type=int, required=True, help="a listening socket to serve on")
    ap.add_argument("--parent-pid", type=int, required=True)
    ap.add_argument("--home", type=Path, required=True, help="directory of the server's own database")
    a = ap.parse_args(argv)
    _serve(a.fd, a.home, a.parent_pid)
    return 0


def _serve(fd: int, home: Path, parent_pid: int) -> None:
    """Serve the API on the listening socket ``fd`` until killed (a fresh or a forked process)."""
    from datastore.worker import die_with_parent
    die_with_parent(parent_pid, sig=signal.SIGKILL)  # no children: the kernel ends it at once
    try:  # its start-up (~5 s of CPU, importing Prefect's server) must not slow the document workers
        os.nice(NICE)
    except OSError:
        pass
    _use_own_database(home)  # before Prefect's settings are read (forked: read again below)
    if "prefect" in sys.modules:  # forked after Prefect's import: its settings were read then
        from prefect.context import refresh_global_settings_context
        refresh_global_settings_context()
    import uvicorn
    uvicorn.run("flows.api_routes:create_app", factory=True, fd=fd, log_level="error",
                lifespan="on", access_log=False)


def _forked_server(fd: int, home: Path, log_path: Optional[Path], parent_pid: int) -> None:
    """The forked child of ``TempAPI._fork``: a session of its own, only the server's socket
    and its log open, the server's settings; serves until killed, never returns."""
    code = 1
    try:
        os.setsid()
        out = os.open(str(log_path) if log_path else os.devnull, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0), os.dup2(out, 1), os.dup2(out, 2)
        os.closerange(3, fd)  # the parent's files, pipes to its workers, its ledger …
        os.closerange(fd + 1, os.sysconf("SC_OPEN_MAX"))
        import logging
        for lg in [logging.getLogger(), *(v for v in logging.Logger.manager.loggerDict.values()
                                          if isinstance(v, logging.Logger))]:
            for h in list(lg.handlers):  # the parent's handlers write to files closed here
                lg.removeHandler(h)
        try:
            import ctypes
            ctypes.CDLL(None).prctl(15, b"ita-prefect-api", 0, 0, 0)  # PR_SET_NAME: /proc/PID/comm
        except (OSError, AttributeError):
            pass
        env = dict(_SERVER_ENV)
        os.environ.update(env)
        os.environ.pop("PREFECT_API_URL", None)
        _serve(fd, home, parent_pid)
        code = 0
    except BaseException:  # noqa: BLE001 - reported in the API's log; the run sees the API gone
        import traceback
        traceback.print_exc()
    finally:
        os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
