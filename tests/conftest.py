"""Shared fixtures: a real HTTP server on 127.0.0.1, a real Prefect API, small real PDFs.

None of them is autouse (but ``_restore_environ``, which puts back ``os.environ`` after every
test): a test asks for ``http_server``, ``prefect_api`` or ``make_pdf``.

- ``http_server`` (function scope): a ``ThreadingHTTPServer`` in a thread serving routes set
  with ``srv.set(path, body, ...)``: ETag/Last-Modified with real 304s, ``fail_first=n`` (HTTP
  500 n times, then 200), ``stall_s`` (sleeps before answering: timeouts), hit counters.
- ``prefect_api`` (session scope): ``prefect_test_harness`` — a temporary Prefect API server
  with its own SQLite database, started once per test session.
- ``make_pdf(path, lines_per_page)``: renders a real PDF with weasyprint (Thai font).
- ``real_dataset`` (session scope): ``data/raw`` through the real stages into a temporary
  dataset (no Prefect), read by the README, data-dictionary and ``ita check`` tests; built once
  per run for both pytest-xdist workers (``run_shared``: the run's directory, made and removed
  by ``pytest_configure``/``pytest_unconfigure`` of the first pytest process).

The suite runs in 2 xdist workers (pyproject ``addopts``: ``-n 2 --dist loadfile``; ``-n 0``
runs it in one process): each file's tests run in one worker, in their order.

Tests that need the shared test material (``$ITA_SHARED_DIR``, default ``../shared``) are
marked ``@pytest.mark.needs_shared`` and skip with a reason when it is absent.
"""
from __future__ import annotations

import contextlib
import email.utils
import hashlib
import inspect
import os
import shutil
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[1]
from run_shared import locked, make_run_dir, run_dir  # noqa: E402 - what the xdist workers share
from shared_dir import SHARED, SKIP_REASON  # noqa: E402 - $ITA_SHARED_DIR or ../shared

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("ITA_ALLOW_HOSTS", "127.0.0.1")  # the test servers; fetching refuses loopback otherwise


def pytest_configure(config):
    """The run's shared directory (``run_shared``), made by the first pytest process (the xdist
    controller, whose workers inherit ``$ITA_TEST_RUN_DIR``) and removed by it at the end."""
    config._ita_run_dir = make_run_dir()


FULL_SUITE = os.environ.get("ITA_FULL_SUITE") == "1"


def pytest_collection_modifyitems(config, items):
    """The test files that OCR whole simulated scanned reports (they import ``scanned`` or
    ``scan_pages_read`` from ``corpus_seeds``: regressions of the scan path, one per bug, ~35 % of
    the suite's time) and the slowest Word-render corpus regressions listed in
    ``tests/full_suite_only.txt`` (by measured time) are marked ``full_suite`` and run only with
    ``ITA_FULL_SUITE=1``; the
    default run (the README's test command, what CI runs) deselects them and says how many, so
    that CI stays under its 30 minutes on 2 CPUs. The OCR path itself stays in the default run
    (``test_ocr*``, the real scanned announcement, small real scans of ``ocr_samples``)."""
    import corpus_seeds

    heavy = (corpus_seeds.scanned, corpus_seeds.scan_pages_read)
    listed = {ln.split("#")[0].strip() for ln in (ROOT / "tests" / "full_suite_only.txt").read_text(encoding="utf-8").splitlines()}
    keep, drop = [], []
    for item in items:
        mod = getattr(item, "module", None)
        whole_scan = mod is not None and any(getattr(mod, n, None) in heavy for n in ("scanned", "scan_pages_read"))
        path = Path(str(item.fspath))
        # a test may run pytest on files of its own outside the repository (test_test_hygiene)
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else None
        if whole_scan or rel in listed:
            item.add_marker(pytest.mark.full_suite)
            if not FULL_SUITE:
                drop.append(item)
                continue
        keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_unconfigure(config):
    if getattr(config, "_ita_run_dir", None):
        shutil.rmtree(config._ita_run_dir, ignore_errors=True)


def pytest_runtest_setup(item):
    """``@pytest.mark.needs_shared``: skip, saying where it looked, when the shared test
    material (``$ITA_SHARED_DIR`` or ``../shared``) is absent."""
    if item.get_closest_marker("needs_shared") is not None and not SHARED.is_dir():
        pytest.skip(SKIP_REASON)


