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
from pathlib import Path

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


def run(argv: list[str], env: dict) -> tuple[float, float, str, float]:
    """Run a whole process; (wall seconds, peak RSS MB of it and its children, stdout, CPU
    seconds of it and the children it waited for: workers, temporary API)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.read().decode("utf-8", "replace")
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{argv[:5]} failed ({p.returncode}):\n{out[-3000:]}")
    return wall, ru.ru_maxrss / 1024, out, ru.ru_utime + ru.ru_stime


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
                wall, rss, text, cpu = run(kinds[k](out), envs[k])
                stats = doc_stats(out) if k != "bare" else {}
                res[k].append({"wall": wall, "rss": rss, "cpu": cpu, "timings": timings_of(text), **stats,
                               "load": (load0, os.getloadavg()[0]),
                               **({"pages": int(text.split("pages", 1)[1].split()[0])} if k == "bare" else {})})
                print(f"  {k:10s} {wall:6.2f}s  CPU {cpu:6.2f}s  peak RSS {rss:5.0f} MB  load {load0:.1f}->{os.getloadavg()[0]:.1f}"
                      + (f"  timings {json.dumps(res[k][-1]['timings'])}" if k != "bare" else ""), flush=True)
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
