"""extractors.fastchars builds pdfplumber's char dicts exactly as pdfplumber does.

Every char of every page of the born-digital test corpus (HTML- and Word-made) and of the
real PDFs in ../shared/realdocs (when present) is built both ways and compared: same keys in
the same order, equal values.
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfminer.layout import LTChar, LTContainer

from extractors import fastchars
from extractors.pdf import open_pdf
from shared_dir import REALDOCS

ROOT = Path(__file__).resolve().parents[1]
REAL = REALDOCS  # $ITA_SHARED_DIR or ../shared


def _chars(objs):
    for o in objs:
        if isinstance(o, LTContainer):
            yield from _chars(o._objs)
        elif type(o) is LTChar:
            yield o


def _compare(path: Path, max_pages: int = 4) -> int:
    """Chars compared on the first ``max_pages`` pages of ``path``."""
    n = 0
    with open_pdf(path) as pdf:  # installs the fast path (and glyph recovery, as extraction does)
        fast = pdfplumber.page.Page.process_object
        orig = fast._ita_original
        for page in pdf.pages[:max_pages]:
            for obj in _chars(page.layout._objs):
                a, b = fast(page, obj), orig(page, obj)
                assert list(a) == list(b), (path.name, page.page_number)
                assert a == b, (path.name, page.page_number, {k: (a[k], b[k]) for k in a if a[k] != b.get(k)})
                n += 1
            page.close()
    return n


def test_fast_char_dicts_equal_pdfplumbers_on_the_test_corpus():
    assert fastchars.install(), f"pdfplumber {pdfplumber.__version__} is not {fastchars.PDFPLUMBER_VERSION}"
    pdfs = sorted((ROOT / "tests" / "corpus").glob("*.pdf")) + sorted((ROOT / "data" / "raw").glob("*.pdf"))
    assert pdfs
    assert sum(_compare(p) for p in pdfs) > 10_000


def test_fast_char_dicts_equal_pdfplumbers_on_real_pdfs():
    pdfs = sorted(REAL.rglob("*.pdf")) if REAL.is_dir() else []
    if not pdfs:
        pytest.skip("../shared/realdocs not present")
    n = 0
    for p in pdfs:
        try:
            n += _compare(p, max_pages=2)
        except Exception as e:  # noqa: BLE001 - files the safety gates refuse are not this test's
            if type(e).__module__ != "extractors.errors":
                raise
    assert n > 10_000
