"""fresh34s 49110 (scans, dev; 300 dpi, landscape, one bare measures table on page 2): the OCR read
the table as two grids, one under the other: the header and measure 1 in four columns (the
measure's line ran up to the finding's first letter, so that grid found no channel there and read
``…การดำเนิน การประชาสัมพันธ์…`` as one cell), measures 2-4 in six (with a dash column of the
steps' bullets). The parts were not read as one table: measures 2-4 lost and measure 1's finding
emptied, unflagged (found 0.25, CER 0.78). The upper grid now takes each edge of the grid stacked
right under it that its body rows leave clear (``extractors/ocr/stacked.py``). Real simulated scan."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read, scanned
from extractors.ocr import ocr_page

SEED = 49110


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s49110")


def test_scan_table_read_as_two_stacked_grids(out):
    _, tables = ocr_page(scanned([SEED], out)[0], 2)
    wide = [t for t in tables if t.n_cols >= 4]
    assert len(wide) == 2 and wide[0].n_cols == wide[1].n_cols
    head = [c or "" for c in wide[0].rows[0]]
    assert any(c.startswith("มาตรการ") and "ประเด็น" not in c for c in head)  # measure and finding apart
    assert any(c.startswith("ประเด็น") for c in head)


def test_stacked_grids_measures_read_whole(out):
    recs = scan_pages_read(SEED, [2], out)
    ms = recs.planned_measures
    assert len(ms) == 4
    assert all(m["analysis"] for m in ms)
    assert "การประชาสัมพันธ์" not in ms[0]["measure"]
