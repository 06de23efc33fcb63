"""Thai repair per font x PDF reader (issue 16), session 10: the tenth set of pairs
(tests/data/repair_fresh8.json, made by ``bench/measure_repair_groups.py --make-fresh8``) and
one regression test per error kind the set showed, named after it. Its CER ratchet is
``test_fresh_set_is_new_text_and_repair_never_worse`` (tests/test_thai_repair_groups.py).

fresh8 is text none of the nine older sets holds: born-digital realdocs lines at a stride
offset fresh6 and fresh7 did not take, budget-book items no set took, rarer Phupha, TNC and TTC
words six to a line, names and titles at new offsets (bench/repair_sources.py).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))
import measure_repair_groups as m  # noqa: E402
import thai_repair_sets as sets  # noqa: E402


@lru_cache(maxsize=1)
def _repaired() -> tuple[dict, dict[str, list[str]]]:
    """The set and every group repaired (once for the module)."""
    data = m.fresh8_groups()
    return data, {key: sets.repair_group(g["fresh"], repair) for key, g in sorted(data["groups"].items())}


def _pairs(want: str) -> list[tuple[str, str, str]]:
    """(group, raw entry, repaired entry) of every group for the true line holding ``want``."""
    data, got = _repaired()
    k = next(i for i, t in enumerate(data["true"]["fresh"]) if want in t)
    return [(key, data["groups"][key]["fresh"][k], got[key][k]) for key in got]


def test_space_after_a_run_that_reads_as_printed_kept_before_an_unknown_word():
    """Regression (fresh8, 25 of 33 groups): ``หมิ่นเหม่ ดัช`` (a word that reads with its tone
    in place, a space, a name the dictionary lacks) became ``หมิ่นเห่มดัช``: joined, the tone
    moved back one consonant reads ``หมิ่น|เห่|มด`` and leaves one unknown character fewer, so
    the space went. A join that still leaves unread characters at the junction of a run that
    read as printed is no repair: the space is real and the mark stays."""
    for key, raw, got in _pairs("หมิ่นเหม่ ดัช"):
        if "หมิ่นเหม่ ดัช" in raw.replace("\n", ""):
            assert "หมิ่นเหม่ ดัช" in got, (key, got)


def test_misnamed_mark_read_as_the_learned_swap_on_a_tie():
    """Regression (fresh8, every TLWG font via pdftotext): the font map prints ``ู`` for ``้``
    (learned from the text: ใหู, เทูา) and ``้`` for ``ู``, so ``สู่`` is printed ``ส่้``. Both
    shaper readings of the pair read (``สู้``, ``สู่``) and the first tried won; the reading
    that undoes the learned swap (the printed ``้`` is a ``ู``) now wins the tie."""
    seen = 0
    for key, raw, got in _pairs("เนรมิตฝันสู่จันทรา"):
        if "ส่้จันทรา" in raw and key.endswith("pdftotext"):
            seen += 1
            assert "เนรมิตฝันสู่จันทรา" in got, (key, got)
    assert seen >= 5


def test_tone_not_turned_into_another_tone_by_a_chain_of_edits():
    """Regression (fresh8, 23 groups): ``โอเว่นวิลสัน`` printed right became ``โอเว้นวิลสัน``
    in text whose map misnames ``ู``: ``่`` read as ``ู`` (a shaper confusion), moved right,
    read as ``้`` (the learned map), moved back -- each step read better, and together they
    turned one tone into another, which no reader does. A climb whose whole result is such a
    substitution keeps the run as printed."""
    for key, raw, got in _pairs("โอเว่นวิลสัน"):
        if "โอเว่นวิลสัน" in raw:
            assert "โอเว่นวิลสัน" in got, (key, got)
