"""Expected failures are one line each: Prefect's own error records for them are demoted.

A failed fetch (``FetchError``) or a failed document (``DocumentFailed``) is data, reported on
one line by the run summary (``ita ingest``) and kept in the ledger; Prefect would also log each
at ERROR with a full traceback on stderr. ``install()`` adds a filter to the console (stderr)
handlers of the root logger — Prefect's console handler — that moves such records, and only
those, to the ``ita.prefect`` logger at debug level, traceback included. The Prefect API still
receives them (the run's logs in the UI are complete); unexpected exceptions are left alone.
"""
from __future__ import annotations

import logging

EXPECTED = ("FetchError", "DocumentFailed")
_debug_log = logging.getLogger("ita.prefect")


class _DemoteExpected(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        expected = type(exc).__name__ in EXPECTED if exc is not None else \
            any(f"exception {name}" in str(record.msg) for name in EXPECTED)
        if not expected or record.levelno < logging.WARNING or record.name.startswith("ita"):
            return True
        _debug_log.debug(record.getMessage(), exc_info=record.exc_info)
        return False


_FILTER = _DemoteExpected()


def install() -> None:
    """Demote Prefect's records of expected failures on stderr (idempotent)."""
    for h in logging.getLogger().handlers:
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler) \
                and _FILTER not in h.filters:
            h.addFilter(_FILTER)
