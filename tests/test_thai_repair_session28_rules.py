"""Thai repair (issue 16), session 28: one test per change, on real rendered pairs of the dev sets
(tests/data/repair_fresh*.json) and on the rule's own function.

- Noto Sans Thai via pdfplumber sets a word's last thanthakhat after the word's real space, glued
  to the next word (``ชวั ร ์ชา  นัญ`` = ชัวร์ ชำนัญ): the space went as an artefact where the
  dictionary read the two runs joined (``ชัวร์ชำนัญ``). In every dev pair set each such place
  (a consonant, a space, ``์``, then a word) has the real space after the thanthakhat (145 of 145),
  and no other font x reader group shows the picture: the thanthakhat goes back on its consonant
  and the space is kept.
- speed: ``learned_confusions`` scores no run of a text that has fewer runs to look at than a
  substitution must mend (a table cell): ``confusion_votes`` with ``need`` gives no votes there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_thanthakhat_after_the_real_space_goes_back_and_keeps_the_space():
    """On the rule: ``C ์X`` gives ``C์`` + the kept-space marker + ``X``; a thanthakhat with a
    space on both sides, or after a mark, is left to the other rules; on a real pair of fresh24
    (dev) the word boundary after ``ชัวร์`` survives the group's repair as one text."""
    from normalizers.thai.thai_pushed import thanthakhat_past_space
    from thai_repair_sets import line_by_raw

    assert thanthakhat_past_space("ชวั ร ์ชา", "|") == "ชวั ร์|ชา"
    assert thanthakhat_past_space("ฮิวเมอร ์เขยี ต", "|") == "ฮิวเมอร์|เขยี ต"
    assert thanthakhat_past_space("ลัทธ ์ ลินสดี", "|") == "ลัทธ ์ ลินสดี"
    assert thanthakhat_past_space("ธรี ์นิม", "|") == "ธรี ์นิม"
    assert thanthakhat_past_space("การ์ตูน", "|") == "การ์ตูน"
    got, true = line_by_raw("fresh24", "NotoSansThai/pdfplumber", "ชวั ร ์ชา", repair)
    assert "ชัวร์ ชำนัญ" in true
    assert "ชัวร์ ชำนัญ" in got, got


def test_votes_of_a_short_text_are_none_only_where_none_could_be_learned():
    """``confusion_votes(text, need)`` is empty only where no substitution of the full count
    reaches ``need`` runs (so ``learned_confusions`` is unchanged), on short pieces of real broken
    text (TLWG fonts via pdftotext/PDFium: the font map's swapped marks)."""
    from normalizers.thai.thai_signs import _LEARN_MIN, confusion_votes

    data = json.loads((HERE / "data" / "repair_fresh5.json").read_text(encoding="utf-8"))
    checked = skipped = 0
    for key in ("Loma/pypdfium2", "Waree/pdftotext", "NotoSansThai/pdfplumber"):
        lines = data["groups"][key]["fresh"]
        for size in (1, 3, 8):
            for k in range(0, len(lines), size):
                text = "\n".join(lines[k:k + size])
                full = confusion_votes(text)
                short = confusion_votes(text, _LEARN_MIN)
                if short:
                    assert short == full
                else:
                    skipped += 1
                    assert all(len(runs) < _LEARN_MIN for runs in full.values())
                checked += 1
    assert skipped and skipped < checked


def test_cell_junction_fills_the_joined_text_from_the_left_runs_array():
    """speed: ``_junction_words`` fills the joined text's cost array from the left run's
    (``score_edit``); the array it leaves memoised is the one a fill from scratch gives, and the
    junction's words are as before, on real broken runs (fresh6, real documents' prose)."""
    import re

    from normalizers.thai import thai_dict
    from normalizers.thai.thai_cells import _junction_words

    data = json.loads((HERE / "data" / "repair_fresh6.json").read_text(encoding="utf-8"))
    runs = [r for line in data["groups"]["Loma/pdfplumber"]["fresh"][:40]
            for r in re.findall("[\u0e01-\u0e4e]+", line)]
    checked = 0
    for left, right in zip(runs, runs[1:]):
        thai_dict.clear_caches()
        got = _junction_words(left, right)
        memo = thai_dict._costs[left + right]
        thai_dict.clear_caches()
        scratch = tuple(thai_dict._fill(left + right, [0] * (len(left + right) + 1), 0))
        assert memo == scratch
        joined = thai_dict.segment(left + right)
        cut, pos, spans = len(left), 0, False
        for piece in joined:
            spans = spans or (pos < cut < pos + len(piece) and thai_dict.is_word(piece))
            pos += len(piece)
        seg_l, seg_r = thai_dict.segment(left), thai_dict.segment(right)
        assert got == (seg_l[-1], seg_r[0], spans)
        checked += 1
    assert checked > 100
