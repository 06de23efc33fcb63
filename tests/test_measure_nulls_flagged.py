"""No planned-measure field comes out null or empty without a flag saying why
(``normalizers.records.measure_nulls``). fresh20s 20314 (an HTML render scanned): measure 1 on
page 6 (read here with page 1, for the document's years and ITA wording) was read with its period, its finding and its indicator null and ``flags == []``; the
scan reading is another helper's issue, the silence is not. Now each null a column of the table
would fill carries ``cell_empty:<role>`` (the cell was read blank), and the indicator, which no
column, heading or code gave, ``indicator_not_found``."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read

pytest.importorskip("weasyprint")

FIELDS = ("indicator_no", "measure", "analysis", "steps", "period_text", "period_start", "period_end",
          "responsible", "follow_up")


@pytest.fixture(scope="module")
def scan_p6(tmp_path_factory):
    return scan_pages_read(20314, [1, 6], tmp_path_factory.mktemp("nulls_flagged_scan"))


def test_scan_row_with_null_fields_is_flagged(scan_p6):
    ms = scan_p6.planned_measures
    assert ms
    m = ms[0]
    assert m["period_text"] is None and m["analysis"] is None and m["indicator_no"] is None
    assert {"cell_empty:period", "cell_empty:analysis"} <= set(m["flags"])
    assert "indicator_not_found" in m["flags"] or "cell_empty:indicator" in m["flags"]


def test_no_null_field_without_a_flag(scan_p6):
    for m in scan_p6.planned_measures:
        empty = [f for f in FIELDS if m.get(f) in (None, "", [])]
        assert not empty or m["flags"], (m["seq"], empty)
