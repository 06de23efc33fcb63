"""fontTools' complaint about an embedded font's ``head`` timestamps, dropped where we read fonts.

Reading the ``head`` table of a font subset that LibreOffice embedded (every Word-made PDF),
fontTools logs ``'modified' timestamp seems very low; regarding as unix timestamp`` (or ``…
out of range; ignoring top bytes``) at WARNING, once per font program read: dozens of lines
per document in a worker's log and on the console of ``python -m corpus score``. The stamps
are the font file's creation and modification dates; nothing we read from a font depends
on them, so the line says nothing about the document.

``quiet_head_timestamps()`` (called by ``extractors.glyphs`` and ``extractors.glyph_outlines``
before they open a font) adds a filter to the one fontTools logger that emits it
(``fontTools.ttLib.tables._h_e_a_d``) dropping those two messages only; every other fontTools
warning, and every other logger, is untouched. Idempotent.
"""
from __future__ import annotations

import logging

HEAD_LOGGER = "fontTools.ttLib.tables._h_e_a_d"
_TIMESTAMP_MESSAGES = ("'%s' timestamp seems very low; regarding as unix timestamp",
                       "'%s' timestamp out of range; ignoring top bytes")


class _HeadTimestampFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in _TIMESTAMP_MESSAGES


def quiet_head_timestamps() -> None:
    """Drop fontTools' ``head`` timestamp warnings (see the module docstring); idempotent."""
    logger = logging.getLogger(HEAD_LOGGER)
    if not any(isinstance(f, _HeadTimestampFilter) for f in logger.filters):
        logger.addFilter(_HeadTimestampFilter())
