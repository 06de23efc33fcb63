"""A hostile HTTP server on 127.0.0.1 for the fetch tests: drips, endless bodies, redirects to
the cloud metadata address and to private networks, 500s, lies about its size.

Each route is a function ``(handler, server) -> None`` answering one GET; ``server.hits`` and
``server.body_bytes`` count requests and body bytes actually written per path. A connect
audit (``ConnectAudit``) records every ``socket.connect`` address of this process via
``sys.addaudithook``, so a test can assert that a refused address was never connected to.
"""
from __future__ import annotations

import hashlib
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional


class HostileServer:
    def __init__(self) -> None:
        self.routes: dict[str, Callable] = {}
        self.hits: dict[str, int] = {}
        self.body_bytes: dict[str, int] = {}
        self.host_headers: list[str] = []
        self._lock = threading.Lock()
        srv = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):  # noqa: N802
                path = self.path.split("?", 1)[0]
                with srv._lock:
                    srv.hits[path] = srv.hits.get(path, 0) + 1
                    srv.host_headers.append(self.headers.get("Host", ""))
                route = srv.routes.get(path)
                try:
                    if route is None:
                        self.send_error(404)
                    else:
                        route(self, srv)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def sent(self, path: str, n: int) -> None:
        with self._lock:
            self.body_bytes[path] = self.body_bytes.get(path, 0) + n

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- route makers ----------------------------------------------------------------------------
def pdf(body: bytes, *, etag: bool = True) -> Callable:
    def route(h, srv):
        tag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        if etag and h.headers.get("If-None-Match") == tag:
            h.send_response(304)
            h.send_header("ETag", tag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        h.send_header("Content-Length", str(len(body)))
        if etag:
            h.send_header("ETag", tag)
        h.end_headers()
        h.wfile.write(body)
        srv.sent(h.path, len(body))
    return route


def drip(rate_bps: int, *, total: int = 1_000_000, etag: Optional[str] = '"drip-1"', chunk: int = 16) -> Callable:
    """A valid Content-Length, then ``rate_bps`` bytes a second (never a read timeout)."""
    def route(h, srv):
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        h.send_header("Content-Length", str(total))
        if etag:
            h.send_header("ETag", etag)
        h.end_headers()
        body = b"%PDF-1.4\n" + b"0" * (total - 9)
        for i in range(0, total, chunk):
            h.wfile.write(body[i:i + chunk])
            h.wfile.flush()
            srv.sent(h.path, len(body[i:i + chunk]))
            time.sleep(chunk / rate_bps)
    return route


def endless() -> Callable:
    """A PDF header, then zeros forever, fast; no Content-Length, no validators."""
    def route(h, srv):
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"%PDF-1.4\n")
        block = b"\0" * 65536
        while True:
            h.wfile.write(block)
            srv.sent(h.path, len(block))
    return route


def redirect(location: str, status: int = 302) -> Callable:
    def route(h, srv):
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return route


def error(status: int = 500) -> Callable:
    def route(h, srv):
        h.send_response(status)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return route


# --- connect audit ---------------------------------------------------------------------------------
class ConnectAudit:
    """Every ``socket.connect`` address made by this process while active (an audit hook)."""

    _installed = False
    _active: list["ConnectAudit"] = []

    def __init__(self) -> None:
        self.addresses: list = []
        if not ConnectAudit._installed:
            sys.addaudithook(ConnectAudit._hook)
            ConnectAudit._installed = True

    @staticmethod
    def _hook(event, args):
        if event == "socket.connect" and ConnectAudit._active:
            for a in ConnectAudit._active:
                a.addresses.append(args[1])

    def __enter__(self) -> "ConnectAudit":
        ConnectAudit._active.append(self)
        return self

    def __exit__(self, *exc) -> None:
        ConnectAudit._active.remove(self)

    def hosts(self) -> set:
        return {a[0] for a in self.addresses if isinstance(a, tuple)}
