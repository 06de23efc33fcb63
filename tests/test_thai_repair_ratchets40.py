"""Thai repair per font x PDF reader (issue 16): the per-group CER ratchet of the pair set fresh40
(tests/data/repair_fresh40.json), made by ``bench/measure_repair_groups.py --make-fresh40`` (the fresh39 way
at new offsets, text none of fresh .. fresh39 nor fresh36d holds) before session 40's rules changed and
scored with the branch point (0.39.0 + one fix) before any change, per-group totals only: mean 0.230 %, 2 groups
over 0.5 % (NotoSansThai/pdfplumber 1.33 %, NotoSansThai/pypdfium2 0.67 %). After h/repair40's rules: the same in
every group. After h/repair41's (lost-nikhahit gaps, a line's last ำ): NotoSansThai/pdfplumber
1.24 %, Waree/pdfplumber 0.34 %, mean 0.226 %. None of its 132 true lines is changed by the repair (counted,
not read). The older sets' ratchets are tests/test_thai_repair_ratchets.py's, ..._ratchets38.py's and
..._ratchets39.py's.
"""

from __future__ import annotations

from repair_ratchet import assert_group_ratchet, assert_true_lines_kept


# (ceiling of the mean over its 33 groups, ceiling per font x reader group)
FRESH40 = (0.00226, {
    "Garuda/pdfplumber": 0.00162, "Garuda/pdftotext": 0.00180, "Garuda/pypdfium2": 0.00144,
    "Kinnari/pdfplumber": 0.00162, "Kinnari/pdftotext": 0.00288, "Kinnari/pypdfium2": 0.00252,
    "Laksaman/pdfplumber": 0.00234, "Laksaman/pdftotext": 0.00198, "Laksaman/pypdfium2": 0.00108,
    "Loma/pdfplumber": 0.00216, "Loma/pdftotext": 0.00180, "Loma/pypdfium2": 0.00180,
    "Norasi/pdfplumber": 0.00180, "Norasi/pdftotext": 0.00180, "Norasi/pypdfium2": 0.00072,
    "NotoSansThai/pdfplumber": 0.01243, "NotoSansThai/pdftotext": 0.00126, "NotoSansThai/pypdfium2": 0.00666,
    "Sarabun/pdfplumber": 0.00360, "Sarabun/pdftotext": 0.00126, "Sarabun/pypdfium2": 0.00180,
    "Umpush/pdfplumber": 0.00108, "Umpush/pdftotext": 0.00252, "Umpush/pypdfium2": 0.00198,
    "Waree/pdfplumber": 0.00343, "Waree/pdftotext": 0.00180, "Waree/pypdfium2": 0.00072,
    "word-Kinnari/pdfplumber": 0.00090, "word-Kinnari/pdftotext": 0.00198, "word-Kinnari/pypdfium2": 0.00288,
    "word-SarabunIT9/pdfplumber": 0.00198, "word-SarabunIT9/pdftotext": 0.00036, "word-SarabunIT9/pypdfium2": 0.00054,
})
KNOWN_CHANGED = 0  # true lines the repair changed when the set was made


def test_fresh40_group_cer_ratchet():
    """Every group of fresh40 repairs to no more than its ceiling, and the mean stays under its ceiling."""
    assert_group_ratchet("fresh40", FRESH40)


def test_fresh40_clean_lines_come_back_unchanged():
    """Its true lines, each alone, as one text and as ``ita repair`` reads them, come back byte-identical (only
    the count is asserted: the set's lines are not printed while it is unseen)."""
    assert_true_lines_kept("fresh40", KNOWN_CHANGED)
