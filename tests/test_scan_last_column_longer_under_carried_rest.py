"""A scanned bare measures table (no rules, one table, six columns) run over several pages, its
rows' rests carried from page to page (coordinator's fresh32s 45105, 200 dpi, Loma)."""
from __future__ import annotations

import json

from corpus_seeds import expected_date, scanned
from extractors.document import extract_document
from normalizers.document import normalize


def test_table_whose_last_column_reaches_past_the_carried_edge_takes_the_carried_columns(tmp_path):
    """Page 9 opens with measure 3's rest, then measure 4's row. That row's own columns came from
    its body's white channels: the period column's channel beside the steps (``ไตรมาส ที่ 1-3``)
    is narrower than a column gap at 200 dpi and was missed, so the period was read into the steps.
    The carried columns would have fixed it, but they were refused because the row's last cell
    (``ไม่ใช้งบประมาณ``) reaches past the carried right edge (the carried rows held ``ไม่ใช้``
    only). Pages 9 and 10 were unmapped, measures 4 and 5 lost (flagged, ``partial``). A table
    reaching past the carried right edge by less than the last column's width takes the carried
    columns, its own right edge kept."""
    pdf = scanned([45105], tmp_path)[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    ex = extract_document(pdf, pdf.stem)
    p9 = [t for t in ex.tables if t.page == 9]
    assert len(p9) == 2 and p9[1].n_cols == 6, [(t.n_cols, t.col_x) for t in p9]
    records = normalize(ex)
    assert records.document["status"] == "ok", records.document["error"]
    got = {m["seq"]: m for m in records.planned_measures}
    for want in expected["planned_measures"]:
        assert got[want["seq"]]["measure"] == want["measure"]
        assert (got[want["seq"]]["period_start"], got[want["seq"]]["period_end"]) == \
            (expected_date(want["period_start"]), expected_date(want["period_end"]))
