"""Thai repair (issue 16), session 30 (h/repair30b): one test per change, on real rendered pairs of
the dev sets (tests/data/repair_fresh*.json) and on the rule's own function.

- Pango text read by pdfplumber (Noto Sans Thai most, also Waree, Loma, Kinnari, Laksaman,
  Norasi) splits a name after a mark the shaper pushed one consonant right (``นายสรุ เชษฐ สมิ มากลุ``
  = นายสุรเชษฐ สิมมากุล). In a word list (``listy`` text) a dictionary tie keeps such a space,
  because both halves read as words (``สุร|เชษฐ``, ``สิม|มากุล``). Now the tie joins when a known
  Thai given or family name (pythainlp's name lists, 4-20 characters) spans the space, the
  run's last mark moved back, and the joined run reads as the two runs do.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai import thai_dict
from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_name_across_finds_a_known_name_only_where_it_spans_the_place():
    """``name_across(s, k)``: a name of the lists that starts before ``k`` and ends after it."""
    assert thai_dict.name_across("สิมมากุล", 3)  # สิม|มากุล: the family name สิมมากุล
    assert thai_dict.name_across("นายสุรเชษฐ", 6)  # นายสุร|เชษฐ: the given name สุรเชษฐ
    assert not thai_dict.name_across("สิมมากุล", 0)  # nothing starts before the start
    assert not thai_dict.name_across("สิมมากุล", 8)  # nor ends after the end
    assert not thai_dict.name_across("การจัดส่งการบุกเบิก", 9)  # two words, no name across


def test_name_split_by_an_artefact_space_in_a_word_list_is_joined():
    """fresh19 and fresh16 (dev), names split after a pushed mark: the joined name comes back,
    the real spaces between the names stay (Noto Sans Thai and Waree via pdfplumber)."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh19", "NotoSansThai/pdfplumber", "นายสรุ เชษฐ สมิ มากลุ", repair)
    assert true == "นายสุรเชษฐ สิมมากุล และ หอมวงค์"
    assert got == true, got
    got, true = line_by_raw("fresh16", "Waree/pdfplumber", "นายราเมศ หม่นื ไชยวงศ์", repair)
    assert got == true == "นายราเมศ หมื่นไชยวงศ์ และ ขุนน้อย", got


def test_word_list_tie_without_a_name_keeps_its_space():
    """fresh19 (dev), a word list: ``การจดั สง่ การบุกเบกิ`` ties (การจัดส่ง|การบุกเบิก) and no
    name spans the space: it stays a word boundary."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh19", "NotoSansThai/pdfplumber", "การจดั สง่ การบุกเบกิ", repair)
    assert "การจัดส่ง การบุกเบิก" in true
    assert "การจัดส่ง การบุกเบิก" in got, got


def test_name_last_mark_after_its_real_space_goes_back_and_keeps_the_space():
    """fresh23 and fresh19 (dev), Noto Sans Thai via pdfplumber: a name's last mark set after the
    name's real space (``หงษ์ศร ีและ``). ``หงษ์ศรี`` is no dictionary word, so the mark was not put
    back as a word's last mark and the space went; it ends with a known name of the lists
    (``name_ends``: the family name ``หงษ์ศรี``, the given name ``ศิริ`` in ``ม่วงศิริ``): the mark
    goes back and the space stays."""
    from thai_repair_sets import line_by_raw

    assert thai_dict.name_ends("ม่วงศิริ") and not thai_dict.name_ends("ม่วงศิร")
    got, true = line_by_raw("fresh23", "NotoSansThai/pdfplumber", "หงษ์ศร ีและ", repair)
    assert got == true == "นายศุภพงศ์ หงษ์ศรี และ ชายผา", got
    got, true = line_by_raw("fresh19", "NotoSansThai/pdfplumber", "มว่ งศิร ิและ", repair)
    assert got == true == "นายปณิธาน ม่วงศิริ และ นาคศรีโภชน์", got
