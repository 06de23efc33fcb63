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



def test_connected_components_of_an_empty_image_do_not_kill_the_process():
    """``cv2.connectedComponentsWithStats`` on an image with no rows or no columns segfaults (the
    process dies, nothing to catch: fresh36s at 0.35.0 lost a document and broke the scorer's
    pool). Every call site goes through ``extractors.cvsafe.components``: an empty image is
    background only. Run in child processes, so the raw call's crash is seen, not suffered."""
    import subprocess
    import sys

    code = ("import numpy as np, cv2\nfrom extractors.cvsafe import components\n"
            "m = np.zeros({shape}, np.uint8)\nn, lab, st, c = {call}(m, connectivity=8)\n"
            "assert n == 1 and st.shape == (1, 5) and lab.shape == m.shape, (n, st.shape)\n")
    for shape in ("(0, 5)", "(5, 0)"):
        safe = subprocess.run([sys.executable, "-c", code.format(shape=shape, call="components")])
        assert safe.returncode == 0
    raw = subprocess.run([sys.executable, "-c", code.format(shape="(0, 5)", call="cv2.connectedComponentsWithStats")])
    assert raw.returncode != 0  # the hazard itself: if OpenCV stops crashing, the guard may go
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[1] / "extractors"
    direct = [p for p in root.rglob("*.py") if p.name != "cvsafe.py"
              and "cv2.connectedComponentsWithStats(" in p.read_text(encoding="utf-8")]
    assert direct == []
