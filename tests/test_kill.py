"""``kill -9`` of ``ita ingest`` in the middle of writing: the dataset stays readable (pandas and
DuckDB), and the next run completes it with no duplicate and no lost row, compared with an
uninterrupted run over the same PDFs (made in-process by the runner the flow calls, which
spares one Prefect start-up). Real extractor and normalizer, real sample reports.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd

from datastore import schema as S
from datastore.runner import process_document
from datastore.workspace import Workspace
from runner_helpers import CHECK_CONTRACT, ROOT

PDFS = [ROOT / "data" / "raw" / n for n in ("002_prose_2565.pdf", "004_measures8_2569.pdf")]
ITA = [sys.executable, "-m", "flows.cli"]
KEYS = {"documents": ["doc_id"], "indicator_scores": ["doc_id", "indicator_no", "source"],
        "question_scores": ["doc_id", "question_code"], "planned_measures": ["doc_id", "seq"],
        "announced_scores": ["doc_id", "page", "row_no"]}


def _ingest(src: Path, out: Path, env=None, wait=True, workers=2):
    argv = [*ITA, "ingest", str(src), "--out", str(out), "--no-progress", "--workers", str(workers)]
    if wait:
        res = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, res.stdout + res.stderr
        return res
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _temp_files(out: Path) -> list[Path]:
    """Files of writes in progress (staged in OUT/.staging; older versions: hidden in the table folders)."""
    if not out.exists():
        return []
    return list((out / ".staging").glob("*.tmp-*")) + [p for t in S.TABLES for p in (out / t).glob(".*.parquet.tmp-*")]


def _wait_gone(out: Path, timeout: float = 10.0) -> bool:
    """True once no process has ``out`` in its command line (the run's extract children)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        alive = []
        for p in Path("/proc").glob("[0-9]*"):
            try:
                if str(out).encode() in (p / "cmdline").read_bytes():
                    alive.append(p.name)
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _canonical(out: Path, table: str) -> list[tuple]:
    """The table's rows as sorted tuples, without the write time (lists → tuples, NaN → None)."""
    df = pd.read_parquet(out / table)
    if table == "documents":
        df = df.drop(columns=["ingested_at"])
    rows = []
    for r in df.astype(object).where(df.notna(), None).itertuples(index=False):
        rows.append(tuple(tuple(v) if hasattr(v, "__len__") and not isinstance(v, str) else v for v in r))
    return sorted(rows, key=repr)


def test_kill_9_while_writing_then_rerun(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for p in PDFS:
        shutil.copy(p, src / p.name)
    ref, out = tmp_path / "ref", tmp_path / "out"
    ws_ref = Workspace.for_output(ref)  # the uninterrupted reference, by the same runner the flow calls
    for p in sorted(src.iterdir()):
        assert process_document(ws_ref, p, source_uri=p.name, file_name=p.name).status in ("ok", "partial")

    env = dict(os.environ, ITA_FAULT_WRITE_PAUSE_S="1.0")  # each file write holds its temp file 1 s
    proc = _ingest(src, out, env=env, wait=False, workers=1)  # one at a time: kill after a whole document
    try:
        deadline = time.monotonic() + 300
        while not (_temp_files(out) and list((out / "documents").glob("*.parquet"))):
            assert proc.poll() is None, "ingest ended before it could be killed mid-write"
            assert time.monotonic() < deadline, "no write observed"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert _wait_gone(out), "extract children outlived the killed run"
    assert _temp_files(out), "the kill did not land in the middle of a write"

    # the interrupted dataset is readable, and a listed document has all its rows
    listed = set(pd.read_parquet(out / "documents")["doc_id"])
    assert listed
    for table in S.TABLES:
        n_pd = len(pd.read_parquet(out / table))
        n_db = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/{table}/**/*.parquet')").fetchall()[0][0]
        assert n_pd == n_db
        for doc_id in listed:
            assert (out / table / f"{doc_id}.parquet").exists(), (table, doc_id)
    assert len(listed) < len(PDFS)  # the kill interrupted the run

    _ingest(src, out)  # the next run completes it
    assert not _temp_files(out)
    for table in S.TABLES:
        got = _canonical(out, table)
        assert got == _canonical(ref, table), table  # no duplicate, no lost row, same values
        df = pd.read_parquet(out / table)
        assert not df.duplicated(KEYS[table]).any(), table
    assert len(pd.read_parquet(out / "documents")) == len(PDFS)
    res = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
