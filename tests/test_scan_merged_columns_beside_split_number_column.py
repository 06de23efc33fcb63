"""u52b 52201 (scans, dev; one table per measure on pages 5-8, ruled across only, a two-level
header, columns printed right to left): on pages 5, 7 and 8 the all-rows white channels cut the
narrow ``ที่`` column in two (body ink with no title, a title with no body ink) and found no
channel between the responsible units and the measure under the group title, so the two were
read as one cell: three measures' names lost (found 0.5, CER 0.62, units 0.25). The body-channel
reading had as many columns, each with a title and body text; it was refused for not having
*more*. Now the reading whose cells fit is kept (``extractors/ocr/titled_fit.py``). Real
simulated scan."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read, scanned
from extractors.ocr import ocr_page

SEED = 52201


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("s52201")


def test_scan_merged_columns_beside_split_number_column(out):
    _, tables = ocr_page(scanned([SEED], out)[0], 5)
    (t,) = [t for t in tables if t.n_cols >= 5]
    body = [c or "" for c in t.rows[-1]]
    unit = [c for c in body if "เกษตร" in c]  # กองส่งเสริมการเกษตร
    measure = [c for c in body if "วัฒนธรรม" in c]  # ๑) โครงการสร้างวัฒนธรรมองค์กร…
    assert unit and measure and unit[0] is not measure[0]  # units and measure in cells of their own
    assert all(c.strip() for c in t.rows[0])  # every column has a title


def test_split_number_column_measures_named(out):
    recs = scan_pages_read(SEED, [5, 6, 7, 8], out)
    ms = recs.planned_measures
    assert len(ms) == 4
    assert all(m["measure"] for m in ms)
    assert all(m["responsible"] for m in ms)
