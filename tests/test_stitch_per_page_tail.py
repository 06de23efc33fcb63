"""Measures tables drawn one per page (issue 13, born17): each page's table sizes its columns
to its own text, and a measure whose row ran over two page breaks left its rest on the next
pages in that page's columns. The rest was compared with the first page's table only, so it
stayed a table of its own (``tables not understood``) and the measure lost its last four
steps without a flag. One HTML render (dev seed 17381), the real extract and normalize stages.
"""

import pytest

from corpus.space import draw_layout
from corpus_seeds import assert_same_measures, render_seed

pytest.importorskip("weasyprint")


def test_row_rest_lines_up_with_its_own_pages_part(tmp_path):
    lay = draw_layout(17381, "html")
    assert (lay["m.arrangement"], lay["m.rules"], lay["m.repeat_header"]) == ("per_page", "grid", "no")
    _, ex, records, expected = render_seed(17381, tmp_path, "html")
    rests = [t for t in ex.tables if t.page in (9, 10)]
    assert rests and all(sum(1 for c in t.rows[0] if (c or "").strip()) == 1 for t in rests)
    steps = {m["seq"]: m["steps"] for m in records.planned_measures}
    want = next(m for m in expected["planned_measures"] if m["seq"] == 3)
    assert len(want["steps"]) == 8 and steps[3] == want["steps"]
    assert records.document["status"] == "ok"
    assert_same_measures(records, expected)
