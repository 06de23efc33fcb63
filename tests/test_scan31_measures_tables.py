"""Scanned measures tables that lost their measures (session 31, held-out fresh30u 41200-41215 at
0.30.0, dev since): one test per bug, each on the page the changelog's ``(h/scan31)`` section names.

- 41210 (200 dpi, Norasi, one bare table, m5f columns with the steps first, two-level header):
  the two measures' first lines on p6 were taken for a header drawn twice (``_header_drawings``)
  and the real header dropped, no measure read; on p7 the stretch began at the rest's last two
  step lines, which went into measure (3).
- 41209 (300 dpi, Laksaman, one measure a page under ``ประเด็นที่ …``, m5f, two-level header): each
  table was cut after its row's first two lines, the steps lost.
- 41200 (200 dpi, Waree, zebra m8, the code column left of the steps): the steps column's garbled
  title (``ข้นแตอนหรือ``) and dotless list numbers made its cells the code column's question texts,
  and the p6 part's header, clipped at the page's top, left it unstitched.
- 41205 (300 dpi, Sarabun IT9, zebra m8, a measure's steps over three pages): the repeated header
  over the rest on p3/p4 kept its own five columns, the rest lost.
"""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned


def _prepared_after(pdf, page: int, first: int | None = None):
    """(the page before's last grid, ``prepare`` of ``page`` under its columns), as the extractor
    reads a page that may go on with a table run off the page before: each page from ``first``
    (default: the page before) under the columns of the page before it."""
    from extractors.ocr.page import prepare
    from extractors.ocr.render import render_page

    first = page - 1 if first is None else first
    before = prepared_page(pdf, first, 300).grids[-1]
    for p in range(first + 1, page + 1):
        rgb, got_dpi, *_ = render_page(pdf, p, 300)
        pp = prepare(rgb, got_dpi / 300.0, [int(x) for x in before.xs])
        if p < page:
            before = pp.grids[-1]
    return before, pp


@pytest.fixture(scope="module")
def pdf_41210(tmp_path_factory):
    return scanned([41210], tmp_path_factory.mktemp("s41210"))[0]


def test_body_rows_drawn_alike_are_no_header_drawn_twice(pdf_41210):
    """41210 p6: measure (1)'s and (2)'s first lines (every column filled, same ends) were a header
    drawn twice, the last steps line over (2) its heading: the stretches cut there, the real header
    alone (three lines, no table), the body a headerless table, every measure of the document lost.
    A drawing right under another line is no header's first line (``stretches._under_header``); the
    header joins its body though their lines overlap (``_header_onto_body``)."""
    pp = prepared_page(pdf_41210, 6, 300)
    assert len(pp.grids) == 1, [(g.xs, g.ys) for g in pp.grids]
    g = pp.grids[0]
    assert len(g.xs) - 1 == 5, g.xs  # steps, measure, target, period, follow-up
    assert g.ys[0] < 400, g.ys  # the header's group title (y 381 at 300 dpi) inside
    assert g.ys[-1] > 2250, g.ys  # down to measure (2)'s first lines at the page's foot
    assert len(g.ys) - 1 == 4, g.ys  # two header rows, two measures


def test_first_column_rest_stays_above_next_row(pdf_41210):
    """41210 p7: the page goes on with measure (2)'s steps (first column alone, 16 lines); the stretch
    began at the rest's last two short lines (``ๆ ของหน่วยงาน``, ``6. ติดตาม…``), read into measure (3),
    the lines above lost to page text. The stretch takes the cell's run of lines above
    (``stretches._cell_run_above``): one rest row from the page's top, then measure (3)."""
    _, pp = _prepared_after(pdf_41210, 7)
    g = pp.grids[0]
    assert getattr(g, "rest_top", False), (g.xs, g.ys)
    assert g.ys[0] < 200, g.ys  # from the page's first line (y 156)
    assert len(g.ys) - 1 == 2 and 1150 < g.ys[1] < 1210, g.ys  # the rest, then measure (3) from y 1205


def test_second_column_rest_over_heading_stays_out_of_the_table(tmp_path_factory):
    """fresh27s 38110 p7 (300 dpi, bare per-measure m5f tables under headings): the page opens with a
    row's rest in the second column (steps), then ``ประเด็นที่ 3 …`` and the next table, whose heading
    closed its first channel. The rest is no first column's cell: it must start at the table's left
    edge to be taken in (``_cell_run_above``); taken, the rest, heading and header were one row."""
    pdf = scanned([38110], tmp_path_factory.mktemp("s38110"))[0]
    g = prepared_page(pdf, 7, 300).grids[0]
    assert g.ys[0] > 700, g.ys  # the table's header under the heading (y 846), not the rest from y 171


