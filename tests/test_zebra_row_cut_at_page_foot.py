"""A zebra-striped measures table whose row the page break cut right after the row began: the
row's first part (one unshaded line, its unit ``กองช่าง`` alone) sat under the last shaded band
at the page's foot, and a last row below the bands had to fill two columns to be taken: the unit
was lost without a flag (fresh25 seed 34011 html, unbiased set of session 26; real extract and
normalize on a corpus render)."""

import pytest

from corpus.space import draw_layout
from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_one_column_row_part_at_page_foot_under_zebra_bands_is_kept(tmp_path):
    lay = draw_layout(34011)
    assert (lay["m.rules"], lay["m.arrangement"]) == ("zebra", "one_table")
    _, ex, records, expected = render_seed(34011, tmp_path)
    # the extractor keeps the cut row's first part as a last row of page 2's table
    p2 = [t for t in ex.tables if t.page == 2 and len(t.rows[0]) >= 6]
    assert p2 and any(sum(1 for c in r if (c or "").strip()) == 1 and "กองช" in "".join(c or "" for c in r)
                      for r in p2[0].rows[-1:])
    want = {m["seq"]: m for m in expected["planned_measures"]}
    got = {m["seq"]: m for m in records.planned_measures}
    assert sorted(got) == sorted(want)
    cut = [s for s, m in want.items() if m["page_first"] != m["page_last"]]
    assert cut, "the corpus row runs across the page break"
    for s in cut:
        assert got[s]["responsible"] == want[s]["responsible"]
        assert (got[s]["page_first"], got[s]["page_last"]) == (want[s]["page_first"], want[s]["page_last"])
        assert "row_split_across_pages" in got[s]["flags"]
    for s in want:
        assert got[s]["responsible"] == want[s]["responsible"]
