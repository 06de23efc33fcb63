"""Headings over tables that start alike (issue 13): dev seed 19210 html draws one zebra table
per measure, all under the same header; measure 4's header was cut at page 4's foot (its heading
ประเด็นที่ 4 there), so page 5's first table starts with the header's rest, whose first line
(``ขั้นตอนหรือวิธีการปฏิบัติ``) is not printed at the page's top. Looking for that line took the
next table's place in the page text, and its heading: measures 4 and 5 got the indicator of the
heading of the measure after them (1 -> 7, 7 -> 3; flagged indicator_from_heading only). A table
whose first line is printed fewer times below than the tables still to place that start with it
is skipped. One HTML render, the real extract and normalize stages.
"""

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_each_measure_under_its_own_heading(tmp_path):
    _, ex, records, expected = render_seed(19210, tmp_path, "html")
    p5 = next(p for p in ex.pages if p.page == 5).full_text
    assert p5.index("ประเด็นที่ 5") < p5.index("๕) โครงการปรับปรุง") < p5.index("ประเด็นที่ 6")
    got = {m["seq"]: m["indicator_no"] for m in records.planned_measures}
    assert got == {m["seq"]: m["indicator_no"] for m in expected["planned_measures"]}
    assert (got[4], got[5], got[6]) == (1, 7, 3)
