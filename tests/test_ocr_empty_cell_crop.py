"""Scan29's unseen seed 40100 (300 dpi scan): on page 2 a grid cell was narrower than the inset
taken off its edges, its crop an empty array. OpenCV raised in ``cv2.dilate`` (numeral reader)
and the whole page was lost (``page errors: p2: ocr failed``, 30 of 88 question scores); past
that, ``cv2.connectedComponentsWithStats`` on the empty crop killed the process (segfault). A
cell too small for its insets is blank paper: one white pixel, read as an empty cell."""
from __future__ import annotations

import numpy as np

from extractors import numerals
from extractors.ocr.cells import _crop
from extractors.ocr.lines import split_lines


def test_cell_narrower_than_its_insets_is_blank_paper():
    page = np.full((100, 100), 255, np.uint8)
    page[40:60, 10:90] = 0
    crop = _crop(page, (20, 20, 24, 80), 3)  # 4 px wide, 3 px off each side
    assert crop.shape == (1, 1) and crop[0, 0] == 255
    assert split_lines(crop) == []
    assert numerals.read_number(numerals.analyse(crop)) == ("", [])
    # a cell with room inside its insets is cropped as before
    assert _crop(page, (20, 20, 80, 80), 3).shape == (54, 54)

