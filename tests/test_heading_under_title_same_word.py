"""A measures table's heading under a page title that starts with the table's first word (dev
seed 18429 html, one measures table per page under ``ประเด็นที่ N …``): page 2 prints the plan's
title ``มาตรการส่งเสริมคุณธรรม…``, the body's name, ``ประเด็นที่ 1 การใช้อำนาจ`` and then the table,
whose header cell is ``มาตรการ``. The heading finder took the title line for the table's first
line, so the table had no heading and measure 1's indicator_no was null with no flag (the
corpus score did not count it until 0.19.0). The table's first line is now the one nearest above
its body. One HTML render, the real extract and normalize stages; indicator numbers come from the
headings' names (``การใช้อำนาจ`` is indicator 3 although the report numbers the issue 1)."""

from corpus_seeds import render_seed


def test_heading_under_a_title_with_the_same_first_word(tmp_path):
    _, _, records, expected = render_seed(18429, tmp_path, "html")
    want = [m["indicator_no"] for m in expected["planned_measures"]]
    got = [m["indicator_no"] for m in records.planned_measures]
    assert want[0] == 3 and got == want
