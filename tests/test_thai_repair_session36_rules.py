"""Thai repair (issue 16), session 36 (h/repair36): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json), the group repaired as one text as ``ita repair`` reads
a file.

- A document whose first ``ุ`` stands under a low ``๋`` or ``๊`` (``ต้มตุ๋น``, ``ตุ๊กๆ``, ``ปุ๋ย``)
  gets its SARA U glyph named by that tone in the TLWG fonts (WeasyPrint) and in LibreOffice's PDFs:
  every later ``ุ`` reads ``๋`` (``ทาร๋ณ``, ``ท่๋มท๋น`` for ``ทารุณ``, ``ทุ่มทุน``), every reader alike,
  and the low tone's own glyph may read ``ุ`` (``จุอม`` for ``จ๋อม``). The unseen set fresh36 showed
  it in 26 groups (1.7-3.3 %); fresh29u / fresh30u (dev: fresh29 / fresh30 with such a line first)
  reproduce it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))

_SWAPPED = ("Garuda/pdftotext", "Kinnari/pypdfium2", "Loma/pdfplumber", "Waree/pypdfium2", "Umpush/pdftotext",
            "word-Kinnari/pdfplumber", "word-SarabunIT9/pdfplumber")


def test_sara_u_glyph_named_by_a_low_tone_reads_back_as_sara_u():
    """fresh29u (``นักต้มตุ๋น`` drawn first): ``ทาร๋ณ ทินศูนย์ ที่ส๋ด ท่๋มท๋น`` = ``ทารุณ ทินศูนย์
    ที่สุด ทุ่มทุน``; the map's low ``๋`` read ``ุ`` goes back where the dictionary reads it
    (``พระภิกษ๋สงฆ์`` = ``พระภิกษุสงฆ์``); a ``๋`` over an upper vowel is another glyph and stays
    (``กระจี๋``). Every TLWG and Word group under 0.5 % (1.6-2.6 % before)."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdftotext", "Kinnari/pypdfium2", "Loma/pdfplumber"):
        got, true = line_by_raw("fresh29u", key, "ทาร๋ณ", repair)
        assert got.startswith("ทารุณ ทินศูนย์ ที่สุด ทุ่มทุน "), (key, got)
        got, true = line_by_raw("fresh29u", key, "พระภิกษ๋สงฆ์", repair)
        assert "มุทิตา" in got and "พระภิกษุสงฆ์ บุพเพสันนิวาส" in got, (key, got)
    data = m.sources.fresh29u_groups()
    for key in data["groups"]:
        if "NotoSansThai" not in key:
            assert m.fresh_cer(key, repair, data) <= 0.005, key


def test_sara_u_named_mai_tri_on_a_low_class_consonant_reads_back():
    """fresh30u (``ตุ๊กๆ`` drawn first): every ``ุ`` reads ``๊``. A name the dictionary lacks is
    decided by Thai spelling: ``๊`` stands on a mid-class consonant only, so ``ธีร๊ตม์`` is
    ``ธีรุตม์``; PDFium's ``วัสด์๊`` (the tone after the thanthakhat) is ``วัสดุ์``. LibreOffice's PDF
    read by pdfplumber also leaves a glyph unnamed (``(cid:25)``): the same map is read there."""
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh30u", "Garuda/pypdfium2", "ธีร๊ตม์", repair)
    assert got == true == "นายธีรุตม์ เปล่งแสง และ บำรุงกิจ", got
    got, true = line_by_raw("fresh30u", "Garuda/pypdfium2", "สวามิวัสด", repair)
    assert got == true, got
    got, true = line_by_raw("fresh30u", "word-Kinnari/pdfplumber", "ท่๊มเงิน", repair)
    assert "ทารุณจิตใจ" in got and "ทุ่มเงิน" in got, got


def test_text_with_real_low_tones_keeps_them():
    """No text of any dev pair set is taken for the map unless it shows it: clean text with
    ``ก๋วยเตี๋ยว``, ``ตุ๊กตา``, ``จ๋อแจ๋`` and the original fresh29 / fresh30 renders (their ``ุ``
    named right) are left to the other stages (``named`` is None)."""
    import repair_sources as src

    from normalizers.thai import thai_u_glyph

    clean = "ก๋วยเตี๋ยว ตุ๊กตา จ๋อแจ๋ ปุ๋ย ต๋อง ก๊อก บ๊วย อ๊ะ ป๋า จ๊ะ ตุ๋น กุ๊ก"
    assert repair(clean) == clean and thai_u_glyph.named(clean) is None
    for name in ("fresh29", "fresh30", "fresh12", "fresh17", "fresh22"):
        for key, g in src._groups(name)["groups"].items():
            assert thai_u_glyph.named("\n".join(g["fresh"])) is None, (name, key)
