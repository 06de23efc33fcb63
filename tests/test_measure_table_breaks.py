"""Measures tables that lost whole rows or read columns into the wrong fields on fresh
development seeds 1500-1599 (issue 13, items 4 and 5: tables without rules, ruled across only
or zebra-shaded; long rows, two-level headers, landscape pages), one test per bug: the real
extract and normalize stages run on a corpus render and its measure rows are compared with
the corpus' expected file."""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, expected_date, render_seed

pytest.importorskip("weasyprint")


def test_upper_header_cell_touching_one_sub_column_is_no_column(tmp_path):
    """Seed 1529 (docx): no rules, a two-level header whose upper cell (``การดำเนินงาน``) is
    centred over the channel between two sub-column names and only touches one of them. It
    was read as a column of its own, no body line fitted, and all three measures were lost.
    A piece between two sub-column names that have nothing above them is an upper cell."""
    lay = draw_layout(1529)
    assert (lay["m.rules"], lay["m.header"]) == ("none", "two")
    _, ex, records, expected = render_seed(1529, tmp_path, "docx")
    spaced = [t for t in ex.tables if "table_unruled:spacing" in t.flags]
    assert spaced and all(t.n_cols == 5 for t in spaced)
    assert_same_measures(records, expected)


def test_rules_across_row_longer_than_a_page_keeps_its_run_on_and_middle_pages(tmp_path):
    """Seed 1557 (html): one table ruled across only, rows longer than a page. A row that
    starts under a page's one rule and runs on past the page's end, with its last column
    empty, was dropped (its column bounds moved two onto one channel), and a page in the
    middle of a row, without any rule, was not read at all: four of six measures lost.
    Bounds already in the row's whitespace stay; a page without rules under a table ruled
    across that ran off the page before is the middle of its row."""
    lay = draw_layout(1557)
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.long_rows"]) == ("horizontal", "one_table", "yes")
    _, ex, records, expected = render_seed(1557, tmp_path)
    middle = [t for t in ex.tables if "table_unruled:rules_across" in t.flags and t.n_cols == 7 and len(t.rows) == 1]
    assert middle, "a page without rules read as the middle of the row"
    assert_same_measures(records, expected)


def test_unruled_table_parts_whose_text_ends_short_are_one_table(tmp_path):
    """Seed 1596 (html): one table without rules over several landscape pages; the first
    page's text ends 9 pt short of the next one's on the right (a short budget column), so
    the parts were not stitched and the headerless rest (five of six measures) was lost.
    Also, the page's last row had its key cells printed on the next page only (the browser
    moved them), so its units went to the measure above. An outer edge of a table placed by
    its text may move like an inner bound; keys printed only after the break join the row."""
    lay = draw_layout(1596)
    assert (lay["m.rules"], lay["m.arrangement"]) == ("none", "one_table")
    _, ex, records, expected = render_seed(1596, tmp_path)
    assert_same_measures(records, expected)


