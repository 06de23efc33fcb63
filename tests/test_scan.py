"""Scan simulation: image-only PDFs with real degradations."""
from __future__ import annotations

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest

from corpus.scan import Mark, ScanParams, draw_highlight, scan_page, scan_pdf
from extractors import grid as G
from extractors.ocr import ink_gray, straighten_params
from ocr_samples import results_table_pdf


@pytest.fixture(scope="module")
def table_pdf(tmp_path_factory):
    p = tmp_path_factory.mktemp("scan") / "table.pdf"
    results_table_pdf(p, n_rows=8, seed=5)
    return p


def test_scanned_pdf_has_no_text_layer_and_keeps_pages(table_pdf, tmp_path):
    out = scan_pdf(table_pdf, tmp_path / "s.pdf", ScanParams(dpi=200, rotation=0.8, blur=0.6, noise=6, jpeg_quality=60))
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        assert pdf.pages[0].chars == []
        assert len(pdf.pages[0].images) == 1
    doc = pdfium.PdfDocument(str(out))
    w, h = doc[0].get_size()
    doc.close()
    assert abs(w - 595) < 3 and abs(h - 842) < 3  # A4 kept at 200 dpi


@pytest.mark.parametrize("rotation", [-1.5, 0.7])
def test_rotation_is_what_deskew_measures(table_pdf, rotation):
    img = scan_page(table_pdf, 1, ScanParams(dpi=200, rotation=rotation, noise=5))
    angle, shear = straighten_params(G.binarize(ink_gray(img)), 200 / 300)
    # straightening rotates back by the scan's rotation (opposite sign, image y axis down)
    assert abs(angle + rotation) < 0.1, (angle, rotation)
    assert abs(shear) < 0.002


def test_highlighter_tints_paper_but_keeps_ink_dark():
    page = np.full((100, 200, 3), 255, np.uint8)
    page[40:60, 50:150] = 0
    out = draw_highlight(page, (20, 30, 180, 70))
    assert out[35, 30, 2] < 100 and out[35, 30, 0] > 240  # yellow paper
    assert out[50, 100].max() == 0  # ink stays black
    assert ink_gray(out)[35, 30] == 255  # and the ink view does not see the tint


def test_stamp_mark_changes_only_its_box(table_pdf):
    base = scan_page(table_pdf, 1, ScanParams(dpi=150))
    stamped = scan_page(table_pdf, 1, ScanParams(dpi=150, marks=[Mark(1, (300, 300, 360, 360), "stamp")]))
    diff = np.abs(base.astype(int) - stamped.astype(int)).sum(axis=2) > 0
    ys, xs = np.nonzero(diff)
    f = 150 / 72
    assert diff.any()
    assert xs.min() >= 300 * f - 2 and xs.max() <= 360 * f + 2
    assert ys.min() >= 300 * f - 2 and ys.max() <= 360 * f + 2
