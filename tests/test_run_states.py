"""Prefect shows the truth (issue 18): each document's task state, its log lines, the flow
run's state under ``fail_on``, and the run-report artifact — read back from a real Prefect API."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from conftest import api_post, render_pdf_bytes

os.environ.setdefault("ITA_FETCH_BACKOFF_S", "0.2")
os.environ.setdefault("ITA_FETCH_RETRIES", "2")

HELPERS = Path(__file__).resolve().parent / "run_state_helpers.py"
STAGES = {"extractor": f"{HELPERS}:picky_extract", "normalizer": f"{HELPERS}:partial_normalize"}


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def _source(tmp_path: Path, names: dict[str, list[str]]) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name, lines in names.items():
        (src / name).write_bytes(render_pdf_bytes([lines]))
    return src


def _post(api: str, path: str, body: dict):
    return api_post(api, path, body)


def _latest_flow_run(api: str) -> dict:
    return _post(api, "/flow_runs/filter", {"sort": "EXPECTED_START_TIME_DESC", "limit": 1})[0]


def _task_runs(api: str, flow_run_id: str) -> dict[str, dict]:
    runs = _post(api, "/task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run_id]}}, "limit": 200})
    return {r["name"]: r for r in runs}


def _logs(api: str, **ids) -> list[str]:
    flt = {k: {"any_": [v]} for k, v in ids.items()}
    logs = _post(api, "/logs/filter", {"logs": flt, "limit": 200, "sort": "TIMESTAMP_ASC"})
    return [l["message"] for l in logs]


def _artifact(api: str, flow_run_id: str) -> str:
    arts = _post(api, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 5})
    return arts[0]["data"]


@pytest.mark.slow
def test_failed_and_partial_documents_show_in_prefect(prefect_api, tmp_path):
    from flows.ingest import ingest
    src = _source(tmp_path, {"good.pdf": ["Q i1 91.5", "Q i2 85"], "part.pdf": ["PARTIAL", "Q i1 70"],
                             "broken.pdf": ["BROKEN", "Q i1 50"]})
    report = ingest(str(src), str(tmp_path / "out"), workers=2, progress=False, **STAGES)
    assert report["flow_state"] == "FAILED"
    assert report["statuses"] == {"failed": 1, "ok": 1, "partial": 1}
    assert report["rows_written"]["question_scores"] == 3 and report["rows_written"]["documents"] == 3

    run = _latest_flow_run(prefect_api)
    assert run["state"]["type"] == "FAILED" and "1 of 3 document(s) failed" in run["state"]["message"]
    tasks = _task_runs(prefect_api, run["id"])
    broken, part, good = tasks["process broken.pdf"], tasks["process part.pdf"], tasks["process good.pdf"]
    assert broken["state"]["type"] == "FAILED"
    assert "extract stage failed" in broken["state"]["message"] and "broken content stream" in broken["state"]["message"]
    assert part["state"]["type"] == "COMPLETED"
    assert part["state"]["message"] == "part.pdf: partial: tables not understood on p2 (documents 1, question_scores 1)"
    assert good["state"]["type"] == "COMPLETED" and good["state"]["message"].startswith("good.pdf: ok")

    blog = "\n".join(_logs(prefect_api, task_run_id=broken["id"]))
    assert "broken content stream" in blog and "page 1 content stream ends early" in blog  # the child's output
    plog = "\n".join(_logs(prefect_api, task_run_id=part["id"]))
    assert "partial: tables not understood on p2" in plog and "normalize stage done" in plog

    md = _artifact(prefect_api, run["id"])
    assert "**Run failed: 1 of 3 document(s) failed**" in md
    assert "| failed | 1 |" in md and "| partial | 1 |" in md and "| ok | 1 |" in md
    assert "## Documents that need a look" in md
    assert "| partial | part.pdf (" in md and "| 2 | tables not understood on p2 |" in md
    assert "| question_scores | 3 | 0 | 0.0% |" in md
    plot = md.split("```text\n")[1].split("```")[0].splitlines()  # a bar per 10 points
    assert plot[-1].startswith("90-100 | █") and plot[-1].endswith(" 1") and plot[3].startswith(" 70-80 | █")
    assert "n=2, min=70.00" in md


@pytest.mark.slow
def test_fail_on_policy(prefect_api, tmp_path):
    from flows.ingest import ingest
    src = _source(tmp_path, {"part.pdf": ["PARTIAL", "Q i1 70"], "broken.pdf": ["BROKEN"]})
    r = ingest(str(src), str(tmp_path / "o1"), workers=1, progress=False, fail_on="never", **STAGES)
    assert r["flow_state"] == "COMPLETED" and _latest_flow_run(prefect_api)["state"]["type"] == "COMPLETED"
    (src / "broken.pdf").unlink()
    r = ingest(str(src), str(tmp_path / "o2"), workers=1, progress=False, fail_on="failed", **STAGES)
    assert r["flow_state"] == "COMPLETED"  # partial only: not a failure by default
    r = ingest(str(src), str(tmp_path / "o3"), workers=1, progress=False, fail_on="partial", **STAGES)
    run = _latest_flow_run(prefect_api)
    assert r["flow_state"] == "FAILED" and run["state"]["type"] == "FAILED" and "1 partial" in run["state"]["message"]
