"""Dev scan 57207 p1 (200 dpi, h/scan39i): the results table's header is OCR'd ``ประเด็นตัวขี้วัด`` (ช read
ข) and its first row ``1 การปภิบัติหน้าที`` (ฏ read ภ): the row names indicator 1 by its number only, and
with no ``ตัวชี้วัด`` in the header it was dropped (``indicators_missing:results_table:1@p1``, 73.87 lost)
although the other nine rows name their indicators. A row named by number in a table that names five
or more indicators, none of them that one, is kept, flagged ``indicator_by_number``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_results_row_named_by_number(tmp_path):
    records = scan_pages_read(57207, [1], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 1 and r["source"] == "results_table"]
    assert [r["score"] for r in rows] == [73.87]
    assert "indicator_by_number:1" in rows[0]["flags"]
    assert not any(f.startswith("indicators_missing:results_table") for f in records.document["flags"])
