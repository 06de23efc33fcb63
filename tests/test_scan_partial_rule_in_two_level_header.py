"""A measures table ruled with horizontal lines only, its two-level header taller than four text
lines, a partial rule under the spanning title (issue 15; dev scan 53202, html, 300 dpi, p2).

``rules.rule_grids`` stacks the long rules of one table while the stretch between two of them
holds no blank wider than a paragraph gap. The rule under ``การดำเนินงาน`` (over five of six
columns) is whitened with the others, so the stretch from the header's top rule to the body's
first rule showed a blank wider than a paragraph gap between the spanning title and the titles
under it: the header's top rule was left alone (no table), the header read as a grid of its own
with columns from its own words (``หน่วยงานที่ผลการวเคร | ¢ าะห``), no role found, and all six
measures of the document lost (``partial``). Now the stretch is looked at in parts between the
partial rules inside it. Grids are checked without Tesseract."""
from __future__ import annotations

import pytest

from corpus_seeds import prepared_page, scanned, the_wide_grid


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return scanned([53202], tmp_path_factory.mktemp("partial_rule"))[0]


def test_two_level_header_stays_on_its_table(scan):
    pp = prepared_page(scan, 2, 300)
    g = the_wide_grid(pp, 5)
    assert len(g.xs) - 1 == 6, g.xs
    # the header's top rule (over the spanning title) is the table's top; the six measure rows under it
    assert g.ys[0] < 520 * pp.scale, g.ys
    assert len(g.ys) - 1 >= 8, g.ys  # two header rows, six measures
