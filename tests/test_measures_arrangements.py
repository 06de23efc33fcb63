"""Measures in the arrangements of issue 13 item 5, as real landscape PDFs
(tests/measures_pdfgen.py): one 5-column table per issue under a ``ประเด็นที่ N`` heading
(the layout where 12 of 28 measures were lost), one measure per landscape page, and the
issue heading as the table's first row. Every measure is found once, with its fields, and
its indicator comes from the heading (flagged ``indicator_from_heading``)."""
import hashlib

import pytest

pytest.importorskip("weasyprint")

import measures_pdfgen as G  # noqa: E402
from extractors.document import extract_document  # noqa: E402
from normalizers.document import normalize  # noqa: E402


@pytest.fixture(scope="module", params=["per_issue", "one_per_page", "title_row"])
def arranged(request, tmp_path_factory):
    body, truth = G.build(request.param)
    pdf = tmp_path_factory.mktemp(request.param) / "doc.pdf"
    G.render(pdf, body)
    return normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())), truth


def test_per_issue_measure_tables_none_lost(arranged):
    r, truth = arranged
    got = [(m["measure"], m["steps"], m["period_text"], m["responsible"], m["follow_up"]) for m in r.planned_measures]
    want = [(m["measure"], m["steps"], m["period_text"], m["responsible"], m["follow_up"]) for m in truth]
    assert got == want
    assert r.document["status"] == "ok"


def test_issue_heading_names_the_indicator(arranged):
    r, truth = arranged
    assert [m["indicator_no"] for m in r.planned_measures] == [m["indicator"] for m in truth]
    assert all("indicator_from_heading" in m["flags"] for m in r.planned_measures)


def test_range_dash_keeps_its_spaces_across_a_line_wrap(arranged):
    """``พ.ย. ๖๘ -`` wrapped before ``ม.ค. ๖๙`` is still ``พ.ย. ๖๘ - ม.ค. ๖๙``."""
    r, _ = arranged
    assert "พ.ย. ๖๘ - ม.ค. ๖๙" in [m["period_text"] for m in r.planned_measures]
