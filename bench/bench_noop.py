"""A nightly run with nothing new: wall time of ``ita ingest`` when every PDF is current.

    .venv/bin/python bench/bench_noop.py [--repeat 3] [--docs 5]

Serves the bundled samples ``data/raw/*.pdf`` from a real HTTP server on 127.0.0.1
(``http.server``: its directory listing is the index page; Last-Modified/If-Modified-Since
give 304s), runs ``python -m flows.cli ingest URL`` once (the first night: everything), then
``--repeat`` more times with nothing new, and the same for the local directory source.
Prints the first run's wall and the no-op runs' median (target ≤ 10 s).
"""
from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def ita(args: list[str], env: dict) -> float:
    """Run ``python -m flows.cli ARGS``; wall seconds (raises on a non-zero exit)."""
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=1800, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise SystemExit(f"ita {args[0]} failed ({r.returncode}): {r.stderr[-2000:]}")
    return time.perf_counter() - t0


def night(source: str, out: Path, env: dict, repeat: int) -> tuple[float, list[float]]:
    first = ita(["ingest", source, "--out", str(out), "--no-progress"], env)
    return first, [ita(["ingest", source, "--out", str(out), "--no-progress"], env) for _ in range(repeat)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=int, default=5)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ita-noop-") as d:
        d = Path(d)
        src = d / "src"
        src.mkdir()
        for p in sorted((ROOT / "data" / "raw").glob("*.pdf"))[: a.docs]:
            shutil.copy(p, src / p.name)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(src)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        env = dict(os.environ, PREFECT_HOME=str(d / "prefect-home"))
        env.pop("PREFECT_API_URL", None)
        try:
            url = f"http://127.0.0.1:{httpd.server_address[1]}/"
            for name, source in (("http index", url), ("local directory", str(src))):
                first, noops = night(source, d / name.replace(" ", "-") / "processed", env, a.repeat)
                print(f"{name}: first run {first:.1f}s; no-op runs median {statistics.median(noops):.2f}s "
                      f"{[round(x, 2) for x in noops]} (target <= 10 s)")
        finally:
            httpd.shutdown()
            httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
