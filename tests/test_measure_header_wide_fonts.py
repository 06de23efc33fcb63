"""Measures tables whose headers a wide font (Waree, Norasi) or a table's own widths print
otherwise than the parser expected (issue 13, font12): two titles closer than a piece gap,
a Word header row the page break cut, a header repeated wrapped otherwise, an upper cell no
group word names over a row run off the page, titles broken a syllable a line. Each test
renders a development seed with the corpus renderer, runs the real extract and normalize
stages and checks every planned measure against the rows the corpus wrote for that draw."""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, needs_word, render_seed, titles_joined

pytest.importorskip("weasyprint")


def test_two_titles_closer_than_a_piece_gap_read_as_one_column(tmp_path):
    """Fresh13 seed 9120 (html): ``ผู้รับผิดชอบ/`` and ``หมายเหตุ`` (a remark column) set on one
    line 6 pt apart, under the 6.9-pt piece gap: one header cell, and the body's responsible
    units and remarks read into one cell (``ทุกส่วน ดำเนิน⏎ราชการ การต่อ⏎เนื่อง``; units of 2
    of 6 measures wrong). The body's channel under the header's space-wide gap splits them."""
    lay = draw_layout(9120, "html")
    assert (lay["m.columns"], lay["m.extra"], lay["m.rules"]) == ("m6", "remark", "none")
    _, ex, records, expected = render_seed(9120, tmp_path)
    short = ["".join((c or "").split()) for t in ex.tables for r in t.rows for c in r if len(c or "") < 40]
    assert not any("ทุกส่วน" in c and "เนื่อง" in c for c in short)  # units and remark in one cell
    assert_same_measures(records, expected)


def test_word_header_row_cut_by_the_page_break(tmp_path):
    """Seed 9685 (docx, Waree, one ruled-across table per measure): Word broke the third
    table's header row over the page end, its first line at the foot of page 6 and the rest
    (``ประเมิน | กิจกรรม | ผิดชอบ | ตุ``) atop page 7. The foot's line printed only part of the
    header's words, so it did not split the rules' stack (two tables read as one, the heading
    between them joining their first two columns), and page 7's rest was read as a header of
    four cells over the row (three columns as one): 2 of 4 measures lost."""
    needs_word()
    lay = draw_layout(9685, "docx")
    assert (lay["font"], lay["m.rules"], lay["m.arrangement"]) == ("Waree", "horizontal", "per_measure")
    _, ex, records, expected = render_seed(9685, tmp_path, "docx")
    assert not titles_joined(ex, "ตัวชี้วัดการ", "มาตรการ/โครงการ/")
    assert len(expected["planned_measures"]) == 4
    assert_same_measures(records, expected)


def test_upper_header_cell_no_group_word_names_over_a_row_run_off(tmp_path):
    """Seed 9612 (html, Norasi): a table per measure ruled across, ``การดำเนินงาน`` centred over
    four sub-columns (no group word). The second table on page 7 is its header and a row run
    on past the page end: the header's cells (the upper one among them) left no channel in
    that row, the sub-columns were not tried, and the measure was lost."""
    lay = draw_layout(9612, "html")
    assert (lay["font"], lay["m.rules"], lay["m.header"]) == ("Norasi", "horizontal", "two")
    _, ex, records, expected = render_seed(9612, tmp_path)
    assert_same_measures(records, expected)


def test_header_repeated_wrapped_otherwise_splits_the_tables(tmp_path):
    """Seed 9600 (html, m6, a table per measure ruled across): the next measure's table,
    narrower, wraps ``ผู้รับผิดชอบ`` as ``ผู้`` / ``รับผิดชอบ``; its header's words in reading
    order differed from the first table's, so the rules' stack was not split there: the two
    tables read as one, a measure's name, analysis and units lost."""
    lay = draw_layout(9600, "html")
    assert (lay["m.columns"], lay["m.rules"], lay["m.arrangement"]) == ("m6", "horizontal", "per_measure")
    _, ex, records, expected = render_seed(9600, tmp_path)
    assert_same_measures(records, expected)


def test_titles_broken_a_syllable_a_line(tmp_path):
    """Seed 9683 (docx, Waree, m8 without rules): narrow columns break the titles a syllable a
    line (``ปร / ะเ / ด็น / ข้อ / คำา / ถา / ม``, ``ระยะ / เวลา / ดำาเนิ / นการ``): no line named
    three roles, the table was read by its contents under a five-line header, ``ถา`` / ``ม``
    became a row of codes, and a wrapped score (``(`` / ``๗๗.9๘`` / ``คะแนน)``) started a row
    of its own: codes and periods of 1 of 3 measures lost."""
    needs_word()
    lay = draw_layout(9683, "docx")
    assert (lay["font"], lay["m.columns"], lay["m.rules"]) == ("Waree", "m8", "none")
    _, ex, records, expected = render_seed(9683, tmp_path, "docx")
    assert all("table_unruled:spacing" in t.flags for t in ex.tables if len(t.rows[0]) >= 8)
    got = {m["seq"]: m for m in records.planned_measures}
    for want in expected["planned_measures"]:
        assert got[want["seq"]]["question_codes"] == want["question_codes"]
    assert_same_measures(records, expected)
