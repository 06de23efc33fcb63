"""Opening a PDF safely and walking its pages within caps.

Untrusted input (files pulled from municipal websites) goes through three gates before
pdfplumber sees it:

1. ``sniff``: the first KiB must contain ``%PDF-``; empty files, random bytes and HTML error
   pages saved as ``.pdf`` are rejected as ``NotAPDF``.
2. ``probe``: PDFium (C, fast, repairs broken xrefs) opens the file and counts pages
   (pdfminer decides the files PDFium refuses); a non-empty user password gives
   ``EncryptedPDF``, an unopenable file ``BrokenPDF``, 0 pages ``EmptyPDF``, more than
   ``max_pages`` ``TooManyPages``. No page content is parsed until the page count is
   known to be within the cap.
3. ``open_pdf``: pdfplumber opens the file; if pdfminer cannot parse what PDFium could,
   the PDFium-repaired copy is handed to pdfplumber instead. ``extractors.glyphs`` glyph
   recovery is installed first (a pdfminer hook), so chars carry the text of glyphs that
   the ToUnicode map lost; ``extractors.fastchars`` builds pdfplumber's char dicts faster
   (the same dicts).

``render_dpi`` caps the resolution a page is rendered at (OCR path), so an enormous
MediaBox never becomes an enormous bitmap. ``page_deadline`` bounds the time spent on a page.
"""
from __future__ import annotations

import io
import math
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pdfplumber
import pypdfium2 as pdfium

from extractors.fastchars import install as install_fast_chars
from extractors.glyphs import install as install_glyph_recovery
from extractors.errors import BrokenPDF, EmptyPDF, EncryptedPDF, NotAPDF, PageTimeout, TooManyPages

SNIFF_BYTES = 1024
RETRY_S = 0.1  # page deadline re-fire interval


def sniff(path: str | Path) -> None:
    """Raise ``NotAPDF`` unless the file's first KiB carries the ``%PDF-`` header."""
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head:
        raise NotAPDF("file is empty")
    if b"%PDF-" in head:
        return
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body")) or b"<html" in low:
        raise NotAPDF("file is an HTML/XML page, not a PDF (a download error page saved as .pdf?)")
    raise NotAPDF(f"no %PDF- header in the first {SNIFF_BYTES} bytes (starts with {head[:16]!r})")


def _classify_with_pdfminer(path: str | Path, pdfium_error: Exception) -> int:
    """Page count by pdfminer for a file PDFium refused (PDFium's error code is a global
    that can be stale, and it refuses 0-page files); raises the matching ``BadPDF``."""
    try:
        with pdfplumber.open(str(path)) as pdf:
            return len(pdf.pages)
    except Exception as e:  # pdfminer raises many types
        inner = _plumber_error(e)
        if type(inner).__name__ == "PDFPasswordIncorrect":
            raise EncryptedPDF("PDF is encrypted with a user password") from e
        raise BrokenPDF(f"cannot open or repair the PDF ({pdfium_error}; pdfminer: {inner!r})") from e


def probe(path: str | Path, max_pages: int) -> int:
    """Count the pages (PDFium, else pdfminer) and raise ``BadPDF`` subclasses."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        n = _classify_with_pdfminer(path, e)
    else:
        try:
            n = len(doc)
        finally:
            doc.close()
    if n == 0:
        raise EmptyPDF("PDF has 0 pages")
    if n > max_pages:
        raise TooManyPages(f"PDF has {n} pages, more than the cap of {max_pages}")
    return n


def _pdfium_repaired_copy(path: str | Path) -> io.BytesIO:
    """The PDF as PDFium re-saves it (xref rebuilt), for when pdfminer cannot parse the file."""
    doc = pdfium.PdfDocument(str(path))
    try:
        buf = io.BytesIO()
        doc.save(buf)
    finally:
        doc.close()
    buf.seek(0)
    return buf


def _plumber_error(e: Exception) -> Exception:
    """The pdfminer exception wrapped by pdfplumber (it wraps them in PdfminerException)."""
    inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
    return inner


@contextmanager
def open_pdf(path: str | Path, max_pages: int = 300) -> Iterator[pdfplumber.PDF]:
    """Open a PDF for extraction after the safety gates; yields a pdfplumber PDF.

    Raises ``NotAPDF``, ``BrokenPDF``, ``EncryptedPDF``, ``EmptyPDF`` or ``TooManyPages``.
    The number of pages is ``len(pdf.pages)``; pdfplumber parses each page lazily.
    """
    sniff(path)
    probe(path, max_pages)
    install_glyph_recovery()  # chars carry text recovered from embedded glyph names (idempotent)
    install_fast_chars()  # pdfplumber's char dicts, built without its generic attribute walk
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:  # pdfminer raises many types; PDFium already opened it
        inner = _plumber_error(e)
        if type(inner).__name__ == "PDFPasswordIncorrect":
            raise EncryptedPDF("PDF is encrypted with a user password") from e
        try:
            pdf = pdfplumber.open(_pdfium_repaired_copy(path))
        except Exception as e2:
            raise BrokenPDF(f"pdfminer cannot parse the PDF, even repaired ({inner!r})") from e2
    try:
        if len(pdf.pages) == 0:
            raise EmptyPDF("PDF has 0 pages (pdfminer found none)")
        yield pdf
    finally:
        pdf.close()


def iter_pages(pdf: pdfplumber.PDF, max_pages: int) -> Iterator[pdfplumber.page.Page]:
    """Yield at most ``max_pages`` pages, releasing each page's parsed objects after use."""
    for page in pdf.pages[:max_pages]:
        try:
            yield page
        finally:
            page.close()  # flushes the page's cached chars/edges: memory stays per-page


def render_dpi(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> int:
    """The DPI to render a page at so that the bitmap stays within ``max_pixels``.

    Returns ``dpi`` when the page is small enough, else the largest DPI under the cap
    (possibly very low for a poster-sized MediaBox; the caller decides if that is useful).
    """
    w_in, h_in = max(width_pt, 1.0) / 72.0, max(height_pt, 1.0) / 72.0
    if w_in * h_in * dpi * dpi <= max_pixels:
        return dpi
    return max(1, int(math.floor(math.sqrt(max_pixels / (w_in * h_in)))))


@contextmanager
def page_deadline(seconds: float) -> Iterator[None]:
    """Raise ``PageTimeout`` inside the block after ``seconds`` (wall clock).

    Uses SIGALRM, so it only arms in the main thread of the process (CLI and Prefect
    process workers); elsewhere the block runs unbounded. ``seconds <= 0`` disables it.
    """
    armed = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not armed:
        yield
        return
    start = time.monotonic()
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_delay = signal.getitimer(signal.ITIMER_REAL)[0]  # an enclosing timer (e.g. pytest-timeout)
    outer_first = 0 < outer_delay <= seconds

    def _alarm(signum, frame):
        if outer_first and callable(outer_handler):
            return outer_handler(signum, frame)
        raise PageTimeout(f"page took longer than {seconds:g}s")

    signal.signal(signal.SIGALRM, _alarm)
    # re-fires every RETRY_S in case a bare ``except:`` somewhere swallowed the first one
    signal.setitimer(signal.ITIMER_REAL, outer_delay if outer_first else seconds, RETRY_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_delay > 0 and not outer_first:  # re-arm the enclosing timer for its remaining time
            signal.setitimer(signal.ITIMER_REAL, max(outer_delay - (time.monotonic() - start), 1e-3))
