"""A measure's table whose two-level header stands alone at a page's foot, its row moved on whole
to the next page, where the row's measure text starts left of the header's centred first title
(coordinator's seed 45028 docx, Laksaman, no rules, one table per measure)."""
from __future__ import annotations

from corpus_seeds import assert_same_measures, needs_word, render_seed


def test_carried_header_alone_text_left_of_centred_title_is_no_new_column(tmp_path):
    """Page 2 ends with measure 3's header alone (``มาตรการ`` centred over its column); page 3
    opens with measure 3's row, its name starting at the table's left edge. That text, left of
    the carried edge, was taken for a column the carried header lacked: a cut was placed in the
    measure column's own channel, a sliver column stood empty between the name and the steps, the
    steps were read as the period and measure 3 was lost (``measure_numbers_gap:3``, document
    ``partial``). A column beyond a carried edge needs the carried outer column to keep ink of
    its own beside it."""
    needs_word()
    _, ex, records, expected = render_seed(45028, tmp_path, "docx")
    first = next(t for t in ex.tables if t.page == 3)
    assert len(first.col_x) == 6 and all(b - a > 20 for a, b in zip(first.col_x, first.col_x[1:]))
    assert records.document["status"] == "ok"
    m3 = next(m for m in records.planned_measures if m["seq"] == 3)
    assert m3["measure"] == "แนวทางสำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงงาน"
    assert_same_measures(records, expected)
