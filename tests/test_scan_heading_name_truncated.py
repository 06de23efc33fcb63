"""Dev scan 58511 p1 (200 dpi, h/scan40i): the analysis table's first indicator heading is glued to question
i1's row, ``ตัวชิวัดทิ๑ การปฏิบัติหน้าท⏎1๑ การปฏิบัติงานหรือให้บริการ…`` | ``๗๒.๒๔⏎๑๐๐.๐๐``: the mark garbled
(no printed number read) and the name's last glyphs lost (no indicator's name), so the row was not cut
and indicator 1's ``analysis_table`` row (72.24) and i1 (100.00) were lost. The heading names the
indicator whose name its text begins, the mark's number agreeing: cut, flagged ``indicator_name_truncated``."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_heading_name_truncated(tmp_path):
    records = scan_pages_read(58511, [1], tmp_path)
    rows = [r for r in records.indicator_scores if r["indicator_no"] == 1 and r["source"] == "analysis_table"]
    assert [r["score"] for r in rows] == [72.24] and "indicator_name_truncated" in rows[0]["flags"]
    assert [q["score"] for q in records.question_scores if q["question_code"] == "i1"] == [100.0]
