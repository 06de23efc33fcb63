"""Dev scan 60106 pp. 1-5 (200 dpi, h/scan40i): p4 ends, below its question table, with o40's code and score
alone on a line (``๐๔0 ๘2.๘๔``), its text printed on p5 above that page's table: o40 (82.84) was lost."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_scan_question_code_score_at_page_foot(tmp_path):
    records = scan_pages_read(60106, [1, 2, 3, 4, 5], tmp_path)  # (p5 read as questions in context)
    rows = [q for q in records.question_scores if q["question_code"] == "o40"]
    assert [q["score"] for q in rows] == [82.84] and "score_from_page_foot" in rows[0]["flags"]
    assert not any(f.startswith("questions_missing:o40") for f in records.document["flags"])
