"""The scripted night, driving the ``ita`` CLI in subprocesses against a real HTTP server on
127.0.0.1 serving the bundled sample PDFs (data/raw/*.pdf) with the real stages:

1. the first run ingests everything, while a fault (a file where one document's interim
   directory goes) makes one document fail;
2. a second run with nothing new is a no-op: nothing downloaded (304s), nothing written, ≤ 10 s;
3. ``ita rerun --failed`` after the fault is removed completes the document;
4. the dataset has no duplicates and ``check_contract.py`` passes.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
from runner_helpers import CHECK_CONTRACT  # noqa: E402 - the contract checked in code
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.pdf"))


def _ita(args: list[str], env: dict, timeout: float = 900) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return r, time.monotonic() - t0


def _files(d: Path) -> dict:
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in d.rglob("*") if p.is_file()}


@pytest.mark.slow
@pytest.mark.skipif(len(SAMPLES) < 2, reason="bundled sample PDFs (data/raw/*.pdf) missing")
def test_scripted_night(http_server, tmp_path):
    for p in SAMPLES:
        http_server.set(f"/ita/{p.name}", p.read_bytes())
    index = http_server.set("/ita/index.html", "<ul>" + "".join(
        f'<li><a href="{p.name}">{p.stem}</a></li>' for p in SAMPLES) + "</ul>")
    out, work = tmp_path / "out", tmp_path / "work"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect-home"), ITA_FETCH_TIMEOUT_S="20")
    env.pop("PREFECT_API_URL", None)
    victim = SAMPLES[0]
    victim_id = hashlib.sha256(victim.read_bytes()).hexdigest()
    (work / "interim").mkdir(parents=True)
    fault = work / "interim" / victim_id
    fault.write_text("fault: a file where the document's interim directory goes")

    r1, t1 = _ita(["ingest", index, "--out", str(out), "--work", str(work), "--no-progress"], env)
    assert r1.returncode == 5, r1.stderr[-3000:]  # 5: finished, one document failed
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == len(SAMPLES) and docs.doc_id.is_unique
    assert docs.set_index("doc_id").loc[victim_id, "status"] == "failed"
    st, _ = _ita(["status", str(out), "--work", str(work)], env, timeout=120)
    assert st.returncode == 0 and victim_id[:12] in st.stdout

    sent, before = dict(http_server.bodies_sent), _files(out)
    r2, t2 = _ita(["ingest", index, "--out", str(out), "--work", str(work), "--no-progress"], env)
    assert r2.returncode == 0, r2.stderr[-3000:]
    assert t2 <= 10, f"no-op run took {t2:.1f}s"
    assert {k: v for k, v in http_server.bodies_sent.items() if k.endswith(".pdf")} == \
        {k: v for k, v in sent.items() if k.endswith(".pdf")}  # every PDF answered 304
    assert _files(out) == before  # nothing written

    fault.unlink()
    r3, t3 = _ita(["rerun", "--failed", "--out", str(out), "--work", str(work)], env)
    assert r3.returncode == 0, r3.stderr[-3000:]
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == len(SAMPLES) and docs.doc_id.is_unique and "failed" not in set(docs.status)
    for table, key in (("question_scores", "doc_id, question_code, page, raw_code, score"),
                       ("planned_measures", "doc_id, seq")):
        dups = duckdb.sql(f"SELECT {key}, count(*) n FROM read_parquet('{out}/{table}/*.parquet') "
                          f"GROUP BY ALL HAVING n > 1").fetchall()
        assert dups == [], (table, dups[:3])
    cc = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(out)],
                        capture_output=True, text=True, timeout=300)
    assert cc.returncode == 0, cc.stdout + cc.stderr
    print(f"night: first run {t1:.1f}s, no-op {t2:.1f}s, rerun --failed {t3:.1f}s")