def test_zebra_row_longer_than_a_page_is_not_joined_to_the_next(tmp_path):
    """Seed 1548 (docx): a zebra table whose unshaded row runs on over the whole next page
    under the repeated shaded header, the next (shaded) row starting at the page foot more
    than 400 pt below the header. The two bands were not one stack, so the header's table
    ran on into the next row and two measures were joined (CER 0.80). Bands of one edge
    are one stack however far apart; the text between them decides."""
    lay = draw_layout(1548)
    assert (lay["m.rules"], lay["m.long_rows"]) == ("zebra", "yes")
    _, ex, records, expected = render_seed(1548, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_centred_header_word_wider_than_the_line_above_stays_in_the_header(tmp_path):
    """Seed 1596 (docx): the header cell ``งบ`` / ``ประมาณ`` / ``(บาท)`` is centred, its second
    line wider than its first, so the header ended above it and ``ผิดชอบ`` (the wrapped end
    of ``ส่วนราชการที่รับผิดชอบ``) became a responsible unit of the first measure. A line
    centred under a header cell and clear of its neighbours wraps the header."""
    _, ex, records, expected = render_seed(1596, tmp_path, "docx")
    assert not any("ผิดชอบ" in u for m in records.planned_measures for u in m["responsible"])
    assert_same_measures(records, expected)


def test_body_line_under_a_group_header_cell_is_not_a_header_wrap(tmp_path):
    """Seed 1514 (docx): a two-level header repeated over the rest of a row; the rest's first
    steps line lies under the wide group cell (``แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) and
    was read as a wrapped header word, so it was lost (CER 0.11). An upper cell over two
    sub-columns no longer holds wrapped words."""
    lay = draw_layout(1514)
    assert lay["m.header"] == "two"
    _, ex, records, expected = render_seed(1514, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_row_cut_by_a_page_break_with_units_going_on_unmarked_is_joined(tmp_path):
    """Seed 1599 (docx): a row cut by a page break, the rest under the repeated header; its
    steps go on unnumbered and its units cell goes on with ``แวดล้อม`` under
    ``- กองสาธารณสุขและสิ่ง``. One tell was not enough, so the measure was read as two (CER
    0.12). A units list going on without its mark is a second tell."""
    lay = draw_layout(1599)
    assert (lay["m.rules"], lay["m.long_rows"]) == ("horizontal", "yes")
    _, ex, records, expected = render_seed(1599, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_lone_number_under_an_anchor_cell_is_its_wrapped_text(tmp_path):
    """Seed 1544 (docx): a Word table without rules or cell padding; the indicator cell
    ``ตัวชี้วัดที่`` / ``๗`` wraps its number onto a line of its own, which was read as a
    sequence number starting a row, cutting the measure after its first line (name, units
    and period lost). A lone number starts a row only under an empty anchor cell or another
    lone number. (The first measure's last step still loses its last word ``หน่วยงาน``, alone
    at the next page's top and taken for a leftover of the units column's title.)"""
    lay = draw_layout(1544)
    assert (lay["m.rules"], lay["m.arrangement"]) == ("none", "one_table")
    _, ex, records, expected = render_seed(1544, tmp_path, "docx")
    want = expected["planned_measures"]
    assert len(records.planned_measures) == len(want)
    for g, w in zip(sorted(records.planned_measures, key=lambda m: m["seq"]), want):
        assert g["measure"] == w["measure"]
        assert g["responsible"] == w["responsible"]
        assert (g["period_start"], g["period_end"]) == (expected_date(w["period_start"]), expected_date(w["period_end"]))


def test_table_per_measure_cut_by_a_page_break_is_one_measure(tmp_path):
    """Seed 1524 (docx): a table per measure ruled across; one measure's row is cut by the
    page break (``5. โครงการประเมินความเสี่ยงการ`` / ``ทุจริตในกระบวนงานจัดซื้อจัดจ้าง``). Its
    table holds that one measure, so "most measures of the table start with a number" could
    not be told and the rest became a measure of its own (CER 0.44). The rows that do not
    open a page all starting with a number now say so."""
    lay = draw_layout(1524)
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.numbering"]) == ("horizontal", "per_measure", "arabic_dot")
    _, ex, records, expected = render_seed(1524, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_parenthesised_measure_numbers_tell_a_row_cut_by_a_page_break(tmp_path):
    """Seed 1501 (docx): measures numbered ``(1)``, ``(2)`` in a zebra table; a row cut after
    its first line (``(2) มาตรการจัดทำ`` / ``รายงานผลการดำเนินงาน…``) was read as two measures
    (CER 0.34): a number in brackets was not taken for an item start."""
    lay = draw_layout(1501)
    assert (lay["m.rules"], lay["m.numbering"]) == ("zebra", "paren_both")
    _, ex, records, expected = render_seed(1501, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_measure_numbers_count_rows_where_the_first_cell_runs_into_the_next_row(tmp_path):
    """Seed 1537 (docx): a Word table without rules or cell padding whose first column
    (period and units) has text on the last line of a row and the first line of the next,
    so no empty line marked the row start and measures (4) and (5) were read as one (one
    measure lost, CER 0.94). A measure column going on to its next number starts a row."""
    lay = draw_layout(1537)
    assert (lay["m.rules"], lay["m.numbering"]) == ("none", "paren_both")
    _, ex, records, expected = render_seed(1537, tmp_path, "docx")
    assert_same_measures(records, expected)


def test_row_begun_above_a_break_without_its_measure_is_joined(tmp_path):
    """Seed 13 (html): a table per measure without rules; a row begins at a page foot with its
    indicator, first step and units while its measure cell prints all on the next page (with
    the indicator's tail ``(98.66 คะแนน)``). With one tell only (the steps numbering going
    on) the part above the break became a measure without a name and its units were lost
    to the measure below. A measure printed only after the break is a second tell."""
    lay = draw_layout(13)
    assert (lay["m.rules"], lay["m.arrangement"]) == ("none", "per_measure")
    _, ex, records, expected = render_seed(13, tmp_path)
    assert all(m["measure"] for m in records.planned_measures)
    assert_same_measures(records, expected)


def test_header_repeated_at_the_page_top_leaves_the_rows_first_lines_to_the_row(tmp_path):
    """Seed 2805 (docx): no rules, one table per measure, the header repeated on the next
    page. In a Word table without cell padding the continued row's first lines follow the
    repeated header's tall cells closely and print no digit, so ``งาน`` / ``ประชาสัมพันธ์``
    (a unit) and the first steps line were read into the header: the unit and the line were
    lost. The header at the top of the page is compared with the carried one (the same cells
    over fewer lines); the lines past it belong to the row."""
    lay = draw_layout(2805)
    assert (lay["m.rules"], lay["m.arrangement"], lay["m.repeat_header"]) == ("none", "per_measure", "yes")
    _, ex, records, expected = render_seed(2805, tmp_path, "docx")
    heads = [t.rows[0] for t in ex.tables if "table_unruled:spacing" in t.flags]
    assert heads and all("ประชาสัมพันธ์" not in (x or "") for h in heads for x in h)
    assert_same_measures(records, expected)
