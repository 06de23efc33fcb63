"""The suite's own hygiene: what one test changes does not reach the next (``tests/conftest.py``)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_environ_set_by_one_test_leaked_into_the_next(tmp_path):
    """An in-process flow run in test_api_routes left Prefect's logging defaults in
    ``os.environ``; the ``ita`` subprocesses of test_cli_ops then printed Prefect's log lines.
    ``conftest._restore_environ`` (autouse) puts ``os.environ`` back after every test: a real
    pytest session with the suite's conftest, one test adding, changing and removing variables,
    the next seeing the values from before."""
    (tmp_path / "test_probe.py").write_text(
        "import os\n"
        "def test_changes_environ():\n"
        "    os.environ['ITA_PROBE_ADDED'] = '1'\n"
        "    os.environ['ITA_PROBE_CHANGED'] = 'after'\n"
        "    del os.environ['ITA_PROBE_REMOVED']\n"
        "def test_sees_environ_from_before():\n"
        "    assert 'ITA_PROBE_ADDED' not in os.environ\n"
        "    assert os.environ['ITA_PROBE_CHANGED'] == 'before'\n"
        "    assert os.environ['ITA_PROBE_REMOVED'] == 'kept'\n", encoding="utf-8")
    env = {**os.environ, "ITA_PROBE_CHANGED": "before", "ITA_PROBE_REMOVED": "kept",
           "PYTHONPATH": os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p)}
    env.pop("ITA_PROBE_ADDED", None)
    res = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "conftest", "-p", "no:cacheprovider",
                          "-p", "no:randomly", "test_probe.py"], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0 and "2 passed" in res.stdout, res.stdout + res.stderr
