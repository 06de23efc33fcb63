"""Thai repair (issue 16), session 35 (h/repair35): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json; fresh34 is dev since session 35), the group repaired as
one text as ``ita repair`` reads a file.

- pdftotext printed every ``ำ`` as ``า`` in a text of rare words that holds none of the common G1
  words (``สานัก``, ``จานวน``) and few runs that read only with ``ำ``: most of its lost ``ำ`` leave
  runs that still read, in more words (``ชาระหนี้``, ``มันสาปะหลัง``), so the text was not taken for
  G1 and no ``ำ`` came back (fresh34's nine pdftotext groups, 0.58-0.67 %).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_sara_am_printed_sara_aa_restored_where_runs_read_in_fewer_words():
    """fresh34 TLWG and Sarabun via pdftotext: ``ชาระหนี้``, ``สารวมใจ``, ``การชักนา`` read as
    printed (ชา|ระ|หนี้), yet ten of the text's runs read in fewer words with ``ำ`` and the text
    holds no ``ำ`` at all: the text is G1 and ``ำ`` comes back where the dictionary says."""
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdftotext", "Sarabun/pdftotext", "Waree/pdftotext"):
        got, true = line_by_raw("fresh34", key, "ชาระหนี้", repair)
        assert got == true and "ชำระหนี้" in got, (key, got)
        got, true = line_by_raw("fresh34", key, "สารวมใจ", repair)
        assert got == true, (key, got)
    # a clean text without ``ำ`` (fresh34's true lines that hold none) is not G1: unchanged
    import repair_sources as src

    clean = [x for x in src._groups("fresh34")["true"]["fresh"] if "\u0e33" not in x]
    assert repair("\n".join(clean)) == "\n".join(clean)
