"""Extract + normalize on the rendered report corpus, scored against the expected rows.

The PDFs (bundled samples in data/raw/, variants in tests/corpus/) were rendered by the
corpus generator from structured content; the expected rows were written beside them by
the generator, never by the code under test. Thresholds are the issue's targets for
born-digital reports; the measured numbers are printed (pytest -s) and recorded in the
closing note.
"""
import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from corpus.score import rates, score_records
from extractors.document import extract_document
from normalizers.document import normalize

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(
    [(p, ROOT / "tests" / "golden" / (p.stem + ".expected.json")) for p in (ROOT / "data" / "raw").glob("*.pdf")]
    + [(p, p.with_name(p.stem + ".expected.json")) for p in (ROOT / "tests" / "corpus").glob("*.pdf")]
)
CASES = [(p, e) for p, e in CASES if e.exists()]


@pytest.fixture(scope="module")
def scored():
    total = None
    per_doc = {}
    for pdf, exp in CASES:
        expected = json.loads(exp.read_text(encoding="utf-8"))
        ex = extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest())
        rec = dataclasses.asdict(normalize(ex))
        res = score_records(rec, expected)
        per_doc[pdf.name] = (res, rec, expected)
        total = res if total is None else {k: total[k] + res[k] for k in total}
    print("\ngolden corpus:", len(CASES), "documents", json.dumps(rates(total), indent=1))
    return total, per_doc


def test_corpus_present():
    assert len(CASES) >= 5, "bundled samples and their golden files are part of the repo"


def test_question_scores(scored):
    r = rates(scored[0])
    assert r["question_found"] >= 0.995 and r["question_exact"] >= 0.995


def test_indicator_and_document_scores(scored):
    r = rates(scored[0])
    assert r["indicator_exact"] >= 0.995
    assert r["tool_exact"] >= 0.995
    assert r["doc_fields_exact"] >= 0.98


def test_measures(scored):
    r = rates(scored[0])
    assert r["measure_found"] >= 0.99
    assert r["measure_cer"] <= 0.01
    assert r["period_start_exact"] >= 0.98 and r["period_end_exact"] >= 0.98
    assert r["responsible_exact"] >= 0.98


def test_no_wrong_value_without_a_flag(scored):
    assert scored[0]["wrong_unflagged"] <= 1


@pytest.mark.parametrize("name", [p.name for p, _ in CASES])
def test_each_document_status(scored, name):
    res, rec, expected = scored[1][name]
    assert rec["document"]["status"] == expected["document"].get("status", "ok")
    assert rec["document"]["page_count"] == expected["document"]["page_count"]
