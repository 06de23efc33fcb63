"""Regression tests for issue 13's real report (a city municipality's Word export, ITA 2566 →
measures for 2567), rebuilt as a real PDF with invented wording (tests/municipality_pdfgen.py)
and run through the real extract and normalize stages. One test per bug it showed.
Expected values come from the generator's truth, never from the code under test.
"""
import datetime as dt
import hashlib

import pytest

pytest.importorskip("weasyprint")

import municipality_pdfgen as M  # noqa: E402
from extractors.document import extract_document  # noqa: E402
from normalizers.document import normalize  # noqa: E402


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    body, truth = M.build()
    pdf = tmp_path_factory.mktemp("muni") / "muni.pdf"
    M.render(pdf, body)
    ex = extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
    return normalize(ex), truth


def test_question_table_headed_prasen_kan_pramoen_is_not_a_results_table(report):
    """`ประเด็นการประเมิน | คะแนนที่ได้` with indicator rows between question rows: all 88
    printed question scores, none turned into printed_twice_differs flags."""
    r, t = report
    got = {q["question_code"]: q["score"] for q in r.question_scores}
    assert got == t.questions
    assert len(got) == 88
    ind = {q["question_code"]: q["indicator_no"] for q in r.question_scores}
    assert ind == t.question_indicator
    flags = [f for row in r.indicator_scores + r.question_scores for f in row["flags"]] + r.document["flags"]
    assert not [f for f in flags if f.startswith("printed_twice_differs")]
    assert not [f for f in r.document["flags"] if f.startswith("unresolved_question")]


def test_indicator_rows_between_question_rows_are_analysis_table_rows(report):
    r, t = report
    got = {i["indicator_no"]: i["score"] for i in r.indicator_scores if i["source"] == "analysis_table"}
    assert got == t.indicators
    assert {i["indicator_no"]: i["score"] for i in r.indicator_scores if i["source"] == "results_table"} == t.indicators


def test_tool_scores_in_cells_spanning_indicator_rows(report):
    """A tool score printed as a bare number in a cell merged over indicators 1–5, 6–8, 9–10."""
    r, t = report
    d = r.document
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (t.tools["IIT"], t.tools["EIT"], t.tools["OIT"])
    # the tool came from the rows the cell spans, not from the cell: said so
    assert "iit_score:tool_from_spanned_rows" in d["flags"]
    assert d["overall_score"] == t.overall


def test_measures_two_level_header_sub_columns_decide(report):
    """The upper cell `แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ…` groups five sub-columns
    titled in words of their own: each sub-column maps by its title and its cells."""
    r, t = report
    ms = r.planned_measures
    assert len(ms) == len(t.measures) == 7
    for m, want in zip(ms, t.measures):
        assert m["measure"] == want["measure"]
        assert m["steps"] == want["steps"]
        assert m["period_text"] == want["period_text"]
        assert m["responsible"] == want["responsible"]
        assert m["follow_up"] == want["follow_up"]
        assert m["question_codes"] == [want["code"]]
        assert m["indicator_no"] == want["indicator"]
    assert (ms[3]["period_start"], ms[3]["period_end"]) == (dt.date(2023, 10, 1), dt.date(2024, 9, 30))


def test_municipality_report_document_fields(report):
    r, _ = report
    d = r.document
    assert (d["org_name"], d["district"], d["province"]) == (M.ORG, "เมืองสมุทรสงคราม", "สมุทรสงคราม")
    assert (d["assessment_year"], d["plan_year"], d["status"]) == (2566, 2567, "ok")
