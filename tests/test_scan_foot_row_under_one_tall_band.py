"""u52b 52200 (scans, dev; 300 dpi, portrait, one measures table under a shaded header repeated
on each page, zebra rows): page 6 holds a header band over one tall band (measure 1's steps
carried on from p5), then measure 2's white row at the page's foot (745-790 pt). The ink under
the last band was a row only when taller than 0.3 of the bands' median height, here half the
page: the row was left out, measure 2 lost and its rest on p7 read as a measure of its own
(found 0.8, CER 0.29). Ink under the band cut into three pieces or more, each under a title of
the header band, is now a row (``extractors/ocr/band_last_row.py``). Real simulated scan."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read, scanned
from extractors.ocr import ocr_page

SEED = 52200


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s52200")


def test_scan_foot_row_under_one_tall_band(out):
    _, tables = ocr_page(scanned([SEED], out)[0], 6)
    (t,) = [t for t in tables if t.n_cols >= 5]
    assert t.bbox[3] > 770  # down to the row at the page's foot, not 739 pt
    last = " ".join(c or "" for c in t.rows[-1])
    assert "แนวทางประเมิน" in last and "สำนักปลัด" in last  # measure 2: its name and unit in the last row


def test_foot_row_measure_found(out):
    recs = scan_pages_read(SEED, [5, 6, 7], out)
    names = [m["measure"] or "" for m in recs.planned_measures]
    assert any("ประเมินความเสี่ยง" in n for n in names)
    assert not any(n.startswith("ทุจริต") for n in names)  # its rest on p7 no measure of its own
