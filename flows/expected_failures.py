"""Expected failures are one line each: Prefect's own error records for them are demoted.

A failed fetch (``FetchError``), a failed document (``DocumentFailed``) or a full/read-only
disk (``StoreError``, ``DiskError``, ``OSError`` ENOSPC/EDQUOT/EROFS) is expected, reported on
one line by the run summary (``ita ingest``) and kept in the ledger; Prefect would also log each
at ERROR with a full traceback on stderr. ``install()`` adds a filter to the console (stderr)
handlers of the root logger — Prefect's console handler — that moves such records, and only
those, to the ``ita.prefect`` logger at debug level, traceback included. The Prefect API still
receives them (the run's logs in the UI are complete); unexpected exceptions are left alone.
"""
from __future__ import annotations

import errno
import logging

EXPECTED = ("FetchError", "DocumentFailed", "StoreError", "DiskError")  # see datastore.errors
_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)  # a full or read-only disk: expected too
_debug_log = logging.getLogger("ita.prefect")


class _DemoteExpected(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            expected = type(exc).__name__ in EXPECTED or \
                (isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS)
        else:
            text = record.getMessage()
            expected = any(f"exception {name}" in text for name in EXPECTED)
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
