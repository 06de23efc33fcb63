"""A measure's row alone at a page's top, under its header left at the foot of the page before
(born18's unseen seed 19300 html, per-measure tables without rules). Page 6's first table had a
15 pt empty column between steps and analysis: the part was not stitched, was skipped as a tiny
table of no kind, and measure 5 was lost in an ``ok`` document with no flag. The empty column was
dropped at the stitch (``stitch._empty_columns_dropped``); since session 32 the extractor no longer
makes it (a column beyond a carried edge needs ink of the carried outer column beside it:
``spaced_carry.columns_beyond``), and a part lost whole leaves the document ``partial``. One HTML
render, the real extract and normalize stages."""

import copy

import normalizers.document as document
from corpus_seeds import assert_same_measures, render_seed
from normalizers.document import normalize


def test_measure_part_under_a_header_alone_is_read_in_its_columns(tmp_path):
    _, ex, records, expected = render_seed(19300, tmp_path, "html")
    p6 = next(t for t in ex.tables if t.page == 6 and t.index == 0)
    # the carried header's four columns, each holding text: no sliver column left empty
    assert p6.n_cols == 4 and all(any((r[c] or "").strip() for r in p6.rows) for c in range(p6.n_cols))
    m = next(m for m in records.planned_measures if m["measure"].startswith("โครงการอบรมเสริมสร้างคุณธรรม"))
    assert m["indicator_no"] == 6
    assert m["responsible"] == ["งานบริหารงานบุคคล", "กองสาธารณสุขและสิ่งแวดล้อม"]
    assert len(records.planned_measures) == 6
    assert records.document["status"] == "ok"
    assert_same_measures(records, expected)


def test_measure_part_lost_whole_leaves_document_partial(tmp_path, monkeypatch):
    """With page 6's part gone (no table read there) and the header alone at page 5's foot taken as
    read on, measures ``(1)``-``(4)`` and ``(6)`` read tell that ``(5)`` was printed and lost."""
    monkeypatch.setattr(document, "_header_read_on", lambda *a, **k: True)
    _, ex, _, _ = render_seed(19300, tmp_path, "html")
    ex = copy.deepcopy(ex)
    ex.tables = [t for t in ex.tables if not (t.page == 6 and t.index == 0)]
    records = normalize(ex)
    assert len(records.planned_measures) == 5
    assert records.document["status"] == "partial"
    assert "measure_numbers_gap:5" in records.document["flags"]
