"""Scans, question scores (issue 15, h/scan35f): fresh34u 49205 p3, e6's cell ``100.๓`` (100.00).

OCR has read the cell as ``100.00`` since 0.3x (found in the full suite at 0.38.0): the value is right
either way, and flagged only where the misread print is what was read. The rule itself (a score past
100 read as 100) is tested on its own in tests/test_score_past_100_read_as_100.py."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_score_past_100_read_as_100(tmp_path):
    rows = [q for q in scan_pages_read(49205, [1, 3], tmp_path).question_scores if q["question_code"] == "e6"]
    assert len(rows) == 1
    assert rows[0]["score"] == 100.0
    past = [f for f in rows[0]["flags"] if f.startswith("score_past_100_read_as_100")]
    assert past in ([], ["score_past_100_read_as_100:100.3"])