@pytest.fixture(autouse=True)
def _restore_environ():
    """Every test leaves ``os.environ`` as it found it. In-process flow runs set Prefect's logging
    defaults there (``flows.steps.quiet_prefect_env``, ``flows.logs.prefect_env_defaults``:
    console level WARNING ...), and the ``ita`` subprocesses of later tests inherited them and
    printed Prefect's log lines on stderr (test_api_routes before test_cli_ops). Session- and
    module-scoped fixtures are set up before this one, so what they set stays for their scope."""
    saved = dict(os.environ)
    yield
    if dict(os.environ) != saved:
        for k in [k for k in os.environ if k not in saved]:
            del os.environ[k]
        for k, v in saved.items():
            if os.environ.get(k) != v:
                os.environ[k] = v


def api_post(api: str, path: str, body: dict):
    """POST to a Prefect server's REST API as Prefect's own client does: a 429 or 503 (the
    server busy, e.g. its SQLite database locked on a loaded machine) is retried with backoff
    (Prefect's client: ``PREFECT_CLIENT_MAX_RETRIES`` = 5); any other error fails at once."""
    import httpx

    for attempt in range(6):
        r = httpx.post(f"{api}{path}", json=body, timeout=30)
        if r.status_code not in (429, 503) or attempt == 5:
            break
        time.sleep(min(2 ** attempt, 10))
    r.raise_for_status()
    return r.json()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Route:
    """What the test server answers for one path."""

    body: bytes
    status: int = 200
    content_type: str = "application/pdf"
    etag: bool = True
    last_modified: Optional[float] = None  # epoch seconds; sends Last-Modified and honours If-Modified-Since
    fail_first: int = 0  # answer HTTP 500 this many times first
    stall_s: float = 0.0  # sleep this long before answering
    headers: Optional[dict] = None  # extra response headers (e.g. Location for redirects)


