"""u52b 52211 (scans, dev; 300 dpi, portrait, one table per issue under a shaded header, columns
printed right to left so the steps are the first column): on page 7 a short line of low letters
left a 3 mm blank in measure 2's steps; the body was carried on past such a blank only when the
next line was off the first column (a heading or paragraph under a table starts there), so the
table ended at 257 pt and the steps below, down to the page's foot, became page text: lost
without a flag (CER 0.70 on that measure). A line that stays in the first column, under a last
body line that is the first column's alone and starting where it starts, is now the cell going
on (``extractors/ocr/cell_run.py``). Real simulated scan."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read, scanned
from extractors.ocr import ocr_page

SEED = 52211


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s52211")


def test_scan_first_column_cell_cut_at_blank(out):
    _, tables = ocr_page(scanned([SEED], out)[0], 7)
    (t,) = [t for t in tables if t.n_cols >= 5]
    assert t.bbox[3] > 700  # down to the steps' last line near the page's foot, not 257 pt
    steps = t.rows[-1][0] or ""
    assert "แต่งตั้งคณะทำงาน" in steps and "จัดทำแผน" in steps  # the steps after the blank


def test_first_column_cell_measure_whole(out):
    recs = scan_pages_read(SEED, [5, 6, 7, 8], out)
    (m,) = [m for m in recs.planned_measures if "วัฒนธรรม" in (m["measure"] or "")]
    steps = " ".join(m["steps"] or [])
    assert "แต่งตั้งคณะทำงาน" in steps and "เปิดช่องทางรับฟัง" in steps and "กรอบเวลา" in steps
