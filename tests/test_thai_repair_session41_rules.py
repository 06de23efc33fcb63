"""Thai repair (issue 16), session 41 (h/repair41): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json), the group repaired as one text as ``ita repair`` reads
a file.

NotoSansThai read by pdfplumber loses the nikhahit of ``ำ`` and prints its width as two spaces
after the ``า`` (``ประจา  ปี``), whether or not a real space follows, and drops them with a line's
trailing spaces at its end (``อ่างเก็บน้า``).

- In a word list (``_listy``) every such gap was joined: ``สูบน้ำหนำ``. Now, once the line is
  repaired, the space is put back where no dictionary word nor known name spans the junction and
  the words on both sides are words (``สูบน้ำ หนำ``; ``สำนักงานใหญ่`` stays joined).
- A line's last ``า`` in such a text reads ``ำ`` where the dictionary reads the line's last run
  strictly better so (``ข้าราชการประจา`` = ``ข้าราชการประจำ``; ``ป้า`` stays).
- A gap whose ``า`` follows an artefact space or precedes a tone set after it (``พรา่  เพร่อื``) was
  left as two spaces; it now reads ``ำ`` where the runs read at least as well so (``พร่ำเพรื่อ``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))

KEY = "NotoSansThai/pdfplumber"


def test_lost_nikhahit_gap_in_a_word_list_keeps_the_lists_space():
    """fresh21: ``ต่อมน้า  ถนนสายหลัก ถือบวช ทดน้า  ทองมว้ น`` read ``ต่อมน้ำถนนสายหลัก ... ทดน้ำทองม้วน``;
    fresh16: ``สา  นักงานใหญ่ ... สบู น้า  หน  า`` read ``... สูบน้ำหนำ``: the joined words are two
    dictionary words no word spans; ``สำนักงานใหญ่`` (a word spans the gap) stays joined."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh21", KEY, "ต่อมน้า  ถนน", repair)
    assert got == true == "ต่อมน้ำ ถนนสายหลัก ถือบวช ทดน้ำ ทองม้วน ทับถม", got
    got, true = line_by_raw("fresh16", KEY, "สา  นักงานใหญ่", repair)
    assert got == true == "สำนักงานใหญ่ สีหบัญชร สูบน้ำ หนำ หยั่งถึง หักห้าม", got
    assert m.fresh_cer(KEY, repair, m.sources.fresh16_groups()) <= 0.01112
    assert m.fresh_cer(KEY, repair, m.sources.fresh21_groups()) <= 0.01807


def test_line_final_sara_am_whose_gap_the_reader_dropped():
    """fresh25: ``ขา้ ราชการประจา`` at a line's end read ``ข้าราชการประจา``; fresh40: ``อ่างเก็บน้า``.
    A last ``า`` the dictionary reads as well or better stays (fresh19 ``ตนเอง ป้า``), and so does
    clean text."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    got, true = line_by_raw("fresh25", KEY, "ราชการประจา", repair)
    assert got == true == "โพธิญาณ เกือบตาย ท่ารถ กราไฟต์ โคโยตี ข้าราชการประจำ", got
    got, true = line_by_raw("fresh40", KEY, "อ่างเก็บน้า", repair)
    assert got.endswith("อ่างเก็บน้ำ") and true.endswith("อ่างเก็บน้ำ"), got
    got, _ = line_by_raw("fresh19", KEY, "ตนเอง ป้า", repair)
    assert got.endswith("พึ่งตนเอง ป้า"), got
    assert m.fresh_cer(KEY, repair, m.sources.fresh25_groups()) <= 0.01149
    clean = "ท่อน้ำ สระว่ายน้ำ การกระทำ ประจำปี\nหน้า ป้า ราคา ข้าราชการประจำ"
    assert repair(clean) == clean


def test_lost_nikhahit_gap_after_an_artefact_space_or_a_moved_tone():
    """A gap whose ``า`` follows an artefact space or precedes a tone the reader set after it (fresh24
    ``แผว้ พรา่  เพร่อื``, fresh36d ``ทนุ สา  รอง พรา่  เพอ้``) stayed ``พร่า  เพรื่อ``, two spaces and all: the
    exact stage reads a gap only right after its consonant. Now the repaired line's leftover gap reads
    ``ำ`` where the runs read at least as well so, joined where that reads better."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    got, _ = line_by_raw("fresh24", KEY, "แผว้ พรา่  เพร่อื", repair)
    assert "แผ้ว พร่ำเพรื่อ " in got, got
    got, _ = line_by_raw("fresh36d", KEY, "ทนุ สา  รอง พรา่  เพอ้", repair)
    assert got.startswith("ทุนสำรอง พร่ำเพ้อ วัดผล "), got
    assert m.fresh_cer(KEY, repair, m.sources.fresh40_groups()) <= 0.01243
