"""The same ingest flow on a Dask cluster through prefect-dask: a real LocalCluster of two
worker processes on 127.0.0.1 and a real Prefect API."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from conftest import render_pdf_bytes

HELPERS = Path(__file__).resolve().parent / "runner_helpers.py"
MINI = {"extractor": f"{HELPERS}:mini_extract", "normalizer": f"{HELPERS}:mini_normalize"}


@pytest.mark.slow
def test_ingest_on_local_dask_cluster(prefect_api, tmp_path):
    from distributed import Client, LocalCluster, get_task_stream
    from flows.ingest import ingest
    src = tmp_path / "src"
    src.mkdir()
    shas = []
    for n in range(4):
        b = render_pdf_bytes([[f"รายงาน {n}", f"Q i{n + 1} {70 + n}", f"M 1 มาตรการ {n}"]])
        (src / f"d{n}.pdf").write_bytes(b)
        shas.append(hashlib.sha256(b).hexdigest())
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        with get_task_stream(client) as ts:
            report = ingest(str(src), str(tmp_path / "out"), workers=2, dask_address=cluster.scheduler_address,
                            progress=False, **MINI)
        workers_used = {t["worker"] for t in ts.data if "process" in str(t["key"])}
    assert sorted(report["new"]) == sorted(shas) and not report["failed"]
    assert len(workers_used) == 2  # documents ran on both worker processes
    docs = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(docs.doc_id) == sorted(shas) and set(docs.status) == {"ok"}
    q = pd.read_parquet(tmp_path / "out" / "question_scores")
    assert sorted(q.question_code) == ["i1", "i2", "i3", "i4"]
