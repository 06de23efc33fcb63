"""Scans: tool scores a results table prints but no reader takes are named, and the document is
``partial`` (issue 15; seed 18507 of the session-18 unbiased scan set fresh18s, html, looked at
after the release to explain a count, so no longer unseen).

18507 p1: the results table's tool cells span indicator rows and were OCR'd in pieces (``EIT``
in one cell, ``๘7.30`` in the cell below); IIT/EIT/OIT came out null in an ``ok`` document, a
loss no flag named. ``<tool>_score_unread:p<n>`` now names each tool a table of the document's
own prints with a score while the document has none for it."""
from __future__ import annotations

import pytest

from extractors.ocr import ocr_page
from normalizers.records.tool_evidence import printed_tools, unread_tool_flags
from normalizers.tables.grid import build_table
from corpus_seeds import scanned


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tool_unread_scan")
    scanned([18507], out)
    _, raws = ocr_page(out / "scan" / "s018507_html_scan.pdf", 1)
    return [build_table(r) for r in raws]


def test_a_tool_printed_with_a_score_below_it_is_evidence(tables):
    assert printed_tools(tables).get("EIT") == 1


def test_a_printed_tool_without_a_score_in_the_document_is_flagged(tables):
    doc = {"iit_score": None, "eit_score": None, "oit_score": None}
    assert "eit_score_unread:p1" in unread_tool_flags(tables, doc)
    doc["eit_score"] = 87.30
    assert not any(f.startswith("eit_") for f in unread_tool_flags(tables, doc))
