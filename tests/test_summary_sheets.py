"""Summary-sheet reports without table rules, end to end (real PDFs, extract + normalize).

Regression for the evaluation's fresh born-digital layouts: a key/value block (``อ.X จ.Y``,
``IIT … | EIT … | OIT …``, overall, level, organisation) and borderless zebra-shaded tables
gave 0 measures, 0 indicator scores, no location and no tool scores. The expected values are
the ones ``layout_pdfgen`` printed into each PDF.
"""
import hashlib

import pytest

from extractors.document import extract_document
from layout_pdfgen import TUNED, expected, render
from normalizers.document import normalize

pytest.importorskip("weasyprint")


@pytest.fixture(scope="module", params=TUNED, ids=lambda s: s.name)
def case(request, tmp_path_factory):
    style = request.param
    pdf = render(style, tmp_path_factory.mktemp(style.name))
    rec = normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest(), ocr="never"))
    return style, rec, expected(style)


def test_summary_sheet_key_value_fields(case):
    _, rec, exp = case
    d = rec.document
    for k in ("org_name", "district", "province", "overall_score", "level", "iit_score", "eit_score", "oit_score"):
        assert d[k] == exp[k], k
    assert d["status"] == "ok", d["error"]


def test_distractors_never_taken_and_flagged(case):
    _, rec, exp = case
    d = rec.document
    assert d["overall_score"] != 80.11  # last year's / another year's overall printed beside it
    assert any(f.startswith("keyvalue_distractor_skipped") for f in d["flags"])


def test_zebra_measures_table_all_rows_with_multiline_cells(case):
    _, rec, exp = case
    m = rec.planned_measures
    assert [x["measure"] for x in m] == [t for t, _, _, _ in exp["measures"]]
    assert [x["responsible"] for x in m] == [r for _, _, _, r in exp["measures"]]
    assert [len(x["steps"]) for x in m] == [len(s) for _, s, _, _ in exp["measures"]]


def test_zebra_results_table_indicator_scores(case):
    _, rec, exp = case
    got = {r["indicator_no"]: r["score"] for r in rec.indicator_scores if r["source"] == "results_table"}
    assert got == exp["indicators"]
    assert got[1] == 85.0  # the evaluation's 85.00 read as 1.00 (row number)


def test_dotted_leader_lists(case):
    _, rec, exp = case
    q = {r["question_code"]: r["score"] for r in rec.question_scores}
    assert q == exp["questions"]
    assert all("." not in r["question_text"] for r in rec.question_scores)
    text = {r["indicator_no"]: r["score"] for r in rec.indicator_scores if r["source"] == "text"}
    low = {i: v for i, v in exp["indicators"].items() if v < 85}
    assert text == dict(list(low.items())[:3])
