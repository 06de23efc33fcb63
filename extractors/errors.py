"""Errors the extract stage raises for input it cannot read.

Every document-level failure is a ``BadPDF`` subclass carrying a one-line, human-readable
message (it ends up in the ledger and in ``documents.error``). Page-level failures are not
raised: ``extract_document`` records them in ``Extraction.errors`` as ``"p3: ..."``.
"""
from __future__ import annotations


class BadPDF(Exception):
    """The file cannot be extracted as a PDF document (the message says why)."""

    kind = "bad_pdf"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


class NotAPDF(BadPDF):
    """The bytes are not a PDF at all (empty, random bytes, an HTML error page, ...)."""

    kind = "not_a_pdf"


class BrokenPDF(BadPDF):
    """Starts like a PDF but cannot be opened or repaired (truncated, broken xref, ...)."""

    kind = "broken_pdf"


class EncryptedPDF(BadPDF):
    """Encrypted with a non-empty user password (an empty user password opens fine)."""

    kind = "encrypted_pdf"


class EmptyPDF(BadPDF):
    """A valid PDF with no pages."""

    kind = "empty_pdf"


class TooManyPages(BadPDF):
    """More pages than the caller's ``max_pages`` cap (nothing is extracted)."""

    kind = "too_many_pages"


class PageTimeout(BaseException):
    """One page took longer than ``page_timeout_s`` (recorded as a page error, not raised).

    A ``BaseException`` (like ``KeyboardInterrupt``) so that the many ``except Exception``
    blocks inside pdfminer/pdfplumber and our hooks cannot swallow it.
    """
