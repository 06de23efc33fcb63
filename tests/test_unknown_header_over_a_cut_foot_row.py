"""A measures table under column titles that name nothing (coordinator's seed 45417 docx, every
column title from the corpus's ``unknown`` bank), whose page ends inside its fourth row."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus.fuzz import fuzz
from corpus_seeds import assert_same_measures, needs_word, read_rendered

pytest.importorskip("weasyprint")


def test_unknown_header_over_a_table_whose_last_row_the_page_cut(tmp_path: Path):
    """45417 docx p2: a borderless table, header ``เรื่องที่ประเมิน | จุดควรเสริม | … | ส่วนที่ ๒
    ทำอย่างไร | กำหนดการ | ค่าที่หวัง`` (no vocabulary word), three measure rows and the first
    line of a fourth, which the page break cut (``ตัวชี้วัดที่ | o26 o27 | … | ปีงบปร``). The header
    is told by what its columns hold (periods, steps), but the cut row's cells are not of their
    column's kind, so each column was typed 3 of 4 (< 80 %): the header was read as a measure
    (an extra row with ``ส่วนที่ ๒ ทำอย่างไร`` as its steps, flagged ``measure_name_missing``).
    The table's last row may be a cut row and is not held against its column."""
    needs_word()
    fuzz([45417], tmp_path, "docx", log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / "s045417_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"])
    assert not any("ส่วนที่" in " ".join(m["steps"] or []) for m in records["planned_measures"])
    assert all(m["measure"] for m in records["planned_measures"])
    assert_same_measures(SimpleNamespace(**records), expected)


def test_unknown_header_alone_at_the_foot_with_its_titles_wrapped_is_no_row(tmp_path: Path):
    """47406 docx p6 (unknown titles, per-measure tables ruled across): the next measure's
    header alone at the page's foot, its titles wrapped over two lines (``เรื่องที่ | ชื่อเรื่อง |
    … | กำหนดก`` / ``ประเมิน | … | าร``), its row on p7. The two lines went on the table above as a
    body row, since no line alone equals a header line: an extra measure ``ชื่อเรื่อง`` (flagged)
    and the next measure's period start unread. Rows that hold the header's letters, cut into
    lines by other bounds, are the header again."""
    needs_word()
    fuzz([47406], tmp_path, "docx", log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / "s047406_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"])
    assert all(m["period_start"] is not None for m in records["planned_measures"])
    assert_same_measures(SimpleNamespace(**records), expected)


def test_unknown_two_level_header_read_line_by_line_is_a_header_band(tmp_path: Path):
    """47411 docx p6/p7 (unknown titles, one table per measure, no rules, two-level header): each
    header comes out as three rows, the group title alone (``ส่วนที่ ๒``), the titles beside the
    group (``กลุ่มเรื่อง | หัวเรื่อง | ที่มา``), the group's sub-column titles, in either order of
    the first two. No row alone reads as a header, so all three were read as measures (three extra
    rows, flagged) and measure 2 was cut in two. Rows of short titles only, over columns of codes
    and periods, joined column by column, make the header."""
    needs_word()
    fuzz([47411], tmp_path, "docx", log=lambda *_: None, header_words="unknown")
    records, expected = read_rendered(str(tmp_path / "s047411_docx.pdf"))
    assert len(records["planned_measures"]) == len(expected["planned_measures"])
    assert not any((m["measure"] or "").startswith(("ส่วนที่", "สิ่งที่ลงมือ")) for m in records["planned_measures"])
    assert_same_measures(SimpleNamespace(**records), expected)
