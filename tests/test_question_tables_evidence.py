"""Question tables lost whole (issue 13), one test per bug, on reports the corpus renderers
draw (development seeds) and read by the real extract + normalize stages. Expected rows are
the ones the corpus writes for the draw (``*.expected.json``), never values copied here.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import corpus.draw as draw_mod
from corpus.fuzz import fuzz, run_one

pytest.importorskip("weasyprint")
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")


def _rows(pdf: Path) -> tuple[dict, dict]:
    """(output question rows by code, expected question rows by code) of one drawn report."""
    _, rec, err = run_one(str(pdf))
    assert err is None, err
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
    return ({q["question_code"]: q for q in rec["question_scores"]},
            {q["question_code"]: q for q in exp["question_scores"]})


def _missed(got: dict, want: dict) -> list[str]:
    return [c for c in want if c not in got or abs(got[c]["score"] - want[c]["score"]) > 1e-9]


def test_tool_word_over_a_column_of_question_texts_is_still_a_question_column(tmp_path, monkeypatch):
    # seed 3063 (one grouped question table, grid): a header that names the question column
    # with a tool's word (``แบบวัด``) made it a tool-score column, so the table was no question
    # table and all 88 question scores were lost; its cells (``i7 …`` texts, no tool, no number)
    # say what it is
    syn = draw_mod.synonyms()
    monkeypatch.setattr(draw_mod, "synonyms", lambda: {**syn, "question": dict(syn["question"], dev=["แบบวัด"])})
    fuzz([3063], tmp_path, "html", log=lambda *_: None)
    pdf = tmp_path / "s003063_html.pdf"
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        assert any("แบบวัด" in (p.extract_text() or "") for p in doc.pages)  # the header prints the tool word
    got, want = _rows(pdf)
    assert len(want) == 88 and _missed(got, want) == []


@needs_soffice
def test_question_rows_stacked_by_zebra_rows_in_a_tall_font_are_cut(tmp_path):
    # seed 3030 (Word, Waree, zebra, one table per indicator): Waree wraps at a pitch wider
    # than the unruled-table finder expects, so a three-question table came out as one row
    # ``i๑๐ … i๑๑ … i๑๒ … | ๔๗.๓๒ ๕๖.๘๖ ๑๐๐.๐๐`` and its three scores were unreadable
    fuzz([3030], tmp_path, "docx", log=lambda *_: None)
    got, want = _rows(tmp_path / "s003030_docx.pdf")
    assert _missed(got, want) == []
    # since word14 the zebra bands of one line each bound the line pitch by their height
    # (``unruled.split_stack``): the three rows are read apart by the extract stage, none cut after
    cut = sorted(c for c, q in got.items() if "row_unstacked" in q["flags"])
    assert not {"i10", "i11", "i12"} & set(cut)
    for c in ("i10", "i11", "i12"):  # each cut row keeps its own text, no other question's
        assert got[c]["question_text"][:6] == want[c]["question_text"][:6]
        assert "i๑" not in got[c]["question_text"]


def test_results_table_running_on_into_question_rows_keeps_the_questions(tmp_path):
    # seed 10419 (landscape, horizontal rules, no header over the questions): the results
    # table and the per-question table print as one two-column table (a sentence row between
    # them), read under the results header ``ตัวชี้วัดการประเมิน | คะแนนที่ได้``; its 52
    # question rows were dropped and the document said ``ok``. The question rows (code and
    # text, a score) are a per-question table whatever the header above them says.
    fuzz([10419], tmp_path, "html", log=lambda *_: None)
    pdf = tmp_path / "s010419_html.pdf"
    _, rec, err = run_one(str(pdf))  # read once: questions, indicators and flags from one run
    assert err is None, err
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
    got = {q["question_code"]: q for q in rec["question_scores"]}
    want = {q["question_code"]: q for q in exp["question_scores"]}
    assert len(want) == 52 and _missed(got, want) == []
    key = lambda r: (r["source"], r["indicator_no"], r["score"])  # noqa: E731
    assert sorted(map(key, rec["indicator_scores"])) == sorted(map(key, exp["indicator_scores"]))
    assert {r["source"] for r in exp["indicator_scores"]} == {"results_table", "analysis_table"}
    assert "kind_from_rows:p1" in rec["document"]["flags"]


def test_next_tables_first_indicator_heading_at_the_foot_of_a_results_table_is_no_results_row(tmp_path):
    # seed 10440 (landscape, horizontal rules): below the results rows the page prints a
    # sentence, the question table's header and its first indicator heading
    # (``ตัวชี้วัดที่ 1 … | 74.29``), all read as rows of the results table; the heading was
    # taken as a second results row of indicator 1, and the per-question table's indicator 1
    # (its questions on the next page) was lost without a flag
    fuzz([10440], tmp_path, "html", log=lambda *_: None)
    pdf = tmp_path / "s010440_html.pdf"
    _, rec, err = run_one(str(pdf))
    assert err is None, err
    exp = json.loads(pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"))
    key = lambda r: (r["source"], r["indicator_no"], r["score"])  # noqa: E731
    assert sorted(map(key, rec["indicator_scores"])) == sorted(map(key, exp["indicator_scores"]))
    assert ("analysis_table", 1) in {(r["source"], r["indicator_no"]) for r in exp["indicator_scores"]}
