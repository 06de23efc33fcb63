"""What serving only the routers a run calls saves the temporary Prefect API (``flows.api_routes``).

    .venv/bin/python bench/bench_api_routes.py [--docs 2] [--pairs 3]

Makes ``--docs`` small real PDFs (weasyprint) and runs ``python -m flows.cli ingest SRC --workers 1``
on them with the test suite's small stages (``tests/runner_helpers.py``: ``mini_extract`` /
``mini_normalize``, so Prefect's share is what is measured), alternating ``$ITA_API_ALL_ROUTERS=1``
(Prefect's whole app) and the served routers, ``--pairs`` times. Per run, from /proc (sampled every
50 ms, ``bench_throughput.TreeSampler``): the temporary API's CPU seconds in all, the orchestrator's,
and when the API answered (``timings.temporary_api_start_s``). Then, in a fresh interpreter each,
the CPU of what is fixed per run inside the API, split: ``import prefect.server.api.server`` (after
``import prefect``, as the forked API inherits it), ``create_app()``, and the first requests of a run
(the client's calls, which make FastAPI build the included routers' route contexts).
Prints every run and the medians; the load average beside each (the machine may be shared).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
PY = sys.executable

# the fixed part inside the API, in a fresh interpreter: import, create_app, a run's first calls
_FIXED = r"""
import os, sys, time, json, asyncio, uuid
os.environ.update({"PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                   "PREFECT__SERVER_FINAL": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"})
import prefect, prefect.flows
t0 = time.process_time()
import flows.api_routes as r
if r.serve_all():
    import prefect.server.api.server as server
else:
    server = r._import_server_without_unserved()
t1 = time.process_time()
if not r.serve_all():
    server.API_ROUTERS = r.served_routers()
app = server.create_app()
t2 = time.process_time()
from starlette.routing import Match
# match the paths a run's client calls, as a request does (router by router; no database)
api = next(m.app for m in app.routes if getattr(m, "path", None) == "/api")
fid = str(uuid.uuid4())
calls = [("GET", "/csrf-token"), ("GET", "/admin/version"), ("GET", "/admin/storage"), ("POST", "/flows/"),
         ("GET", f"/flows/{fid}"), ("POST", "/flow_runs/"), ("GET", f"/flow_runs/{fid}"),
         ("POST", f"/flow_runs/{fid}/set_state"), ("POST", "/logs/"), ("POST", "/artifacts/")]
found = 0
for method, path in calls:
    scope = {"type": "http", "method": method, "path": path, "root_path": "", "path_params": {}, "headers": [],
             "query_string": b"", "app": api}
    for route in api.router.routes:
        m, _ = route.matches(scope)
        if m == Match.FULL:
            found += 1
            break
ws = {"type": "websocket", "path": "/events/in", "root_path": "", "path_params": {}, "headers": [],
      "query_string": b"", "app": api}
found += any(route.matches(ws)[0] == Match.FULL for route in api.router.routes)
t3 = time.process_time()
print(json.dumps({"import": round(t1 - t0, 3), "create_app": round(t2 - t1, 3), "first_calls": round(t3 - t2, 3),
                  "matched": found, "of": len(calls) + 1,
                  "modules": len([m for m in sys.modules if m.startswith("prefect.server.api.")])}))
"""


def make_docs(src: Path, n: int) -> None:
    from runner_helpers import render_pdf
    src.mkdir(parents=True)
    for k in range(n):
        render_pdf(src / f"d{k}.pdf", [[f"Q i{k % 30 + 1} {60 + k % 40}", f"M 1 measure {k}"]] * 2)


def one_run(src: Path, tmp: Path, env: dict) -> dict:
    from bench_throughput import TreeSampler, run, timings_of
    out = Path(tempfile.mkdtemp(dir=tmp))
    sampler = TreeSampler()
    load = os.getloadavg()[0]
    wall, _, text, _ = run([PY, "-m", "flows.cli", "ingest", str(src), "--out", str(out / "out"), "--workers", "1",
                            "--no-progress"], env, sampler)
    t = timings_of(text)
    cpu = sampler.cpu_by_kind()
    return {"wall": wall, "api_cpu": cpu.get("api", 0.0), "orch_cpu": cpu.get("orch", 0.0),
            "api_ready_s": t.get("temporary_api_start_s"), "load": load}


def fixed(env: dict) -> dict:
    import json
    p = subprocess.run([PY, "-c", _FIXED], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        raise SystemExit(p.stderr[-3000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--no-runs", action="store_true", help="only the fixed parts (fresh interpreters)")
    a = ap.parse_args(argv)
    from bench_throughput import compile_checkout
    from flows.api_server import db_template
    from runner_helpers import spec
    compile_checkout()
    db_template()
    base = dict(os.environ, PYTHONPATH=str(ROOT), ITA_EXTRACTOR=spec("mini_extract"),
                ITA_NORMALIZER=spec("mini_normalize"))
    base.pop("PREFECT_API_URL", None)
    base.pop("ITA_API_ROUTE_LOG", None)
    kinds = {"all routers": dict(base, ITA_API_ALL_ROUTERS="1"), "served routers": dict(base, ITA_API_ALL_ROUTERS="0")}
    res: dict[str, list[dict]] = {k: [] for k in kinds}
    fix: dict[str, list[dict]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory(prefix="bench-api-routes-") as d:
        tmp = Path(d)
        if not a.no_runs:
            make_docs(tmp / "src", a.docs)
        for i in range(a.pairs):
            order = list(kinds) if i % 2 == 0 else list(kinds)[::-1]
            for k in order:
                f = fixed(kinds[k])
                fix[k].append(f)
                line = (f"{k:15s} fixed: import {f['import']:.2f} s, create_app {f['create_app']:.2f} s, first calls "
                        f"{f['first_calls']:.2f} s CPU ({f['matched']}/{f['of']} matched, {f['modules']} modules)")
                if not a.no_runs:
                    r = one_run(tmp / "src", tmp, kinds[k])
                    res[k].append(r)
                    line += (f" | run: API CPU {r['api_cpu']:.2f} s, orchestrator {r['orch_cpu']:.2f} s, API answering "
                             f"{r['api_ready_s']} s, wall {r['wall']:.2f} s")
                print(f"{line}  load {os.getloadavg()[0]:.1f}", flush=True)
    print("medians:")
    for k in kinds:
        fm = {x: statistics.median(f[x] for f in fix[k]) for x in ("import", "create_app", "first_calls")}
        line = f"  {k:15s} fixed CPU: import {fm['import']:.2f} + create_app {fm['create_app']:.2f} + first calls " \
               f"{fm['first_calls']:.2f} = {sum(fm.values()):.2f} s"
        if res[k]:
            rm = {x: statistics.median(r[x] for r in res[k]) for x in ("api_cpu", "orch_cpu", "wall")}
            ready = statistics.median(r["api_ready_s"] or 0 for r in res[k])
            line += f" | run: API CPU {rm['api_cpu']:.2f} s, orchestrator {rm['orch_cpu']:.2f} s, API answering " \
                    f"{ready:.2f} s, wall {rm['wall']:.2f} s"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
