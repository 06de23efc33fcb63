"""unseen-then 58106 p2 (scan38m's unseen set, 300 dpi, landscape zebra measures table, codes in a
column of their own): o7 OCR'd ``เอโง`` over ``๐1๒`` (o12). o12 was read and o7 lost with no flag
about codes. The garble is now flagged ``code_unreadable`` (tests/test_code_garble_lead_vowels.py)."""
from __future__ import annotations

from corpus_seeds import scan_pages_read

SEED = 58106


def test_scanned_code_read_as_letters_with_lead_vowels_is_flagged(tmp_path):
    records = scan_pages_read(SEED, [2], tmp_path)
    first = [m for m in records.planned_measures if "o12" in (m["question_codes"] or [])]
    assert len(first) == 1, [(m["measure"], m["question_codes"]) for m in records.planned_measures]
    m = first[0]
    assert "o7" in m["question_codes"] or any(f.startswith("code_unreadable:") for f in m["flags"]), m
