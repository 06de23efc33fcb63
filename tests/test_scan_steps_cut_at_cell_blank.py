"""A scanned measures table whose only shading is its header, cut inside a long steps cell
(issue 15; fresh23s seed 24102, html, scanned at 300 dpi, one measure a page, p6-p8).

``bands._header_band_grid`` ran the body down to the first blank over a fifth of the header
band (16 px) and ``_carry_on`` carried it on only past blanks up to twice that, in lines
inside one column. The steps cell's short line ``งาน`` (low letters only) over a line without
upper marks leaves a 36 px blank (p6); the score line ``(๗๘.๔๔ คะแนน)`` of the first column
sits 16 px under its name (p8); a later steps line runs 18 px over the steps/period bound
found on the body's first lines (p7). Each time the grid stopped there, the row's steps ended
mid-word (``…แต่งตั้งคณะทำงานรับผิดชอบการดำเนิน``) and the rest was read as page text: text
CER 45 % in a document that said nothing about it.

Now the body goes on past a blank under 0.8 of its text line, past a blank as narrow as one
between a cell's lines in any column, and a later wider line moves the column bound. Where a
grid still stops above a line of its own column's text, ``below.ink_below`` says so
(``ocr_ink_below_table``; the measure keeps it and the document is ``partial`` with
``measures_text_cut``). Grids are checked without Tesseract; one page is read."""
from __future__ import annotations

import pytest

from extractors import grid as G
from extractors.ocr import ocr_page
from extractors.ocr.below import ink_below
from normalizers.records.measure_gaps import text_cut
from normalizers.tables.text import squash
from corpus_seeds import prepared_page, scanned


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([24102], tmp_path_factory.mktemp("steps_cut"))[0]


def _prepared(scan, page):
    return prepared_page(scan, page, 300)


@pytest.mark.parametrize("page", [6, 7, 8])
def test_header_band_grid_reaches_the_last_steps_line(scan, page):
    pp = _prepared(scan, page)
    (g,) = [g for g in pp.grids if len(g.xs) >= 7]  # the measures table: six columns
    ink = pp.lum < 160
    x0, x1 = int(g.xs[0]), int(g.xs[-1])
    below = ink[int(g.ys[-1]) + pp.inset :, x0:x1].any(axis=1)
    # nothing of the table's text under its grid: the first ink below is far (the page foot)
    first = int(below.argmax()) if below.any() else len(below)
    assert first > 120 * pp.scale, (page, g.ys)
    # no column bound runs through the steps text: the steps column's lines keep off it
    body = ink[int(g.ys[1]) + pp.inset : int(g.ys[-1]) - pp.inset]
    t = pp.inset
    for x in g.xs[1:-1]:
        assert body[:, int(x) - t : int(x) + t].any(axis=1).sum() <= 3, (page, x, g.xs)


def test_grid_cut_inside_the_steps_cell_is_flagged(scan):
    pp = _prepared(scan, 6)
    (g,) = [g for g in pp.grids if len(g.xs) >= 7]
    page = pp.lum < 160
    rest = page.copy()
    x0, y0, x1, y1 = g.bbox
    rest[y0 - pp.inset : y1 + pp.inset, x0 - pp.inset : x1 + pp.inset] = False
    assert not ink_below(rest, page, g, pp.scale)
    # the grid as 0.23.0 cut it: under the steps line ``งาน`` (the blank of 36 px below it)
    prof = page[int(g.ys[1]) :, int(g.xs[3]) : int(g.xs[4])].any(axis=1)
    runs = [i for i in range(1, len(prof)) if prof[i - 1] and not prof[i:i + int(30 * pp.scale)].any()]
    cut_y = int(g.ys[1]) + runs[0] + 2  # the first blank of 30 px in the steps column
    assert abs(cut_y - 993) <= 6, cut_y  # where 0.23.0 ended the grid
    cut = G.Grid(xs=list(g.xs), ys=[*g.ys[:-1], cut_y], ruled=False)
    rest = page.copy()
    rest[y0 - pp.inset : cut_y + pp.inset, x0 - pp.inset : x1 + pp.inset] = False
    assert ink_below(rest, page, cut, pp.scale)
    assert text_cut([{"seq": 1, "flags": ["ocr_ink_below_table"]}, {"seq": 2, "flags": []}]) == ["measures_text_cut:1"]


def test_steps_read_to_the_end_of_the_cell(scan):
    _, tables = ocr_page(scan, 6)
    (t,) = [t for t in tables if t.n_cols >= 6]
    steps = squash(t.rows[-1][3] or "")
    # the last step's end, printed under the blank that cut the table
    assert "ประชุมชี้แจงบุคลากร" in steps and steps.endswith("ของหน่วยงาน"), steps[-80:]
    assert "ocr_ink_below_table" not in t.flags
