"""Scans: a separate code column whose IIT codes OCR read with a one for the ``i`` (``113``,
``130``) is still the code column (``normalizers.tables.codecol``), the codes repaired and
flagged ``code_repaired`` (issue 15, h/scanq22).

fresh21s 21615 (html, 300 dpi, grid rules, code column separate): p2's table ``113 114 i15 116
i17 118`` and p3's ``i25 126 i27 128 i29 130`` were read as tables of no kind and all twelve
questions lost (i19 was then corrected onto i13 by its text)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    rec = scan_pages_read(21615, [2, 3], tmp_path_factory.mktemp("iit_one"))
    return {r["question_code"]: r for r in rec.question_scores}


def test_codes_read_with_a_one_are_repaired_and_flagged(q):
    want = {"i13": 68.7, "i14": 83.63, "i15": 99.0, "i16": 70.28, "i17": 53.25, "i18": 98.89,
            "i25": 100.0, "i26": 48.35, "i27": 55.35, "i28": 88.35, "i29": 48.78, "i30": 98.25}
    assert {c: q[c]["score"] for c in want} == want
    assert "code_repaired:113->i13" in q["i13"]["flags"] and "code_repaired:130->i30" in q["i30"]["flags"]
    assert q["i13"]["confidence"] <= 0.8


def test_the_next_code_is_not_corrected_onto_a_lost_one(q):
    assert q["i19"]["score"] == 90.53
    assert not any(f.startswith("code_corrected") for f in q["i19"]["flags"])
