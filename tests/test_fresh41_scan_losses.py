"""Losses of session 41's held-out scans fresh41u (63200–63215, read after their final scoring;
dev now), on the real simulated scan, pages OCR'd."""
from __future__ import annotations

import json

from corpus_seeds import scan_pages_read, scanned


def test_scan_measure_column_named_by_its_cells_under_a_title_that_says_little(tmp_path):
    """63214 (300 dpi, borderless, a table per page, no period column): the measure column's title
    is the lower line of a two-level title (``คุณธรรมและความโปร่งใส``), the measure found on little
    evidence (0.97 of 1.0) and, with no period column, no table was a measures table: all six
    measures lost (flagged, ``partial``). Every body cell of the column starting with a word that
    starts a measure's name (``1 กิจกรรมประเมิน…``), under strong steps and units columns, is the
    column's own evidence; the measure is read, flagged ``column_low_evidence:measure``."""
    recs = scan_pages_read(63214, range(1, 11), tmp_path)  # the whole report: p5–p6 alone were read
    exp = json.loads(scanned([63214], tmp_path)[0].with_suffix(".expected.json").read_text(encoding="utf-8"))
    got = recs.planned_measures
    assert len(got) == len(exp["planned_measures"]) == 6
    for g, w in zip(got, exp["planned_measures"]):
        assert g["measure"].replace(" ", "") == w["measure"].replace(" ", "")
        assert g["responsible"] == w["responsible"]
        assert len(g["steps"]) == len(w["steps"])
        assert "column_low_evidence:measure" in g["flags"]
