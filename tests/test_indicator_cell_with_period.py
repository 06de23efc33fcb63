"""An indicator cell read together with the period column beside it (issue 13, born17): a
measures table without rules whose period column (``๑ เมษายน ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๕``, Thai
digits) and indicator column (``ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๖๓.๖๐ คะแนน)``) came out as
one, line by line. The period's words fell between the mark and its number (``ตัวชี้วัดที่`` /
``เมษายน ๑๐``) and between the score and ``คะแนน`` (``(๘๙.๑๗`` / ``๒๕๖๕ คะแนน)``): the three
indicator scores of the measures table were lost in a document whose status said ok, and the
period's day ``๑`` was read as indicator 1 (score 63.60). One HTML render (dev seed 17257).
"""

import pytest

from corpus.space import draw_layout
from extractors import tables
from extractors.document import extract_document
from normalizers.document import normalize
from corpus_seeds import expected_indicators, indicators_from, render_seed

pytest.importorskip("weasyprint")


def test_indicator_scores_read_through_the_period_words(tmp_path, monkeypatch):
    lay = draw_layout(17257, "html")
    assert (lay["m.rules"], lay["m.columns"], lay["digits"]) == ("none", "m8", "thai")
    pdf, ex, records, expected = render_seed(17257, tmp_path, "html")
    # since h/born20 the period and indicator columns, a cell padding apart, are split
    # (column_refit.hidden_splits): the indicator cells read whole, flagged table_columns_refit
    assert not any("ตัวชี้วัดที่\nเมษายน ๑๐" in (c or "") for t in ex.tables for r in t.rows for c in r)
    now = indicators_from(records, "measures_table")
    assert {no: r["score"] for no, r in now.items()} == {2: 89.17, 8: 67.47, 10: 63.6}
    assert all("table_columns_refit" in r["flags"] for r in now.values())
    # the same render read without that split: the cells fused again (the bug this test names)
    monkeypatch.setattr(tables, "hidden_splits", lambda *a: [])
    ex = extract_document(pdf, pdf.stem)
    assert any("ตัวชี้วัดที่\nเมษายน ๑๐" in (c or "") for t in ex.tables for r in t.rows for c in r)
    records = normalize(ex)
    got = {no: r["score"] for no, r in indicators_from(records, "measures_table").items()}
    assert got == expected_indicators(expected, "measures_table") == {2: 89.17, 8: 67.47, 10: 63.6}
    assert records.document["status"] == "ok"
