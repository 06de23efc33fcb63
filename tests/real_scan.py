"""The real scanned announcement (``NutMontree__ktltc/ผลประเมินITA2568.pdf`` in the shared
test material, 5 pages, no text layer) read once per test run, by one pytest-xdist worker
(``run_shared.once``): OCR of its pages is the suite's slowest reading, and two files check it
(test_announcements: the whole document against a hand transcription; test_ocr: the numeric
cells of pages 2-4). Each caller gets its own copy. The page deadline is long (600 s, not the
pipeline's 120 s): the tests check what is read, not how fast, and a loaded machine must not
turn a slow page into a failed one."""
from __future__ import annotations

import copy
import hashlib

from run_shared import once
from shared_dir import REALDOCS

KTLTC_SCAN = REALDOCS / "NutMontree__ktltc" / "ผลประเมินITA2568.pdf"
_EXTRACTION: list = []


def _read():
    from extractors.document import extract_document
    sha = hashlib.sha256(KTLTC_SCAN.read_bytes()).hexdigest()
    return extract_document(KTLTC_SCAN, sha, page_timeout_s=600)


def ktltc_scan_extraction():
    """``extract_document`` of the scan (OCR'd pages at 300 dpi, as ``ocr_page``'s default),
    read once per test run (``run_shared.once``: one xdist worker reads, the other waits)."""
    if not _EXTRACTION:
        _EXTRACTION.append(once("ktltc-scan", _read))
    return copy.deepcopy(_EXTRACTION[0])
