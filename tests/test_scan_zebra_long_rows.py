"""Scanned measures tables in zebra shading with long rows (issue 15, family B: the measures table
of a scan lost whole while the rest of the report reads).

- fresh31u 43209 p6 (200 dpi, landscape, one zebra table, two-level header drawn again): measure 3's
  unshaded row, its steps cell 950 px tall at 300 dpi, stands between the rest band under the header
  and measure 4's band at the page's foot. A band more than three bands' height under the last one
  started a stack of its own, the table's body was cut three bands under its last band (row 3's
  last lines lost) and the foot band, a lone light band, was read as no table: measure 4's name and
  units lost, its rest on page 7 a measure without a name (measure text CER 0.141, units 50 %). The
  unshaded stretch between two bands that is one tall row's text (inked from top to foot, no
  paragraph gap: ``band_stacks._cell_text_between``) keeps the stack going.
- fresh32s 45104 p6/p7 (200 dpi, landscape, zebra, long rows, a two-level header whose group title
  spans the steps and the units columns): the steps' longest line ends 19 px left of the units
  column's one or two lines (``ทุกส่วนราชการ``). The channel is narrower than a column gap and the
  units' lines too few to show a column's aligned starts, so the header's blank under the group
  title was not used: steps and units read as one column, the units lost and the steps run into
  them (measure text CER 0.506, units 60 %). A narrow channel with every line right of it starting
  at its edge and twice as many lines (three at least) ending left of it parts a long cell from a
  short one (``columns._short_cell_beside_long``) and is cut where the header shows the border.
"""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scan_pages_read, scanned, wide_grids


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    return dict(zip((43209, 45104, 41201), scanned([43209, 45104, 41201], tmp_path_factory.mktemp("zebra_long"))))


def test_zebra_white_row_taller_than_three_bands_keeps_the_table_going(pdfs):
    """43209 p6 at 300 dpi: one grid from the header band (y 164) down past measure 4's band at
    the page's foot (y 2150-2318), five columns; not a grid cut at y ~1550 in measure 3's row."""
    pp = prepared_page(pdfs[43209], 6, 300)
    tables = [g for g in pp.grids if len(g.xs) - 1 >= 5]
    assert len(tables) == 1, [(g.xs, g.ys) for g in pp.grids]
    g = tables[0]
    assert abs(g.ys[0] - 164) <= 30, g.ys
    assert g.ys[-1] >= 2300, g.ys
    assert any(abs(y - 2150) <= 30 for y in g.ys), g.ys  # the foot band is a row of its own


def test_zebra_long_row_then_heading_then_next_tables_header_stay_two_tables(pdfs):
    """fresh30u 41201 p4 (300 dpi, tables one per measure, each under a shaded header): measure 1's
    long white row, the heading ``ประเด็นที่ ๒ …`` right under it, then the next table's header band.
    The stretch between the two header bands is no row of one table: two grids, the first ending
    above the heading (y ~2108), the second starting at its header band (y 2236) with six columns."""
    pp = prepared_page(pdfs[41201], 4, 300)
    tops = sorted(g.ys[0] for g in pp.grids if len(g.xs) - 1 >= 4)
    assert any(abs(t - 584) <= 30 for t in tops) and any(abs(t - 2236) <= 30 for t in tops), \
        [(g.xs, g.ys) for g in pp.grids]
    first = [g for g in pp.grids if abs(g.ys[0] - 584) <= 30][0]
    assert first.ys[-1] < 2236, first.ys


def test_zebra_white_row_taller_than_three_bands_row_under_it_read(tmp_path_factory):
    """43209 p6 read alone: measure 4's first lines at the page's foot give its name and units."""
    rec = scan_pages_read(43209, [6], tmp_path_factory.mktemp("z43209"))
    names = [m.get("measure") or "" for m in rec.planned_measures]
    m4 = [m for m in rec.planned_measures if "เผยแพร่ข่าวสาร" in (m.get("measure") or "")]
    assert m4, names
    assert m4[0]["responsible"] == ["งานบริหารงานบุคคล", "สำนักปลัด"], m4[0]


@pytest.mark.parametrize("page,cut", [(6, 2202), (7, 2202)])
def test_steps_channel_beside_a_short_units_cell_is_a_column(pdfs, page, cut):
    """45104 p6/p7 at 300 dpi: the measures grid has six columns, one edge between the steps'
    longest line and the units (x ~2202), the header's group title a row of its own."""
    pp = prepared_page(pdfs[45104], page, 300)
    wide = wide_grids(pp, 5)
    assert wide, [(g.xs, g.ys) for g in pp.grids]
    g = max(wide, key=lambda g: g.ys[-1] - g.ys[0])
    assert len(g.xs) - 1 == 6, g.xs
    assert any(abs(x - cut) <= 20 for x in g.xs), g.xs


def test_steps_channel_beside_a_short_units_cell_units_read(tmp_path_factory):
    """45104 p6 read alone: measure 1's units are its own (``ทุกส่วนราชการ``), not lost into the
    steps, and no step holds them."""
    rec = scan_pages_read(45104, [6], tmp_path_factory.mktemp("z45104"))
    ms = [m for m in rec.planned_measures if "ขั้นตอนการให้บริการ" in (m.get("measure") or "")]
    assert ms, [m.get("measure") for m in rec.planned_measures]
    m = ms[0]
    assert m["responsible"] == ["ทุกส่วนราชการ"], m
    assert m["steps"] and "ทุกส่วนราชการ" not in m["steps"][0], m["steps"]  # step 1 ends at เจ้าหน้าที่
