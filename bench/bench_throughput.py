"""End-to-end throughput: ``ita ingest`` against bare pdfplumber, whole process against whole process.

    .venv/bin/python bench/bench_throughput.py [--repeat 3] [--server] [PDF ...]

Default input: the born-digital reports ``data/raw/*.pdf`` + ``tests/corpus/*.pdf`` (19
documents, ~195 pages). Each repeat runs, in an order that rotates between repeats:

- ``bare``: one ``python`` process that opens each PDF with pdfplumber and calls
  ``extract_tables()`` + ``extract_text()`` on every page;
- ``ingest-1`` / ``ingest-2``: ``python -m flows.cli ingest SRC --out FRESH --workers 1|2``
  (a fresh output and work directory each time; Prefect's temporary API, started by the run).

With ``--dask`` a local Dask cluster of 2 worker processes (1 thread each) is started first and
``ingest-dask`` runs on it (``--dask-address``); its line gives pages/s per Dask worker: pages
÷ (wall × 2), and pages ÷ the ledger's extract + normalize seconds (the rate of one busy worker).

With ``--server`` a ``prefect server start`` is started first (outside the timings) and
``ingest-1s`` / ``ingest-2s`` run against it (``PREFECT_API_URL``): Prefect start-up then costs
only its import.

With ``--timeline`` each ``ita ingest`` run also prints where its wall time went: from the
ledger, each document's extract start to normalize end packed into per-worker lanes (busy
time, the idle gap before the first document — pool start, imports —, gaps in the middle, the
straggler at the end: the last document running alone), worker utilisation = busy ÷ (workers ×
wall), and from /proc (sampled every 50 ms) the CPU seconds of the orchestrator, the temporary
API and the workers, in all and while documents run, with a chart of each process's CPU.

With ``--many-pages`` it measures issue 17 item 3 instead: ``ita ingest --workers 1`` with
``ITA_MAX_PAGES=0`` (no page cap) on the 500-page PDF of the bad-input corpus
(``tests/bad_inputs.many_pages``) and on a 500-page PDF made of the reports' own pages (the
19 reports' pages repeated, PDFium), printing each one's status and the worker's peak RSS.

Before timing, the checkout's modules are byte-compiled (``compileall``), as an installed
package is: with ``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, every process would
compile the project's sources again (0.2-0.5 s of CPU per process). The temporary API's empty
database template (``flows.api_server.db_template``, made once per machine and Prefect version)
is made then too, as after a system's first run.

Prints per kind the median wall, every run (spread) and peak RSS; then the ratios
``ingest-1 / bare`` (target ≤ 1.3×) and ``ingest-1 / ingest-2`` (target ≥ 1.8×), Prefect's
start-up as the run reports it (``timings``: when Prefect was imported, when its API
answered), the worker pool's peak RSS per worker, and the load average around each run (the
machine may be shared: record it beside the numbers).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import threading
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the Dask cluster's processes (spawned with this sys.path) import this checkout
PY = sys.executable
BARE = """
import sys, pdfplumber
n = 0
for p in sys.argv[1:]:
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()
            n += 1
print("pages", n)
"""


def run(argv: list[str], env: dict, sampler: "Optional[TreeSampler]" = None) -> tuple[float, float, str, float]:
    """Run a whole process; (wall seconds, peak RSS MB of it and its children, stdout, CPU
    seconds of it and the children it waited for: workers, temporary API). With a ``sampler``
    the process tree's CPU is sampled from /proc while it runs (``--timeline``)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if sampler is not None:
        sampler.start(p.pid)
    out = p.stdout.read().decode("utf-8", "replace")
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if sampler is not None:
        sampler.stop()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{argv[:5]} failed ({p.returncode}):\n{out[-3000:]}")
    return wall, ru.ru_maxrss / 1024, out, ru.ru_utime + ru.ru_stime


