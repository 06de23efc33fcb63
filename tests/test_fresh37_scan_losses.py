"""Scanned losses of session 37's unbiased fresh37s (55100–55115, scored with 0.36.0 before any
change), end to end (Tesseract, every page; full suite only)."""
from __future__ import annotations

from corpus.fuzz import run_one
from corpus_seeds import scanned


def test_scan_codes_glued_or_after_a_garble_read_or_flagged(tmp_path):
    """55102 p3 (300 dpi): ``i๒๗1๓๐ บคลากร…`` gave no code (i27, i30 lost, no flag about codes);
    ``joo ไi๒๔ การ…`` gave i24 only (i20 lost, no flag about codes). Now the first reads both
    codes (``code_letter_from_digit``) and the second says a code was unreadable."""
    _, records, err = run_one(str(scanned([55102], tmp_path)[0]))
    assert err is None, err
    by_name = {m["measure"][:12]: m for m in records["planned_measures"]}
    second = next(m for k, m in by_name.items() if k.startswith("มาตรการจัดทำ"))
    assert second["question_codes"] == ["i27", "i30"]
    assert any(f.startswith("code_letter_from_digit:") for f in second["flags"])
    third = next(m for k, m in by_name.items() if k.startswith("กิจกรรมปรับ"))
    assert "i24" in third["question_codes"]
    assert any(f.startswith("code_unreadable:") for f in third["flags"])
