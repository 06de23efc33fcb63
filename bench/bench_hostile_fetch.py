"""How long hostile servers can hold a fetch (issue 19), against tests/hostile_server.py on
127.0.0.1 with the default settings (deadline 600 s, 1024 B/s over 10 s windows after a 10 s
grace, 100 MiB cap): a 64 B/s drip with a valid Content-Length, an endless body, a redirect to
the cloud metadata address — then each again (parked / refused). Prints one line per fetch:
wall time, failure kind, addresses connected to, body bytes the server managed to write.

    PYTHONPATH=. python bench/bench_hostile_fetch.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
os.environ.setdefault("ITA_ALLOW_HOSTS", "127.0.0.1")

import hostile_server as H  # noqa: E402
from datastore.fetch import FetchError, fetch_item  # noqa: E402
from datastore.manifest import RawManifest  # noqa: E402
from datastore.sources import SourceItem  # noqa: E402


def main() -> None:
    srv = H.HostileServer()
    srv.routes["/drip.pdf"] = H.drip(64)
    srv.routes["/endless.pdf"] = H.endless()
    srv.routes["/to-metadata.pdf"] = H.redirect("http://169.254.169.254/latest/meta-data/")
    raw = tempfile.mkdtemp()
    manifest = RawManifest(raw)
    try:
        for path in ("/drip.pdf", "/endless.pdf", "/to-metadata.pdf", "/drip.pdf", "/endless.pdf"):
            t0 = time.monotonic()
            with H.ConnectAudit() as audit:
                try:
                    fetch_item(SourceItem(uri=srv.url(path), file_name="x.pdf"), raw, manifest, timeout_s=5)
                    kind = "ok"
                except FetchError as e:
                    kind = e.kind
            print(f"{path:18} {time.monotonic() - t0:6.1f}s  {kind:8} connects={sorted(audit.hosts())} "
                  f"server_body_bytes={srv.body_bytes.get(path, 0)}")
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
