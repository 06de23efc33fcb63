"""Parallel speed-up (1 vs 2 workers) and peak RSS per worker of the document stages.

    .venv/bin/python bench/bench_workers.py [--repeat 3] [--docs 4] [--flow]

Runs ``datastore.runner.process_document`` (extract + normalize in a worker process of a fresh
``datastore.pool.WorkerPool`` of 1 or 2 workers → write here) over the bundled samples
``data/raw/*.pdf`` into a fresh workspace, with 1 and 2 threads — the same mechanism as the
flow's ``ThreadPoolTaskRunner(workers)``, without Prefect (``bench/bench_throughput.py`` times
whole ``ita ingest`` processes). Reports median wall per setting (the pool's start-up
included), the speed-up (target ≥ 1.8×), and peak RSS: of the largest worker (the kernel's
maxrss, from the pool) and of this orchestrating process. ``--flow`` also times the whole
``flows.ingest.ingest`` (Prefect flow, temporary API) with 1 and 2 workers.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


WORKER_PEAK_MB = 0.0
PER_DOC: dict[str, float] = {}  # seconds per document (stage durations), from the last 1-worker run


def balance_bound(times: list[float], workers: int = 2) -> float:
    """Best possible speed-up of these document times on ``workers`` (exhaustive split, small n)."""
    from itertools import product
    best = sum(times)
    for assign in product(range(workers), repeat=len(times)):
        loads = [0.0] * workers
        for t, w in zip(times, assign):
            loads[w] += t
        best = min(best, max(loads))
    return sum(times) / best if best else 1.0


def run_engine(pdfs: list[Path], workers: int) -> float:
    """Process ``pdfs`` with ``workers`` parallel documents in a fresh workspace; wall seconds."""
    from datastore.pool import WorkerPool, use_pool
    from datastore.runner import process_document
    from datastore.workspace import Workspace
    global WORKER_PEAK_MB
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as d:
        ws = Workspace.for_output(Path(d) / "out", Path(d) / "work").ensure()
        t0 = time.perf_counter()
        with WorkerPool(workers) as wp, use_pool(wp), ThreadPoolExecutor(workers) as pool:
            big_first = sorted(pdfs, key=lambda p: -p.stat().st_size)  # as the flow submits them
            results = list(pool.map(lambda p: process_document(ws, p), big_first))
        wall = time.perf_counter() - t0
        WORKER_PEAK_MB = max(WORKER_PEAK_MB, wp.stats["peak_rss_mb"])
    if workers == 1:
        PER_DOC.update({r.file_name: sum(r.durations.values()) for r in results})
    bad = [r.error for r in results if r.failed_stage]
    if bad:
        print("failures:", bad)
    return wall


def run_flow(pdfs: list[Path], workers: int) -> float:
    """The whole ingest flow (local directory source) with ``workers``; wall seconds."""
    import shutil
    from flows.ingest import ingest
    with tempfile.TemporaryDirectory(prefix="ita-bench-") as d:
        src = Path(d) / "src"
        src.mkdir()
        for p in pdfs:
            shutil.copy(p, src / p.name)
        t0 = time.perf_counter()
        ingest(str(src), str(Path(d) / "out"), workers=workers, progress=False)
        return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=int, default=4, help="documents (even: 2 workers balance)")
    ap.add_argument("--flow", action="store_true")
    a = ap.parse_args(argv)
    pdfs = sorted((ROOT / "data" / "raw").glob("*.pdf"))[: a.docs]
    print(f"documents: {len(pdfs)} ({', '.join(p.name for p in pdfs)}); load average {os.getloadavg()}")
    walls = {1: [], 2: []}
    for _ in range(a.repeat):
        for w in (1, 2):
            walls[w].append(run_engine(pdfs, w))
    m1, m2 = statistics.median(walls[1]), statistics.median(walls[2])
    print(f"engine 1 worker:  median {m1:.2f}s  runs {[round(x, 2) for x in walls[1]]}")
    print(f"engine 2 workers: median {m2:.2f}s  runs {[round(x, 2) for x in walls[2]]}")
    print(f"speed-up: {m1 / m2:.2f}x (target >= 1.8x); load average now {os.getloadavg()}")
    times = list(PER_DOC.values())
    print(f"per-document seconds (1 worker): {[round(t, 1) for t in times]}; "
          f"best possible 2-way split of these: {balance_bound(times):.2f}x")
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: largest worker {WORKER_PEAK_MB:.0f} MB; orchestrator {me:.0f} MB (target <= 1024 MB)")
    if a.flow:
        f1, f2 = run_flow(pdfs, 1), run_flow(pdfs, 2)
        print(f"flow (incl. Prefect temporary API start): 1 worker {f1:.1f}s, 2 workers {f2:.1f}s, "
              f"speed-up {f1 / f2:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
