"""Losses of the unbiased sets of session 37 (fresh37 born 55000–55029, fresh37j unknown titles
55400–55419, fresh37s scans 55100–55115), scored with 0.36.0 before any change.

Each test is named after what went wrong and fails on 0.36.0.
"""
from __future__ import annotations

from pathlib import Path

from corpus_seeds import assert_same_measures, render_seed


def test_header_alone_at_the_page_foot_its_last_title_line_over_the_next_part(tmp_path: Path):
    """fresh37 55024 html (one borderless measures table per issue heading, a two-level header):
    the third table's header stood alone at page 2's foot and was read as no table there; page
    3's table opened with the merged title's last line (``กับ`` / ``มาตรการ``) over measure 3's
    row: the table of no kind, ``tables not understood on p3``, measure 3 lost. It is read under
    the earlier table's header now, its rows saying so (``table_header_from_sibling``)."""
    _, _, records, expected = render_seed(55024, tmp_path, "html")
    assert records.document["status"] == "ok"
    assert_same_measures(records, expected)
    third = next(m for m in records.planned_measures if m["seq"] == 3)
    assert "table_header_from_sibling" in third["flags"]


def test_zebra_row_atop_a_page_above_the_first_band_is_one_row(tmp_path: Path):
    """fresh37 55016 html p7 (zebra measures table, padded cells, a measure's unshaded row at the
    page's top): each of the row's first lines opened the first column, so the lines above the
    first band were cut into three rows (a header, a first row and one more): the first line a
    table of its own, the row read as two measures (``กิจกรรมประเมินความ`` and
    ``งานจัดซื้อจัดจ้าง``), the second with another's period. Lines at one pitch, no row padding
    between them, are one row."""
    _, _, records, expected = render_seed(55016, tmp_path, "html")
    assert_same_measures(records, expected)
