"""``ita ingest`` against a configured Prefect API (``PREFECT_API_URL``, e.g. a running
``prefect server start``) ends without the interpreter's finalization once its drain sent
everything (``flows.ingest.PREFECT_DRAINED``, ``flows.cli.exit_fast``): ~0.8 s of CPU at the
end of every run. Nothing the run sent may be lost by it: each document's task run with its
final state and its log line, the flow run's final state and its report artifact are in the
API when the process has returned."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import api_post
from runner_helpers import ROOT, render_pdf, spec


@pytest.mark.slow
def test_configured_api_has_every_state_and_log_line_when_ita_returns(prefect_api, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    render_pdf(src / "good.pdf", [["Q i1 91.5", "Q i2 85"]])
    render_pdf(src / "other.pdf", [["NOT ITA"]])
    env = dict(os.environ, PREFECT_API_URL=prefect_api, ITA_EXTRACTOR=spec("mini_extract"),
               ITA_NORMALIZER=spec("mini_normalize"))
    res = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", str(src), "--out", str(tmp_path / "out"),
                          "--workers", "2", "--no-progress", "-vv"], cwd=ROOT, capture_output=True, text=True, env=env,
                         timeout=600)
    assert res.returncode == 0, res.stderr
    assert "ending without the interpreter's finalization: every Prefect event and log line sent" in res.stderr
    # read at once: the process is gone, so what is not in the API now never will be
    run = api_post(prefect_api, "/flow_runs/filter", {"flows": {"name": {"any_": ["ita-ingest"]}},
                                                      "sort": "EXPECTED_START_TIME_DESC", "limit": 1})[0]
    assert run["state"]["type"] == "COMPLETED" and run["parameters"]["source"] == str(src)
    tasks = {t["name"]: t for t in api_post(prefect_api, "/task_runs/filter",
                                            {"flow_runs": {"id": {"any_": [run["id"]]}}, "limit": 50})}
    assert set(tasks) == {"process good.pdf", "process other.pdf"}
    assert tasks["process good.pdf"]["state"]["type"] == "COMPLETED"
    assert tasks["process good.pdf"]["state"]["message"].startswith("good.pdf: ok (documents 1, question_scores 2)")
    assert tasks["process other.pdf"]["state"]["message"].startswith("other.pdf: not_ita: not an ITA report")
    for name, t in tasks.items():
        logs = [l["message"] for l in api_post(prefect_api, "/logs/filter",
                                               {"logs": {"task_run_id": {"any_": [t["id"]]}}, "limit": 50})]
        mine = [l for l in logs if l.startswith(name.split(" ", 1)[1] + ":")]
        assert len(mine) == 1 and "extract stage done" in mine[0] and "write stage done" in mine[0], logs
    arts = api_post(prefect_api, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
    assert arts and arts[0]["key"] == "ita-run-report" and "| ok | 1 |" in arts[0]["data"]
