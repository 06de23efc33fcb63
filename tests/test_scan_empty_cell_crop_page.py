"""Scan29's unseen seed 40100 page 2 (300 dpi scan): a grid cell narrower than its insets, its
crop empty, made OpenCV fail and the page was lost (see ``test_ocr_empty_cell_crop.py``). The page
is read now."""
from __future__ import annotations

import pytest

from corpus_seeds import scanned
from extractors.ocr import ocr_page

pytest.importorskip("weasyprint")


def test_page_with_a_degenerate_grid_cell_is_read(tmp_path):
    pdf = scanned([40100], tmp_path)[0]
    text, tables = ocr_page(pdf, 2)
    assert len(tables) >= 5 and "ตัวชี้วัดที่๕" in text.text.replace(" ", "")
