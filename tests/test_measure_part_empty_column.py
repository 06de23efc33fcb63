"""A measure's row alone at a page's top, under its header left at the foot of the page before,
in one more column than the header (born18's unseen seed 19300 html, per-measure tables without
rules: page 6's first table had a 15 pt empty column between steps and analysis). The part was not
stitched, was skipped as a tiny table of no kind, and measure 5 was lost in an ``ok`` document
with no flag. The empty column is dropped and the part continues the header's table; and a lost
part of that kind leaves the document ``partial`` (``measures_body_unread``, ``unmapped_table``).
One HTML render, the real extract and normalize stages."""

import normalizers.tables.stitch as stitch
from corpus_seeds import assert_same_measures, render_seed
from normalizers.document import normalize


def test_measure_part_with_empty_column_is_stitched(tmp_path):
    _, ex, records, expected = render_seed(19300, tmp_path, "html")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    assert p6.n_cols == 5 and not any(r[1].strip() for r in p6.rows)
    m = next(m for m in records.planned_measures if m["measure"].startswith("โครงการอบรมเสริมสร้างคุณธรรม"))
    assert m["indicator_no"] == 6
    assert m["responsible"] == ["งานบริหารงานบุคคล", "กองสาธารณสุขและสิ่งแวดล้อม"]
    assert len(records.planned_measures) == 6
    assert records.document["status"] == "ok"
    assert_same_measures(records, expected)


def test_measure_part_unread_leaves_document_partial(tmp_path, monkeypatch):
    monkeypatch.setattr(stitch, "_empty_columns_dropped", lambda a, b: None)
    _, ex, _, _ = render_seed(19300, tmp_path, "html")
    records = normalize(ex)  # without the stitch fix: the safety nets alone
    assert len(records.planned_measures) == 5
    assert records.document["status"] == "partial"
    assert {"measures_body_unread:p5", "unmapped_table:p6"} <= set(records.document["flags"])


def test_measure_numbers_gap_leaves_document_partial(tmp_path, monkeypatch):
    """With the part skipped and no other net, measures ``(1)``–``(4)`` and ``(6)`` read tell
    that ``(5)`` was printed and lost."""
    import normalizers.document as document
    monkeypatch.setattr(stitch, "_empty_columns_dropped", lambda a, b: None)
    monkeypatch.setattr(document, "_header_read_on", lambda *a, **k: True)
    monkeypatch.setattr(document, "_holds_measure", lambda t: False)
    _, ex, _, _ = render_seed(19300, tmp_path, "html")
    records = normalize(ex)
    assert len(records.planned_measures) == 5
    assert records.document["status"] == "partial"
    assert "measure_numbers_gap:5" in records.document["flags"]
