"""u52a 52107 (scans, dev; 200 dpi, landscape, zebra measures table, seven columns, one measure a
band): on p7 measure 5's row starts at the page's foot, unshaded, three lines (the rest runs on to
p8). The ink under the last band was taken as the table's last row only when it reached 0.3 of the
bands' median height down, and the bands were tall (a header band and measure 4's band of 1690 px
at 300 dpi): the row's first lines stayed page text, its rest on p8 was joined to measure 4,
measure 5 lost in an ``ok`` document (found 0.8, CER 0.33). A row under the last band whose lines
part at as many white channels as half the bands' column gaps, its first cell filled, is taken
(``extractors/ocr/band_last_row.row_below``). Real simulated scan, page OCR'd."""
from __future__ import annotations

from corpus_seeds import scanned
from extractors.ocr import ocr_page


def test_scan_zebra_short_last_row_under_tall_bands(tmp_path):
    pdf = scanned([52107], tmp_path)[0]
    text, tables = ocr_page(pdf, 7)
    t = tables[0]
    last = t.rows[-1]
    assert any("แนวทางส่งเสริม" in (c or "").replace(" ", "") for c in last[2:5])
    assert "ตัวชี้วัด" in (last[0] or "").replace(" ", "").replace("ชีวัด", "ชี้วัด")
    # the row's start is no page text any more
    assert "แนวทางส่งเสริมการมี" not in text.text.replace(" ", "")