class TestHTTPServer:
    """A real HTTP server on 127.0.0.1 with programmable routes (see module docstring)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.bodies_sent: dict[str, int] = {}
        self._lock = threading.Lock()
        srv = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                srv._answer(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def set(self, path: str, body: bytes | str, **kw) -> str:
        """Serve ``body`` at ``path`` (replacing what was there); returns the full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
            kw.setdefault("content_type", "text/html; charset=utf-8")
        with self._lock:
            self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def total_bodies(self) -> int:
        """How many 200 responses with a body the server has sent."""
        with self._lock:
            return sum(self.bodies_sent.values())

    def _answer(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            route = self.routes.get(path)
            fail = False
            if route is not None and route.fail_first > 0:
                route.fail_first -= 1
                fail = True
        if route is None:
            h.send_error(404)
            return
        if route.stall_s:
            time.sleep(route.stall_s)
        if fail:
            h.send_error(500, "injected failure")
            return
        etag = '"%s"' % hashlib.sha256(route.body).hexdigest()[:32] if route.etag else None
        lm = email.utils.formatdate(route.last_modified, usegmt=True) if route.last_modified else None
        inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
        not_modified = (etag is not None and inm == etag) or (etag is None and lm is not None and ims == lm)
        if route.status == 200 and not_modified:
            h.send_response(304)
            if etag:
                h.send_header("ETag", etag)
            h.end_headers()
            return
        h.send_response(route.status)
        for k, v in (route.headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Type", route.content_type)
        h.send_header("Content-Length", str(len(route.body)))
        if etag:
            h.send_header("ETag", etag)
        if lm:
            h.send_header("Last-Modified", lm)
        h.end_headers()
        try:
            h.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            return
        with self._lock:
            self.bodies_sent[path] = self.bodies_sent.get(path, 0) + 1

    def start(self) -> "TestHTTPServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def http_server():
    """A fresh real HTTP server on 127.0.0.1 (see ``TestHTTPServer``), stopped after the test."""
    srv = TestHTTPServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def prefect_api():
    """A temporary Prefect API (its own SQLite DB) for the whole session; yields its API URL.

    Prefect's ``prefect_test_harness``, its database started from the empty, migrated one the
    temporary API of every ``ita`` run copies (``flows.api_server.db_template``: Prefect's own
    migrations, made once per machine) instead of migrating a new file (~8 s of CPU); the
    harness migrates as before when there is no template or it names its database otherwise."""
    import prefect.testing.utilities as harness
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_DATABASE_MIGRATE_ON_START, temporary_settings

    from flows.api_server import db_template
    # only where the harness names its database as this Prefect does (else: the harness as it is)
    template = db_template() if '"prefect-test.db"' in inspect.getsource(harness.prefect_test_harness) else None
    made = harness.mkdtemp

    def mkdtemp_with_db(*a, **kw):  # the harness's database directory, the template inside
        d = made(*a, **kw)
        shutil.copyfile(template, Path(d) / "prefect-test.db")
        return d

    with contextlib.ExitStack() as stack:
        if template is not None:
            stack.enter_context(temporary_settings(updates={PREFECT_SERVER_DATABASE_MIGRATE_ON_START: False}))
            harness.mkdtemp = mkdtemp_with_db
        try:
            stack.enter_context(harness.prefect_test_harness(server_startup_timeout=300))
        finally:
            harness.mkdtemp = made
        yield PREFECT_API_URL.value()


_PDF_CACHE: dict[tuple, bytes] = {}


def render_pdf_bytes(lines_per_page: list[list[str]]) -> bytes:
    """Bytes of a real PDF with these text lines per page (weasyprint, Sarabun), cached per content."""
    key = tuple(tuple(p) for p in lines_per_page)
    if key not in _PDF_CACHE:
        import html
        from weasyprint import HTML
        try:
            import fontpkg_sarabun
            font = fontpkg_sarabun.ROOT / "files" / "Sarabun-Regular.ttf"
            css = f"@font-face {{ font-family: Sarabun; src: url('{font.as_uri()}'); }} body {{ font-family: Sarabun; }}"
        except Exception:  # noqa: BLE001 - font package missing: default font
            css = ""
        pages = "".join("<div style='page-break-after: always'>" + "".join(f"<p>{html.escape(l)}</p>" for l in p)
                        + "</div>" for p in lines_per_page)
        _PDF_CACHE[key] = HTML(string=f"<html><head><style>{css}</style></head><body>{pages}</body></html>").write_pdf()
    return _PDF_CACHE[key]


@pytest.fixture
def make_pdf():
    """``make_pdf(path, lines_per_page) -> path``: write a small real PDF."""
    def _make(path: Path, lines_per_page: list[list[str]]) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_pdf_bytes(lines_per_page))
        return path
    return _make


@pytest.fixture(scope="session")
def real_dataset() -> Path:
    """``data/raw`` through the real extract → normalize → write stages (no Prefect) into a
    temporary ``data/processed``; returns that directory (read only). Built once per test run,
    by the first xdist worker that needs it (``run_shared``)."""
    from datastore.runner import process_document
    from datastore.workspace import Workspace
    base = run_dir() / "real" / "data"
    with locked("real_dataset"):
        ws = Workspace.for_output(base / "processed")
        if not (base / "built").exists():
            shutil.rmtree(base, ignore_errors=True)  # a build that failed half-way
            ws = Workspace.for_output(base / "processed")
            for pdf in sorted((ROOT / "data" / "raw").glob("*.pdf")):
                res = process_document(ws, pdf, source_uri=pdf.name, file_name=pdf.name)
                assert res.status in ("ok", "partial"), (pdf.name, res.error)
            (base / "built").touch()
    return ws.processed_dir


MINI_STAGES = {"extractor": f"{Path(__file__).resolve().parent / 'runner_helpers.py'}:mini_extract",
               "normalizer": f"{Path(__file__).resolve().parent / 'runner_helpers.py'}:mini_normalize"}
"""The test suite's trivial extract/normalize stages (``runner_helpers.py``) for flow tests."""


def mini_report_pdf(tag: str, score: str) -> bytes:
    """A one-page report the mini stages read: a title, question i1 with ``score``, one measure."""
    return render_pdf_bytes([[f"รายงาน {tag}", f"Q i1 {score}", f"M 1 มาตรการ {tag}"]])
