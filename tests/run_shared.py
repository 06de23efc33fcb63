"""Work done once per test run, shared by the run's pytest-xdist workers (``-n 2``, pyproject
``addopts``): corpus renders (``corpus_seeds``), their readings, the real scanned announcement
(``real_scan``), the real dataset (conftest ``real_dataset``).

The run's directory is ``$ITA_TEST_RUN_DIR``: made by the pytest process that starts first (the
xdist controller, or a run without xdist) in ``pytest_configure`` and removed by it at the end;
the workers it starts inherit the variable. A process without it (a helper imported outside
pytest) gets a directory of its own. Each piece of work is made under its own lock
(``fcntl.flock``) by the first worker that needs it, the other waits for it and reads the result.
"""
from __future__ import annotations

import atexit
import contextlib
import fcntl
import os
import pickle
import re
import shutil
import tempfile
from pathlib import Path

ENV = "ITA_TEST_RUN_DIR"


def make_run_dir() -> str | None:
    """Make the run's directory and publish it in ``os.environ`` (inherited by the xdist workers);
    returns it, or None when one is set already (a worker, or a pytest started by a test)."""
    if os.environ.get(ENV):
        return None
    d = tempfile.mkdtemp(prefix="ita-test-run-")
    os.environ[ENV] = d
    return d


def run_dir() -> Path:
    """The run's shared directory (see the module docstring)."""
    if not os.environ.get(ENV):
        d = make_run_dir()
        atexit.register(shutil.rmtree, d, ignore_errors=True)
    return Path(os.environ[ENV])


@contextlib.contextmanager
def locked(*names: str):
    """Hold the run's locks of ``names`` (taken in sorted order: two workers never deadlock)."""
    locks = run_dir() / "locks"
    locks.mkdir(exist_ok=True)
    with contextlib.ExitStack() as stack:
        for name in sorted(set(names)):
            f = stack.enter_context(open(locks / f"{_safe(name)}.lock", "w"))
            fcntl.flock(f, fcntl.LOCK_EX)
        yield


def once(name: str, make):
    """``make()``, computed once per run by whichever worker asks first and pickled in the run's
    directory. The caller that computed it gets ``make()``'s own object; every later caller (in
    either worker) gets a fresh unpickled copy, so no caller sees another's mutations."""
    path = run_dir() / "once" / f"{_safe(name)}.pickle"
    with locked(f"once-{name}"):
        if not path.exists():
            value = make()
            path.parent.mkdir(exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
            return value
    return pickle.loads(path.read_bytes())


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)
