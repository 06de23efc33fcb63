"""Unbiased seed 39008 html (fresh28, scored before any change; per-measure tables without
rules, the header row cut by the page break: its one-line titles at page 5's foot, its
wrapped titles, centred on their row and so staggered, at page 6's top). The carried part on
page 6 was read with those header lines above its body: the gaps between staggered lines of
two columns are negative, so every ordinary line gap of the body looked like a row's padding,
and measure 2 was cut into three rows, one line each (2 extra measures, its period lost,
flagged only ``column_low_evidence``). A table read from spacing measures a line's gap to the
line above it in its own column (``spaced_rows.row_starts(by_column=True)``)."""
from __future__ import annotations

import pytest

from corpus_seeds import expected_date, render_seed
from extractors.text import Glyph
from extractors.unruled import Line
from extractors.spaced_rows import row_starts

pytest.importorskip("weasyprint")


def _line(top: float, *spans: tuple[float, float]) -> Line:
    return Line([Glyph("ก", x0, x1, top, top + 11.5, 11.5) for x0, x1 in spans])


def test_staggered_header_lines_do_not_make_body_gaps_wide():
    # two header cells centred on their row (staggered), then a body row of three lines
    # spanning both columns with ordinary line gaps of 4 pt
    left, right = (10.0, 60.0), (100.0, 150.0)
    header = [_line(45.6, left), _line(53.3, right), _line(61.1, left), _line(68.9, right)]
    body = [_line(88.0, left, right), _line(103.5, left, right), _line(119.0, left, right)]
    cols = [80.0]
    assert row_starts(header + body, cols, by_column=True) == [0, 4]
    # measured plainly, the negative gaps made each 4 pt gap look like a row's padding
    assert row_starts(header + body, cols) == [0, 4, 5, 6]


def test_measure_under_cut_header_read_as_one_row(tmp_path):
    _, _, rec, exp = render_seed(39008, tmp_path, "html")
    assert len(rec.planned_measures) == len(exp["planned_measures"])
    got = next(m for m in rec.planned_measures if m["measure"].startswith("โครงการสำรวจความพึงพอใจ"))
    want = next(m for m in exp["planned_measures"] if m["measure"].startswith("โครงการสำรวจความพึงพอใจ"))
    assert got["measure"] == want["measure"]
    assert expected_date(got["period_start"]) == expected_date(want["period_start"])
    assert expected_date(got["period_end"]) == expected_date(want["period_end"])
    assert got["responsible"] == want["responsible"]
