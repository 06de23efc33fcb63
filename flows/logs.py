"""Logging: the project's loggers, the console (``-v``/``-q``) and Prefect's run logs.

The Prefect-free code (``datastore``, ``extractors``, ``normalizers``) logs with plain
``logging.getLogger(__name__)``. This module decides where those records go:

- ``configure(verbosity)`` (the CLI calls it once): the project loggers get their own
  stderr handler — ``-q`` errors only, default warnings, ``-v`` info, ``-vv`` debug — and do
  not propagate to the root logger (Prefect installs its own console handler there). Each
  document's own lines (``flows.document``) reach the console only with ``-v``: the run
  summary already lists every failure on one line.
- ``attach_prefect()`` (a flow calls it at its start): the project loggers also send their
  records to the Prefect API, to the flow or task run that emits them. Records emitted
  outside any run are not sent (no "missing flow run" warnings).

Prefect's own console output: ``prefect_env_defaults()`` sets ``PREFECT_LOGGING_*`` defaults
before Prefect is imported (the user's own settings win). Under the CLI, Prefect's console
lines show only with ``-v`` (the CLI prints its own summary of failures); run logs always
reach the API at INFO, whatever the console shows.
"""
from __future__ import annotations

import logging
import os
import sys

DOCUMENT_LOGGER = "flows.document"  # each document's lines (flows.doc_states): console only with -v
PROJECT_LOGGERS = ("datastore", "extractors", "normalizers", "flows", "corpus", "ita")
_CONSOLE_LEVELS = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}
_HANDLER_NAME = "ita-console"
_API_HANDLER_NAME = "ita-prefect-api"
_verbosity = 0
_prefect_console = "WARNING"  # library use; the CLI: CRITICAL unless -v (it prints its own summary)


def console_level(verbosity: int) -> int:
    """The console level for a verbosity (``-q`` = -1, default 0, ``-v`` 1, ``-vv`` 2+)."""
    return logging.DEBUG if verbosity >= 2 else _CONSOLE_LEVELS[max(-1, verbosity)]


def configure(verbosity: int = 0) -> None:
    """Console logging of the project loggers at the verbosity's level (idempotent)."""
    global _verbosity, _prefect_console
    _verbosity = verbosity
    _prefect_console = "CRITICAL" if verbosity <= 0 else logging.getLevelName(console_level(verbosity))
    level = console_level(verbosity)
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
    for name in PROJECT_LOGGERS:
        lg = logging.getLogger(name)
        lg.setLevel(min(level, logging.INFO))  # INFO still reaches the Prefect API handler
        lg.propagate = False
        h = next((h for h in lg.handlers if h.get_name() == _HANDLER_NAME), None)
        if h is None:
            h = logging.StreamHandler(sys.stderr)
            h.set_name(_HANDLER_NAME)
            lg.addHandler(h)
        h.setLevel(level)
        h.setFormatter(fmt)
        for f in list(h.filters):
            h.removeFilter(f)
        if verbosity <= 0:  # per-document lines go to the Prefect run; the CLI prints its own summary
            h.addFilter(lambda r: not r.name.startswith(DOCUMENT_LOGGER))


def prefect_env_defaults(verbosity: int | None = None) -> None:
    """Environment defaults for Prefect's logging, set before Prefect is imported.

    Run loggers (``prefect.flow_runs``/``prefect.task_runs``) log at INFO so the UI shows each
    run's lines; Prefect's console handler shows only what the verbosity asks for."""
    level = _prefect_console if verbosity is None else logging.getLevelName(console_level(verbosity))
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", level)
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")


class _RunLogHandler(logging.Handler):
    """Sends a project log record to Prefect's API when it is emitted inside a flow/task run."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        from prefect.logging.handlers import APILogHandler
        self._api = APILogHandler()

    def emit(self, record: logging.LogRecord) -> None:
        from prefect.context import FlowRunContext, TaskRunContext
        if FlowRunContext.get() is None and TaskRunContext.get() is None:
            return
        self._api.handle(record)

    def flush(self) -> None:
        self._api.flush()


def attach_prefect() -> None:
    """Route the project loggers' records (INFO and up) to the current Prefect run (idempotent)."""
    handler = None
    for name in PROJECT_LOGGERS:
        lg = logging.getLogger(name)
        if any(h.get_name() == _API_HANDLER_NAME for h in lg.handlers):
            continue
        if handler is None:
            handler = _RunLogHandler()
            handler.set_name(_API_HANDLER_NAME)
        lg.addHandler(handler)
        if lg.getEffectiveLevel() > logging.INFO:
            lg.setLevel(logging.INFO)
        if not any(h.get_name() == _HANDLER_NAME for h in lg.handlers):
            configure(_verbosity)  # console handler too, so records do not reach the root twice
