"""Bug: every Word-made PDF filled the worker's log (and ``corpus score``'s console) with
fontTools' ``'modified' timestamp seems very low; regarding as unix timestamp``, once per
embedded font subset read. The warning is dropped where it is emitted (the ``head`` table's
logger, those messages only), not by muting warnings."""
from __future__ import annotations

import logging

import pytest

from corpus.fuzz import fuzz
from extractors.document import extract_document
from extractors.font_log import HEAD_LOGGER


@pytest.fixture(scope="module")
def docx_pdf(tmp_path_factory):  # dev seed 1, Word-made: a simple TrueType subset read by its outlines
    pytest.importorskip("docx")
    return fuzz([1], tmp_path_factory.mktemp("docx"), renderer="docx", log=lambda *a: None)[0]


def test_word_made_pdf_extracts_without_head_timestamp_warnings(docx_pdf, caplog):
    caplog.set_level(logging.WARNING)
    ex = extract_document(docx_pdf, docx_pdf.stem)
    assert ex.page_count >= 1 and any(p.text for p in ex.pages)
    assert not [r for r in caplog.records if "timestamp" in r.getMessage()]
    # the PDF's embedded fonts do carry such stamps: without the filter the lines come back
    head = logging.getLogger(HEAD_LOGGER)
    kept = list(head.filters)
    for f in kept:
        head.removeFilter(f)
    import extractors.glyph_outlines as outlines
    import extractors.glyphs as glyphs
    real = outlines.quiet_head_timestamps
    glyphs.quiet_head_timestamps = outlines.quiet_head_timestamps = lambda: None
    try:
        caplog.clear()
        extract_document(docx_pdf, docx_pdf.stem)
        assert [r for r in caplog.records if "timestamp seems very low" in r.getMessage()]
    finally:
        glyphs.quiet_head_timestamps = outlines.quiet_head_timestamps = real
        for f in kept:
            head.addFilter(f)


def test_other_fonttools_warnings_still_pass(caplog):
    from extractors.font_log import quiet_head_timestamps
    quiet_head_timestamps()
    caplog.set_level(logging.WARNING)
    logging.getLogger(HEAD_LOGGER).warning("'%s' timestamp seems very low; regarding as unix timestamp", "modified")
    logging.getLogger(HEAD_LOGGER).warning("head table truncated")
    logging.getLogger("fontTools.ttLib.ttFont").warning("'%s' timestamp seems very low; regarding as unix timestamp", "x")
    msgs = [r.getMessage() for r in caplog.records]
    assert msgs == ["head table truncated", "'x' timestamp seems very low; regarding as unix timestamp"]
