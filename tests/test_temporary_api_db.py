"""The temporary Prefect API keeps its database in the run's work directory, not the user's.

Regression (issue 17): every ``ita ingest`` without ``PREFECT_API_URL`` started its temporary
API on Prefect's default database, the user's shared ``~/.prefect/prefect.db`` (56 MB on the
development machine after a day of runs and tests), so each run wrote into it and its
inserts went into ever larger tables. Now the server's ``PREFECT_HOME`` is a temporary
directory of the run (a copy of an empty migrated database, removed when the run ends).
``ita rerun`` did the same through Prefect's own ephemeral server; it now uses the same
temporary API.
Real CLI process, real workers, real Prefect API server.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from runner_helpers import ROOT, render_pdf, spec


def test_temporary_api_never_writes_the_users_prefect_database(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for n in range(2):
        render_pdf(src / f"d{n}.pdf", [[f"Q i{n + 1} 80"]])
    home = tmp_path / "home"
    home.mkdir()
    run_tmp = tmp_path / "tmp"
    run_tmp.mkdir()
    stale = run_tmp / "ita-prefect-api-999999999-x"  # left by a run killed with -9 (no such pid)
    stale.mkdir()
    (stale / "prefect.db").write_bytes(b"")
    real_cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    env = dict(os.environ, HOME=str(home), TMPDIR=str(run_tmp), XDG_CACHE_HOME=real_cache, PYTHONPATH=str(ROOT),
               ITA_EXTRACTOR=spec("mini_extract"), ITA_NORMALIZER=spec("mini_normalize"))
    for k in ("PREFECT_API_URL", "PREFECT_HOME", "PREFECT_API_DATABASE_CONNECTION_URL"):
        env.pop(k, None)  # Prefect's defaults: the database would be $HOME/.prefect/prefect.db
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", str(src), "--out", str(out), "--workers", "1",
                        "--no-progress"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    assert "flow_state: COMPLETED" in p.stdout and '"ok": 2' in p.stdout
    assert "temporary_api_start_s" in p.stdout  # the run did use a temporary API
    assert sorted(str(f.relative_to(home)) for f in home.rglob("*.db*")) == []
    assert [d.name for d in run_tmp.glob("ita-prefect-api-*")] == []  # its database went with the run,
    # and the stale one of a killed run was swept
    from flows.api_server import template_path
    assert template_path().exists()  # the empty migrated database the next run copies

    # ``ita rerun`` (regression: it ran on Prefect's own ephemeral server, on that same database)
    p = subprocess.run([sys.executable, "-m", "flows.cli", "rerun", "--all", "--from", "normalize", "--out", str(out)],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    assert "re-ran 2 document(s); 0 failed; Prefect flow run COMPLETED" in p.stdout
    assert sorted(str(f.relative_to(home)) for f in home.rglob("*.db*")) == []
    assert [d.name for d in run_tmp.glob("ita-prefect-api-*")] == []
