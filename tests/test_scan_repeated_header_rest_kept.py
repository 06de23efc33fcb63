"""A measure's rest under a header repeated at the next page's top, read from the scan itself
(issue 15; dev 62105 p5-p6, 300 dpi, one table per measure, the header repeated; the causes and
unit tests: ``tests/test_repeated_header_rest_kept.py``). Measure 4's rest on p6 was taken for the
repeated header's second line, and its part, with an empty 13 pt column, was not stitched."""
from __future__ import annotations

from corpus_seeds import scan_pages_read


def test_measure_rest_on_the_next_page_is_read_into_it(tmp_path_factory):
    rec = scan_pages_read(62105, [5, 6], tmp_path_factory.mktemp("repeated_header_rest"))
    ms = rec.planned_measures
    four = [m for m in ms if "ประเมินความเสี่ยง" in (m["measure"] or "")]
    assert len(four) == 1, [m["measure"] for m in ms]
    assert "ทรัพย์สิน" in (four[0]["analysis"] or "")
    assert any("รวบรวมข้อมูล" in s for s in four[0]["steps"]), four[0]["steps"]
    assert not any((m["measure"] or "").lstrip("ๆก").startswith("ระบวนงาน") for m in ms), [m["measure"] for m in ms]
