"""A zebra band of a scanned results table over two indicators whose second score OCR garbled (dev scan
53201 p1, 200 dpi, h/scan37p): ``๑.การปฏิบัติหน้าที⏎๒.การใช้งบประมาณ`` | ``๖๐.๒๑⏎๗๖.่``. The row was not cut
(every score line had to read) and both indicators were lost. The row is the cells as the scan read them;
``test_scan_results_row_stacked_score_garbled.py`` (full suite) reads the page."""
from __future__ import annotations

from normalizers.tables.grid import Row
from normalizers.tables.results_repair import _unstack


def _row(labels: str, scores: str) -> Row:
    return Row(cells=[labels, scores], page=1, conf=[0.9, 0.9], lines=[labels, scores])


def test_stacked_results_row_with_one_score_garbled_is_cut():
    parts = _unstack(_row("๑.การปฏิบัติหน้าที\n๒.การใช้งบประมาณ", "๖๐.๒๑\n๗๖.่"), 0, 1)
    assert parts is not None and [p.cells[1] for p in parts] == ["๖๐.๒๑", "๗๖.่"]
    assert all("row_unstacked" in p.flags for p in parts)


def test_stacked_results_row_with_no_score_read_or_a_worded_line_stays_whole():
    assert _unstack(_row("๑.การปฏิบัติหน้าที\n๒.การใช้งบประมาณ", "๖๐.่\n๗๖.่"), 0, 1) is None
    assert _unstack(_row("๑.การปฏิบัติหน้าที\n๒.การใช้งบประมาณ", "๖๐.๒๑\nไม่มีข้อมูล"), 0, 1) is None
