"""dev 61105 p1 (200 dpi, Kinnari): the results table's ``๘๓.๓๗`` (indicator 5) was read ``๘๓.๗๗`` with no
flag: the digit classifier gave the ``๗`` 0.93, above the 0.9 doubt line, and no other source prints that
indicator. A digit read under ``numerals.reading.DIGIT_SURE`` (0.95, calibrated on the dev scans) is now
doubtful: its cell is under 0.9 and the row is flagged ``low_confidence_ocr``. Real simulated scan, page OCR'd."""
from corpus_seeds import scan_pages_read


def test_scan_61105_p1_digit_under_the_line_is_flagged(tmp_path):
    got = {(r["indicator_no"], r["source"]): r for r in scan_pages_read(61105, [1], tmp_path).indicator_scores}
    row = got[(5, "results_table")]
    assert row["score"] == 83.37 or "low_confidence_ocr" in row["flags"]
    # the table's other rows, read surely, stay unflagged
    assert sum("low_confidence_ocr" in r["flags"] for r in got.values()) <= 2
