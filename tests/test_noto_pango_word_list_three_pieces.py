"""Thai repair (issue 16), session 29 (h/repair29): Noto Sans Thai read by pdfplumber (Pango
PDFs) pushes a word's upper vowel or tone one consonant right and leaves an artefact space after
it, so a compound of a word list comes in three pieces: ``ผา้ มว่ ง`` (ผ้าม่วง), ``การควบคมุ ดแู ล``
(การควบคุมดูแล). ``_join_three`` joined such pieces only outside word lists (``listy`` text); in a
word list the first space stayed wherever both halves read (``ผ้า ม่วง``), although across the dev
pair sets' NotoSansThai/pdfplumber texts 1461 of the 1465 spaces after a mark where the joined run
reads as fewer words than its halves (all reading) are artefacts. In a word list the three pieces
now join where they read as at most two words, fewer than apart (not ``แห่|นิ|อห|อิ่ม``), also where
each piece reads alone (``ขนสง่ สนิ ค้า`` = ขนส่งสินค้า, not ขนส่ง สินค้า)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


@pytest.mark.parametrize("name,printed", [
    ("fresh12", "ผา้ มว่ ง"),  # ผ้าม่วง (was ผ้า ม่วง)
    ("fresh14", "การควบคมุ ดแู ล"),  # การควบคุมดูแล (was การควบคุม ดูแล)
    ("fresh17", "ชนพ้นื เมอื ง"),  # ชนพื้นเมือง
    ("fresh14", "ขนสง่ สนิ ค้า"),  # ขนส่งสินค้า: every piece reads alone (was ขนส่ง สินค้า)
    ("fresh12", "เขา้ จงั หวะ"),  # เข้าจังหวะ (was เข้า จังหวะ)
    ("fresh21", "อห \u0e34 อ"),  # หู่ แหน่ อหิ อิ่ม stays apart: joined it reads as four words
])
def test_noto_pango_word_list_three_pieces(name: str, printed: str):
    """Real pairs, the group repaired as one text (as ``ita repair`` reads a file)."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw(name, "NotoSansThai/pdfplumber", printed, repair)
    assert got == true, (got, true)
