"""Thai repair (issue 16), session 39 (h/repair39): one test per change, each on a dev pair set's
real render (tests/data/repair_freshN.json), the group repaired as one text as ``ita repair`` reads
a file.

- Noto Sans Thai read by pdfplumber sets a word's last mark after the word's real space
  (``ดีกร ีดปู ระหน่งึ`` = ``ดีกรี ดูประหนึ่ง``). Whether that space is the word's or an artefact was
  judged by reading the next run alone, but that run is broken too (``ดปู``: its SARA UU pushed onto
  the next consonant, whose run follows another space), so the joined reading always won and the
  real space went. The next run is now also read with the runs its pushed marks' artefact spaces
  cut off (as the dictionary stage joins them); the space goes only when both readings join.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_word_mark_after_its_space_keeps_the_space_when_the_next_run_reads_with_its_pushed_marks_rest():
    """fresh38 and fresh29 NotoSansThai/pdfplumber: ``ดีกร ีดปู ระหน่งึ`` reads ``ดีกรี ดูประหนึ่ง`` (not
    ``ดีกรีดูประหนึ่ง``), ``อาหรบั ราตร ีอิพเิ นฟรนิ`` reads ``อาหรับราตรี อิพิเนฟริน``; a space that only
    the pushed mark's reading keeps apart still goes (the group's other lines unchanged: fresh3's
    ``ความรู ้เพ่อื น  ามา`` keeps its space, fresh30u's ``บอร ีหมิ้ ษาปน์`` too)."""
    import measure_repair_groups as m
    from thai_repair_sets import line_by_raw

    key = "NotoSansThai/pdfplumber"
    got, true = line_by_raw("fresh38", key, "ดีกร ีดปู", repair)
    assert got == true == "ซื่อตรง ดงหญ้า ดาดฟ้า ดีกรี ดูประหนึ่งว่า ตรงเป้า", got
    got, true = line_by_raw("fresh29", key, "ราตร ีอิพ", repair)
    assert got == true == "อับเฉา อาณัติสัญญาณ อาหรับราตรี อิพิเนฟริน อีแล่ง อุบาสก", got
    got, true = line_by_raw("fresh3", key, "ความรู ้เพ่อื", repair)
    assert "ความรู้ เพื่อนำมาดำเนินการ" in got, got
    got, true = line_by_raw("fresh30u", key, "บอร ีหมิ้", repair)
    assert "แคนเทอร์เบอรี หิ้ม" in got, got
    assert m.fresh_cer(key, repair, m.sources.fresh38_groups()) <= 0.01649
    assert m.fresh_cer(key, repair, m.sources.fresh29_groups()) <= 0.01365