@pytest.fixture(scope="module")
def pdf_41209(tmp_path_factory):
    return scanned([41209], tmp_path_factory.mktemp("s41209"))[0]


@pytest.mark.parametrize("page", [3, 5])
def test_two_level_header_stretch_goes_on_with_its_body(pdf_41209, page):
    """41209 p3, p5: grown from the header, the stretch kept the row's first two lines only (a gap
    between ``1.`` and its step stood for the channels the group title closed) and ended at the long
    steps cell's next line: the steps cut after one line. A stretch from a later line inside it
    (the body's first) reaching further down gives the table its extent and channels
    (``stretches._body_under_header``)."""
    pp = prepared_page(pdf_41209, page, 300)
    assert len(pp.grids) == 1, [(g.xs, g.ys) for g in pp.grids]
    g = pp.grids[0]
    assert len(g.xs) - 1 == 5, g.xs
    assert g.ys[-1] > 2000, g.ys  # the whole steps cell (its last line at y ~2150 on p3)


def test_heading_under_table_is_no_row_of_it(tmp_path_factory):
    """fresh30s 41105 p3 (200 dpi, bare per-measure m5f tables under ``ประเด็นที่ …`` headings): the
    stretch from table (3)'s header ended at the next heading (29 px under its last line), which
    closed its channels but not those of a stretch from its body: the body's stretch took the
    heading in as a row and the table was dropped, measure (3) lost. A body's stretch outgrows its
    header's only past a cell's line gap and by two lines (``_body_under_header``): three tables."""
    pdf = scanned([41105], tmp_path_factory.mktemp("s41105"))[0]
    pp = prepared_page(pdf, 3, 300)
    assert len(pp.grids) == 3, [(g.xs, g.ys) for g in pp.grids]
    assert 2700 < pp.grids[1].ys[-1] < 2790, pp.grids[1].ys  # above the heading (y 2798)


@pytest.fixture(scope="module")
def records_41200(tmp_path_factory):
    return scan_pages_read(41200, [5, 6], tmp_path_factory.mktemp("s41200"))


def test_numbered_steps_beside_codes_are_no_question_texts(records_41200):
    """41200 p5: the steps column's title OCR garbled (``ข้นแตอนหรือ``), its list numbers' dots lost
    (``1 ทบทวน…`` / ``2 แต่งตั้งคณะ…``): the code column left of it was joined to it as the question
    texts (``codecol``), every step read as a question code (``code_unreadable:1``) and all three
    measures' steps lost, unflagged. Numbered steps are no question text (``codecol._numbered_steps``);
    dotless numbers 1, 2 … at line starts type a cell as steps (``cells._dotless_items``)."""
    ms = records_41200.planned_measures
    assert [m["seq"] for m in ms] == [1, 2, 3, 4, 5], [(m["seq"], m["measure"]) for m in ms]
    assert [len(m["steps"]) for m in ms[:2]] == [4, 4], [m["steps"] for m in ms[:2]]
    assert not any(f.startswith("code_unreadable:1") for m in ms for f in m["flags"])
    assert ms[0]["question_codes"] == ["e9"]


def test_repeated_header_clipped_at_page_top_still_stitches(records_41200):
    """41200 p6: the repeated header lost its top line (``ผลการ``, the group title, ``ตัวชี้วัดที่``) and
    p5's reads ``ข้นแตอนหรือ``: whole-header similarity 0.6, the part not stitched, measure (3)'s rest
    a measure of its own made of pieces. Column by column the titles agree (one inside the other,
    or one garbled against the other's same letters): stitched (``stitch._ocr_titles_alike``)."""
    ms = records_41200.planned_measures
    m3 = ms[2]
    assert m3["measure"].startswith("โครงการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ") and "เว็บไซต์" in m3["measure"], m3["measure"]
    assert len(m3["steps"]) == 3, m3["steps"]
    assert "row_split_across_pages" in m3["flags"]


@pytest.fixture(scope="module")
def pdf_41205(tmp_path_factory):
    return scanned([41205], tmp_path_factory.mktemp("s41205"))[0]


@pytest.mark.parametrize("page", [3, 4])
def test_repeated_header_over_rest_refits_within_drift(pdf_41205, page):
    """41205 p3, p4: the header printed again over measure (1)'s steps' rest; the rest's lines ran
    over the carried steps edge on 3 % of its height (the page sits 2 mm aside), so the carried
    columns were refused: five columns, the part unstitched, steps 4-8 lost without a flag. Each
    carried edge may clear within the drift (``carried._rest_under_header``)."""
    before, pp = _prepared_after(pdf_41205, page, first=2)
    g = pp.grids[0]
    assert len(g.xs) == len(before.xs) == 9, (g.xs, before.xs)
    assert all(abs(a - b) <= 30 for a, b in zip(g.xs, before.xs)), (g.xs, before.xs)
