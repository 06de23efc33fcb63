"""dev 61206 p5 (200 dpi, Sarabun IT9): the analysis cell ``๐๑๐๑๒ผู้รับ…`` for ``o๑ o๑๒`` lost both
codes with no flag about codes (see test_scan_oit_codes_glued_to_finding). Real simulated scan, page OCR'd."""
from corpus_seeds import scan_pages_read


def test_scan_61206_p5_oit_codes_kept(tmp_path):
    got = scan_pages_read(61206, [5], tmp_path).planned_measures
    first = next(m for m in got if (m["measure"] or "").startswith("โครงการอบรม"))
    assert first["question_codes"] == ["o1", "o12"]