class TreeSampler:
    """CPU seconds of every process of a run's tree (orchestrator, workers, temporary API),
    read from /proc every 50 ms while it runs: when each one used CPU (``--timeline``)."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, every_s: float = 0.05):
        self.every_s = every_s
        self.samples: dict[int, list[tuple[float, float]]] = {}  # pid -> [(s from start, CPU s)]
        self.kinds: dict[int, str] = {}
        self.t0 = 0.0

    @staticmethod
    def _children(pid: int) -> list[int]:
        out = []
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(x) for x in f.read().split()]
        except OSError:
            pass
        return out

    @classmethod
    def _cpu(cls, pid: int) -> Optional[float]:
        try:
            with open(f"/proc/{pid}/stat") as f:
                s = f.read()
        except OSError:
            return None
        fields = s[s.rfind(")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / cls.TICK

    @staticmethod
    def _kind(pid: int) -> Optional[str]:
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() == "ita-prefect-api":  # forked from the run (flows.api_server)
                    return "api"
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().decode("utf-8", "replace")
        except OSError:
            return None
        for marker, kind in (("datastore.worker", "worker"), ("flows.api_server", "api"), ("flows.cli", "orch")):
            if marker in cmd:
                return kind
        return None  # not exec'd yet, or another program (e.g. `file`)

    def start(self, pid: int) -> None:
        self.t0, self.root = time.time(), pid
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._done.is_set():
            t = time.time() - self.t0
            todo, seen = [self.root], set()
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                cpu = self._cpu(pid)
                if cpu is not None:
                    if self.kinds.get(pid) is None:
                        kind = self._kind(pid)  # a child not exec'd yet still shows the parent's command
                        self.kinds[pid] = kind if pid == self.root or kind != "orch" else None
                    self.samples.setdefault(pid, []).append((t, cpu))
                todo += self._children(pid)
            time.sleep(self.every_s)

    def cpu_by_kind(self, lo: float = 0.0, hi: float = float("inf")) -> dict[str, float]:
        """CPU seconds per kind of process used between ``lo`` and ``hi`` seconds of the run."""
        out: dict[str, float] = {}
        for pid, s in self.samples.items():
            before = [c for t, c in s if t <= lo]
            inside = [c for t, c in s if t <= hi]
            if not inside:
                continue
            used = inside[-1] - (before[-1] if before else 0.0)
            kind = self.kinds.get(pid) or "other"
            out[kind] = round(out.get(kind, 0.0) + used, 2)
        return out

    def chart(self, wall: float, bin_s: float = 0.5) -> list[str]:
        """One row per process: its share of a core per ``bin_s`` (' ' none … '@' a whole core)."""
        rows = []
        for pid, s in sorted(self.samples.items(), key=lambda kv: kv[1][0][0]):
            cells = []
            for k in range(int(wall / bin_s) + 1):
                lo, hi = k * bin_s, (k + 1) * bin_s
                a = [c for t, c in s if t <= lo] or [s[0][1] if s[0][0] < hi else None]
                b = [c for t, c in s if t <= hi]
                if a[-1] is None or not b:
                    cells.append(" ")
                    continue
                cells.append(" .:-=+*#%@"[min(9, int((b[-1] - a[-1]) / bin_s * 10 + 0.5))])
            rows.append(f"    {self.kinds.get(pid) or 'other':6s} {''.join(cells)}")
        return rows


def timeline(out: Path, sampler: TreeSampler, wall: float, workers: int) -> dict:
    """Where the run's wall time went, from the ledger (each document's extract start to its
    normalize end: a worker busy; its write) and the sampled CPU: per worker busy time and the
    idle gaps at the start (pool start, imports), in the middle and at the end (a straggler),
    worker utilisation = busy ÷ (workers × wall), and the orchestrator's and the API's CPU
    while documents run (what the workers share the cores with)."""
    import datetime as dt
    import sqlite3
    with sqlite3.connect(out / ".ita" / "ledger.sqlite") as c:
        rows = c.execute("SELECT doc_id, stage, started_at, duration_s FROM stages WHERE started_at IS NOT NULL").fetchall()
    at: dict[str, dict] = {}
    for doc, stage, started, dur in rows:
        t = dt.datetime.fromisoformat(started).timestamp() - sampler.t0
        at.setdefault(doc, {})[stage] = (t, t + (dur or 0.0))
    jobs = sorted((d["extracted"][0], d["normalized"][1], d.get("written")) for d in at.values()
                  if "extracted" in d and "normalized" in d)
    lanes: list[list] = []
    for j in jobs:  # a worker runs one document at a time: pack the intervals into lanes
        lane = next((ln for ln in lanes if ln[-1][1] <= j[0] + 0.02), None)
        lane.append(j) if lane is not None else lanes.append([j])
    busy = [sum(e - s for s, e, _ in ln) for ln in lanes]
    ends = [ln[-1][1] for ln in lanes]
    writes = [j[2] for j in jobs if j[2]]
    first, last = min(j[0] for j in jobs), max(ends)
    during = sampler.cpu_by_kind(first, last)
    return {"util": round(sum(busy) / (workers * wall), 3), "busy_s": [round(b, 2) for b in busy],
            "first_doc_s": round(first, 2), "pool_up_s": round(min((s[0][0] for p, s in sampler.samples.items()
                                                                     if sampler.kinds.get(p) == "worker"), default=0), 2),
            "idle_mid_s": round(sum(ln[i + 1][0] - ln[i][1] for ln in lanes for i in range(len(ln) - 1)), 2),
            "lane_end_s": [round(e, 2) for e in ends], "straggler_s": round(max(ends) - min(ends), 2),
            "write_lag_max_s": round(max((w[0] - j[1] for j in jobs for w in [j[2]] if w), default=0), 2),
            "tail_s": round(wall - max((w[1] for w in writes), default=last), 2),
            "cpu": sampler.cpu_by_kind(), "cpu_while_docs": during,
            "overhead_cpu_while_docs": round(during.get("orch", 0) + during.get("api", 0), 2)}


def doc_stats(out: Path) -> dict:
    """Pages written and the ledger's extract + normalize seconds of a finished run."""
    import sqlite3
    import pyarrow.parquet as pq
    pages = sum(pq.read_table(f, columns=["page_count"]).column(0).to_pylist()[0] or 0
                for f in (out / "documents").glob("*.parquet"))
    led = out / ".ita" / "ledger.sqlite"
    with sqlite3.connect(led) as c:
        busy = c.execute("SELECT sum(duration_s) FROM stages WHERE stage IN ('extracted', 'normalized')").fetchone()[0]
    return {"pages": pages, "busy_s": busy or 0.0}


