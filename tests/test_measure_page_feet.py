"""Measures tables without rules at page feet and page tops (issue 13, foot12): a heading over
the next page's own table read as a row of the table carried from the page before, and the
header-leftover clearing that then emptied a field silently. One Word render (fresh12d seed
9005), read once; the real extract and normalize stages run on it.
"""

import copy

import pytest

from corpus_seeds import assert_same_measures, needs_word, render_seed
from corpus.space import draw_layout
from normalizers.document import normalize

pytest.importorskip("weasyprint")

HEADING = "ประเด็นที่"


def _seed_9005(tmp_path):
    needs_word()
    lay = draw_layout(9005, "docx")
    assert (lay["m.rules"], lay["m.arrangement"]) == ("none", "per_measure")
    return render_seed(9005, tmp_path, "docx")


def test_heading_over_next_pages_table_is_no_row_of_the_carried_table(tmp_path):
    """Seed 9005 (docx, no rules, one table per measure): measure 2's table ran to the foot of
    page 8, so page 9 was first read as its continuation; page 9 opens with the heading
    ``ประเด็นที่ 3 คุณภาพการดำเนินงาน`` (a larger font) over measure 3's own header, and the
    heading became the carried table's row, its header and body one row under it: measure 3
    lost, and measure 2's follow-up (``สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ``, also printed in
    that body) emptied as a header leftover, unflagged. A larger first line is a heading, and
    a header naming the roles ends a continuation."""
    _, ex, records, expected = _seed_9005(tmp_path)
    p9 = [t for t in ex.tables if t.page == 9]
    assert p9 and not any(HEADING in "".join(c or "" for c in row) for t in p9 for row in t.rows)
    assert_same_measures(records, expected)
    follow = {m["seq"]: m["follow_up"] for m in records.planned_measures}
    assert follow == {m["seq"]: m["follow_up"] for m in expected["planned_measures"]}


def test_header_leftover_clearing_keeps_a_field_the_header_only_seemed_to_hold(tmp_path):
    """The same document with page 9's table read the old way (the heading as its first row,
    the real header joined to the body row below it: the header then holds measure 3's
    follow-up text): measure 2's follow-up is the same words, and clearing the page's first
    row's cells made of the document's header text emptied it with no flag. A long cell that
    is no header words, beside the row's own text, is now kept and flagged
    (``header_text_kept``)."""
    _, ex, _, expected = _seed_9005(tmp_path)
    ex = copy.deepcopy(ex)
    t = next(t for t in ex.tables if t.page == 9)
    header, body = t.rows[0], t.rows[1]
    t.rows = [["ประเด็นที่ 3", "คุณภาพการดำเนินงาน", "", "", ""],
              [f"{h}\n{b}" for h, b in zip(header, body)], *t.rows[2:]]
    t.cell_conf = None if t.cell_conf is None else [[1.0] * len(row) for row in t.rows]
    got = {m["seq"]: m for m in normalize(ex).planned_measures}
    want = next(m for m in expected["planned_measures"] if m["seq"] == 2)
    assert got[2]["follow_up"] == want["follow_up"]
    # born18: a cell holding two or more numbered items (the steps ``1. … 2. …`` joined under
    # ``วิธีการดำเนินการ``) is data, never a column title, so the joined header-and-body row is no
    # longer read as the header; nothing of measure 2's is cleared (no header_text_kept needed),
    # and measure 3, read with its titles inside its cells, says so
    assert not any(f.startswith("header_text_kept") for f in got[2]["flags"])
    assert "column_unmapped_text" in got[3]["flags"]


def test_period_above_the_break_and_units_after_it_are_one_measure(tmp_path):
    """Seed 8042 (html, horizontal rules, one table per measure, header repeated): measure 3's
    row began at the foot of page 4 with its period, budget and the first words of its
    measure (``โครงการปรับปรุง``); its indicator, steps and units cells printed all on page 5
    under the header printed again. One tell (cells after the break only) was too few, and
    the row's two parts came out as two measures (the second named ``ขั้นตอนการให้บริการ…``,
    no period). The period above the break only and the units after it only is a tell too."""
    lay = draw_layout(8042, "html")
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.repeat_header"]) == ("horizontal", "per_measure", "yes")
    _, _, records, expected = render_seed(8042, tmp_path, "html")
    assert_same_measures(records, expected)
    got = {m["seq"]: m for m in records.planned_measures}
    assert "row_split_across_pages" in got[3]["flags"]


def test_row_longer_than_two_pages_keeps_its_steps_on_the_third(tmp_path):
    """Seed 9121 (html, no rules, one table, the steps column first): the last measure's row
    ran from page 5 over page 6 to page 7, its steps alone on the last two. Page 6's rest of
    the row was read as the table's continuation (anchored on the measure's column, which the
    header named), but that continuation has no header, so the columns carried to page 7
    anchored on the first column, and the rest of a row never lies in its anchor column alone:
    page 7's steps were dropped (4 of 8 steps, unflagged). A continuation alone on its page
    carries on the anchor (and header) of the table it continues."""
    lay = draw_layout(9121, "html")
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.long_rows"]) == ("none", "one_table", "yes")
    _, ex, records, expected = render_seed(9121, tmp_path, "html")
    assert any(t.page == 7 for t in ex.tables)
    assert_same_measures(records, expected)
