"""A scanned zebra measures table whose header and first measure row were read as one row (issue
15, dev seed 21792 p5, 200 dpi): every cell opens with its column's title, then holds measure 1's
cell (``ตัวชี้วัด⏎ตัวชี้วัดที่8 การ…`` | ``มาตรการ⏎๑) มาตรการส่งเสริม…`` | …). Not a header by its
words (two cells of body evidence), not data either: the table had no header, was of no kind,
and all six measures of the document were lost. The row is parted (``grid._fused_measure_header``):
the titles head the table, the rest is measure 1. Real pixels of the corpus' own scan."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("fused_measure_header")


def test_header_fused_with_measure_one_is_parted(out):
    rec = scan_pages_read(21792, [5], out)
    ms = rec.planned_measures
    assert ms, "no measure read from p5"
    first = ms[0]
    assert first["measure"].replace(" ", "").startswith("มาตรการส่งเสริมการมีส่วนร่วมของประชาชน"), first
    assert first["indicator_no"] == 8, first
    # the titles are no part of the row
    assert not (first["analysis"] or "").startswith("ประเด็นที่ต้องปรับปรุง"), first
    assert all(not s.startswith("ขั้นตอน") for s in first["steps"]), first