def timings_of(out: str) -> dict:
    for line in out.splitlines():
        if line.startswith("timings: "):
            return json.loads(line[len("timings: "):])
    return {}


def start_server(env: dict, home: Path) -> tuple[subprocess.Popen, str]:
    """``prefect server start`` on a free port with its own home; waits until it answers."""
    import socket
    import urllib.request
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(env, PREFECT_HOME=str(home), PREFECT_UI_ENABLED="0")
    env.pop("PREFECT_API_URL", None)
    p = subprocess.Popen([PY, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    return p, url
        except OSError:
            time.sleep(0.3)
    os.killpg(p.pid, signal.SIGKILL)
    raise SystemExit("prefect server start did not answer within 300 s")


def many_pages(tmp: Path, pdfs: list[Path], env: dict) -> int:
    """Issue 17 item 3: peak RSS per worker on 500-page PDFs, with the page cap lifted."""
    import pypdfium2 as pdfium
    sys.path.insert(0, str(ROOT / "tests"))
    from bad_inputs import many_pages as bad_many_pages
    (tmp / "a").mkdir()
    made = {"bad-input 500 pages": bad_many_pages(tmp / "a" / "pages500.pdf", 500)}
    (tmp / "b").mkdir()
    real = pdfium.PdfDocument.new()
    while len(real) < 500:
        for p in pdfs:
            src = pdfium.PdfDocument(str(p))
            take = min(len(src), 500 - len(real))
            real.import_pages(src, list(range(take)))
            src.close()
            if len(real) >= 500:
                break
    real.save(str(tmp / "b" / "reports500.pdf"))
    real.close()
    made["report pages x 500"] = tmp / "b" / "reports500.pdf"
    for name, pdf in made.items():
        out = tmp / f"out-{pdf.stem}"
        load0 = os.getloadavg()[0]
        wall, rss, text, cpu = run([PY, "-m", "flows.cli", "ingest", str(pdf.parent), "--out", str(out), "--workers",
                                    "1", "--no-progress"], dict(env, ITA_MAX_PAGES="0"))
        t = timings_of(text)
        status = next((line for line in text.splitlines() if line.startswith("statuses: ")), "")
        print(f"{name:22s} wall {wall:6.2f}s  CPU {cpu:6.2f}s  {status}  worker peak RSS "
              f"{t.get('worker_pool', {}).get('peak_rss_mb', float('nan')):.0f} MB (limit 1024)  whole tree peak "
              f"{rss:.0f} MB  load {load0:.1f}", flush=True)
    return 0


def compile_checkout() -> None:
    """Byte-compile the project as an installed package is (see the module docstring)."""
    import compileall
    for pkg in ("extractors", "normalizers", "datastore", "flows", "corpus"):
        compileall.compile_dir(str(ROOT / pkg), quiet=1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--server", action="store_true", help="also run against a running `prefect server start`")
    ap.add_argument("--dask", action="store_true", help="also run on a local 2-worker Dask cluster")
    ap.add_argument("--only", default=None, help="comma-separated kinds to run (e.g. bare,ingest-1)")
    ap.add_argument("--many-pages", action="store_true", help="peak RSS per worker on 500-page PDFs (item 3)")
    ap.add_argument("--timeline", action="store_true", help="per run: where the wall time went (worker busy "
                    "intervals, idle at start/middle/end, utilisation, CPU per process kind) and a CPU chart")
    a = ap.parse_args(argv)
    compile_checkout()
    from flows.api_server import db_template
    db_template()  # once per machine and Prefect version (~10 s of CPU): not part of a run's cost
    pdfs = a.pdfs or sorted([*(ROOT / "data" / "raw").glob("*.pdf"), *(ROOT / "tests" / "corpus").glob("*.pdf")])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    env.pop("PREFECT_API_URL", None)
    tmp = Path(tempfile.mkdtemp(prefix="ita-throughput-"))
    server = None
    try:
        src = tmp / "src"
        src.mkdir()
        for p in pdfs:
            shutil.copy(p, src / p.name)
        files = sorted(str(p) for p in src.iterdir())
        if a.many_pages:
            return many_pages(tmp, pdfs, env)
        kinds = {"bare": lambda out: [PY, "-c", BARE, *files],
                 "ingest-1": lambda out: [PY, "-m", "flows.cli", "ingest", str(src), "--out", str(out),
                                          "--workers", "1", "--no-progress"],
                 "ingest-2": lambda out: [PY, "-m", "flows.cli", "ingest", str(src), "--out", str(out),
                                          "--workers", "2", "--no-progress"]}
        envs = {k: env for k in kinds}
        if a.server:
            server, url = start_server(env, tmp / "prefect-home")
            for w in (1, 2):
                kinds[f"ingest-{w}s"] = kinds[f"ingest-{w}"]
                envs[f"ingest-{w}s"] = dict(env, PREFECT_API_URL=url)
        cluster = None
        if a.dask:
            os.environ["PYTHONPATH"] = env["PYTHONPATH"]  # the cluster's processes import this checkout
            from distributed import LocalCluster
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            kinds["ingest-dask"] = lambda out: [PY, "-m", "flows.cli", "ingest", str(src), "--out", str(out),
                                                "--no-progress", "--dask-address", cluster.scheduler_address]
            envs["ingest-dask"] = env
        if a.only:
            kinds = {k: v for k, v in kinds.items() if k in a.only.split(",")}
        print(f"{len(files)} PDFs; load average {os.getloadavg()}; cpus {os.cpu_count()}", flush=True)
        res = {k: [] for k in kinds}
        order = list(kinds)
        n = 0
        for r in range(a.repeat):
            for k in order[r % len(order):] + order[:r % len(order)]:  # rotate: each kind in each slot
                n += 1
                out = tmp / f"out{n}"
                load0 = os.getloadavg()[0]
                sampler = TreeSampler() if a.timeline and k != "bare" else None
                wall, rss, text, cpu = run(kinds[k](out), envs[k], sampler)
                stats = doc_stats(out) if k != "bare" else {}
                if sampler is not None and k != "ingest-dask":
                    stats["timeline"] = timeline(out, sampler, wall, 2 if k.startswith("ingest-2") else 1)
                res[k].append({"wall": wall, "rss": rss, "cpu": cpu, "timings": timings_of(text), **stats,
                               "load": (load0, os.getloadavg()[0]),
                               **({"pages": int(text.split("pages", 1)[1].split()[0])} if k == "bare" else {})})
                print(f"  {k:10s} {wall:6.2f}s  CPU {cpu:6.2f}s  peak RSS {rss:5.0f} MB  load {load0:.1f}->{os.getloadavg()[0]:.1f}"
                      + (f"  timings {json.dumps(res[k][-1]['timings'])}" if k != "bare" else ""), flush=True)
                if "timeline" in stats:
                    print(f"    timeline {json.dumps(stats['timeline'])}", flush=True)
                    print("\n".join(sampler.chart(wall)), flush=True)
                shutil.rmtree(out, ignore_errors=True)
        pages = res["bare"][0]["pages"] if "bare" in res else next(iter(res.values()))[0]["pages"]
        med = {k: statistics.median(x["wall"] for x in v) for k, v in res.items()}
        print(f"\npages: {pages}")
        for k, v in res.items():
            walls = sorted(round(x["wall"], 2) for x in v)
            print(f"{k:10s} median {med[k]:6.2f}s  {pages / med[k]:5.2f} pages/s  runs {walls}  "
                  f"CPU median {statistics.median(x['cpu'] for x in v):6.2f}s  peak RSS {max(x['rss'] for x in v):.0f} MB")
        ratios = []
        if {"bare", "ingest-1", "ingest-2"} <= set(med):
            ratios = [("ingest-1 / bare", med["ingest-1"] / med["bare"], "<= 1.3x"),
                      ("ingest-1 / ingest-2 (speed-up)", med["ingest-1"] / med["ingest-2"], ">= 1.8x")]
        if a.server and "bare" in med:
            ratios += [("ingest-1s / bare (running server)", med["ingest-1s"] / med["bare"], "<= 1.3x"),
                       ("ingest-1s / ingest-2s (speed-up)", med["ingest-1s"] / med["ingest-2s"], ">= 1.8x")]
        for name, r, target in ratios:
            print(f"{name:36s} {r:.2f}x  (target {target})")
        if {"bare", "ingest-1"} <= set(res):
            cpu = {k: statistics.median(x["cpu"] for x in v) for k, v in res.items()}
            print(f"CPU seconds ingest-1 / bare: {cpu['ingest-1'] / cpu['bare']:.2f}x (less sensitive to other "
                  "jobs on the machine than wall time; the wall ratio on an idle machine is lower, since the "
                  "worker and Prefect's start-up use different cores)")
        if {"ingest-1", "ingest-2"} <= set(res):
            pair = [res["ingest-1"][i]["wall"] / res["ingest-2"][i]["wall"] for i in range(a.repeat)]
            print(f"speed-up per repeat: {[round(x, 2) for x in pair]}")
        if "ingest-dask" in res:
            v = res["ingest-dask"]
            print(f"Dask, 2 workers: {statistics.median(pages / (x['wall'] * 2) for x in v):.2f} pages/s per worker "
                  f"over the whole run; {statistics.median(x['pages'] / x['busy_s'] for x in v):.2f} pages/s per "
                  "busy worker (pages / ledger extract+normalize seconds)")
        for k in res:
            if k == "bare":
                continue
            t = [x["timings"] for x in res[k]]
            ready = [x.get("api_ready") for x in t if x.get("api_ready") is not None] or [float("nan")]
            imp = [x.get("prefect_imported") for x in t if x.get("prefect_imported") is not None] or [float("nan")]
            peak = max((x.get("worker_pool", {}).get("peak_rss_mb", 0) for x in t), default=0)
            print(f"{k:10s} Prefect imported at {statistics.median(imp):.2f}s, API answering at "
                  f"{statistics.median(ready):.2f}s from the run's start (median; "
                  f"{'temporary API' if not k.endswith('s') else 'running server'}); "
                  f"worker peak RSS {peak:.0f} MB")
        if a.timeline:
            for k, v in res.items():
                tl = [x["timeline"] for x in v if "timeline" in x]
                if not tl:
                    continue
                med_of = lambda key: statistics.median(x[key] for x in tl)  # noqa: E731
                print(f"{k:10s} timeline medians: utilisation {med_of('util'):.2f}, first document at "
                      f"{med_of('first_doc_s'):.2f}s, straggler {med_of('straggler_s'):.2f}s, tail "
                      f"{med_of('tail_s'):.2f}s, worker busy {statistics.median(sum(x['busy_s']) for x in tl):.2f}s, "
                      f"orchestrator + API CPU while documents run {med_of('overhead_cpu_while_docs'):.2f}s")
        print(f"load average at the end {os.getloadavg()}")
    finally:
        if a.dask and "cluster" in locals() and cluster is not None:
            cluster.close()
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
