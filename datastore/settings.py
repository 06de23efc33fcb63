"""Configuration: every ``ITA_*`` environment variable, in one settings object.

``settings()`` reads the environment now and returns a frozen ``Settings``; a value that
does not parse raises ``SettingsError`` naming the variable (the CLI prints it as one line).
``SETTINGS`` lists every variable with its type, default and meaning; docs/configuration.md
is that list for people (``tests/test_settings.py`` keeps the two and the code in step).

Command-line options win over these variables where both exist (``--work``, ``--timeout``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Mapping, Optional


class SettingsError(ValueError):
    """An ``ITA_*`` variable holds a value that cannot be used."""


@dataclass(frozen=True)
class Setting:
    env: str
    field: str
    kind: type
    default: object
    help: str
    scope: str = "run"  # "run": operators may set it; "tests": fault injection for tests only


SETTINGS: tuple[Setting, ...] = (
    Setting("ITA_WORK_DIR", "work_dir", str, None,
            "work directory for interim files, the ledger, the lock and raw downloads "
            "(default: `data/` for `data/processed`, else `OUT/.ita`); `--work` wins"),
    Setting("ITA_FETCH_TIMEOUT_S", "fetch_timeout_s", float, 30.0,
            "seconds an HTTP request (index page, manifest, PDF) may take"),
    Setting("ITA_FETCH_RETRIES", "fetch_retries", int, 3,
            "retries of a transient fetch failure (timeout, connection error, HTTP 5xx/429) in a Prefect run"),
    Setting("ITA_FETCH_BACKOFF_S", "fetch_backoff_s", float, 2.0,
            "first delay between fetch retries, seconds (doubles each retry)"),
    Setting("ITA_FETCH_DEADLINE_S", "fetch_deadline_s", float, 600.0,
            "seconds the whole download of one file may take (then the URL is parked until it changes)"),
    Setting("ITA_FETCH_MIN_RATE_BPS", "fetch_min_rate_bps", float, 1024.0,
            "slowest transfer accepted, bytes per second (averaged over the rate window, after the grace period)"),
    Setting("ITA_FETCH_RATE_GRACE_S", "fetch_rate_grace_s", float, 10.0,
            "seconds of a download before its rate is checked"),
    Setting("ITA_FETCH_RATE_WINDOW_S", "fetch_rate_window_s", float, 10.0,
            "seconds the transfer rate is averaged over"),
    Setting("ITA_ALLOW_HOSTS", "allow_hosts", str, None,
            "comma-separated host names and IP networks the fetcher may reach although they are not public "
            "(e.g. `intranet.example,10.0.0.0/8`); by default only public addresses are fetched"),
    Setting("ITA_MAX_PDF_MB", "max_pdf_mb", int, 100,
            "larger downloads are refused (the source fails with that reason)"),
    Setting("ITA_DOC_TIMEOUT_S", "doc_timeout_s", float, 600.0,
            "wall-clock limit of one document's extract stage, seconds; the extract process is killed "
            "after it and the document fails; `ita rerun --timeout` wins"),
    Setting("ITA_MEM_LIMIT_MB", "mem_limit_mb", int, 1024,
            "memory limit of one worker process, MB, enforced by the OS (address space over the worker's "
            "start-up size) and an RSS watchdog; a document over it fails `resource_limit: memory` (0: none)"),
    Setting("ITA_MAX_PAGES", "max_pages", int, 300,
            "a PDF with more pages is refused before any page is parsed (`too_many_pages`); pages are read "
            "one at a time, so a larger cap costs time, not memory (0: no cap)"),
    Setting("ITA_WORKERS", "workers", int, 0,
            "worker processes of the shared pool outside `ita ingest --workers` (0: the CPU count)"),
    Setting("ITA_WORKER_MAX_JOBS", "worker_max_jobs", int, 50,
            "documents one worker process runs before it is replaced by a fresh one"),
    Setting("ITA_COMPACT_MIN_FILES", "compact_min_files", int, 2000,
            "a table folder with more per-document files than this is compacted into part files after a run"),
    Setting("ITA_EXTRACTOR", "extractor", str, "extractors.document:extract_document",
            "the extract stage function, `module:function` or `/path/file.py:function`"),
    Setting("ITA_NORMALIZER", "normalizer", str, "normalizers.document:normalize",
            "the normalize stage function, `module:function` or `/path/file.py:function`"),
    Setting("ITA_PURE_PYTHON", "pure_python", bool, False,
            "`1`: do not use the mypyc-compiled Thai repair modules even when built (same results, slower)"),
    Setting("ITA_API_ALL_ROUTERS", "api_all_routers", bool, False,
            "`1`: the temporary Prefect API of a run serves all of Prefect's API routers, not only those "
            "a run calls (`flows/api_routes.py`)"),
    Setting("ITA_API_ROUTE_LOG", "api_route_log", str, None,
            "development only: a file the temporary Prefect API appends one JSON line per request to "
            "(method, path, status): which endpoints a run calls", scope="tests"),
    Setting("ITA_FAULT_WRITE_PAUSE_S", "fault_write_pause_s", float, 0.0,
            "tests only: pause inside each atomic Parquet write (to kill a run mid-write)", scope="tests"),
    Setting("ITA_TESS_CACHE", "tess_cache", str, None,
            "development only: a directory keeping each Tesseract call's output under the SHA-256 of its "
            "arguments and exact pixels, so corpus scoring loops re-run OCR only where the pixels changed "
            "(never for production runs)", scope="tests"),
    Setting("ITA_SHARED_DIR", "shared_dir", str, None,
            "tests only: where the shared test material lives (default `../shared`); tests that need it "
            "skip when it is absent", scope="tests"),
)
BY_ENV = {s.env: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    work_dir: Optional[str]
    fetch_timeout_s: float
    fetch_retries: int
    fetch_backoff_s: float
    fetch_deadline_s: float
    fetch_min_rate_bps: float
    fetch_rate_grace_s: float
    fetch_rate_window_s: float
    allow_hosts: Optional[str]
    max_pdf_mb: int
    doc_timeout_s: float
    mem_limit_mb: int
    max_pages: int
    workers: int
    worker_max_jobs: int
    compact_min_files: int
    extractor: str
    normalizer: str
    pure_python: bool
    api_all_routers: bool
    api_route_log: Optional[str]
    fault_write_pause_s: float
    tess_cache: Optional[str]
    shared_dir: Optional[str]


assert {f.name for f in fields(Settings)} == {s.field for s in SETTINGS}


def _parse(s: Setting, raw: str):
    text = raw.strip()
    if s.kind is bool:
        if text.lower() in ("", "0", "false", "no", "off"):
            return False
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        raise SettingsError(f"{s.env}={raw!r}: expected 1/0, true/false, yes/no")
    if s.kind in (int, float):
        if not text.isascii():  # int()/float() accept Thai digits: be explicit
            raise SettingsError(f"{s.env}={raw!r}: expected an ASCII number")
        try:
            v = s.kind(text)
        except ValueError:
            raise SettingsError(f"{s.env}={raw!r}: expected {'an integer' if s.kind is int else 'a number'}") from None
        if v < 0:
            raise SettingsError(f"{s.env}={raw!r}: must not be negative")
        return v
    return text or s.default


def settings(environ: Optional[Mapping[str, str]] = None) -> Settings:
    """The settings from ``environ`` (default ``os.environ``), defaults for unset variables."""
    env = os.environ if environ is None else environ
    values = {}
    for s in SETTINGS:
        raw = env.get(s.env)
        values[s.field] = s.default if raw is None or (raw == "" and s.kind is not bool) else _parse(s, raw)
    return Settings(**values)


def markdown_table() -> str:
    """The variables as a markdown table (docs/configuration.md holds it)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        default = "unset" if s.default is None else ("0" if s.default is False else f"`{s.default}`")
        rows.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(rows) + "\n"
