"""Scanned bare measures tables drawn one per measure (no rules, no shading), each under a
two-level header whose group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ`` stands on a line of its
own over the titles' row (scan32m's unseen 46114, 300 dpi; dev since the coordinator looked at it
in session 32: every measure lost, the document ``partial``)."""
from __future__ import annotations

from corpus_seeds import prepared_page, scanned


def test_group_title_line_over_the_titles_row_is_the_header(tmp_path):
    """46114 p5 holds three such tables. A bare table's columns come from its body's white channels,
    kept where a header title stands over them; the header taken was the group title's line alone,
    which stands over the analysis columns only, so every cut was dropped and no grid was made for
    the first two tables (the third's was found only after its header was read apart). With the
    group title and the titles' row taken together as the header, each table is a grid of its five
    columns (seq, measure, finding, steps, period and units)."""
    pdf = scanned([46114], tmp_path)[0]
    pp = prepared_page(pdf, 5, 300)
    tops = sorted(g.ys[0] for g in pp.grids if len(g.xs) - 1 == 5)
    assert len(tops) == 3, [(g.xs, g.ys) for g in pp.grids]
    assert tops[0] < 700 and 1400 < tops[1] < 1650 and 2350 < tops[2] < 2600, tops
