"""One development seed rendered by the corpus' renderers and read by the real extract and
normalize stages, with the rows the corpus wrote down when it drew the document."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from corpus.fuzz import fuzz
from extractors.document import extract_document
from normalizers.document import normalize


def render_seed(seed: int, tmp_path, renderer: str = "html"):
    """``(pdf, extraction, records, expected)`` for ``seed`` drawn by ``renderer``."""
    if renderer == "docx":
        pytest.importorskip("docx")
    pdf = fuzz([seed], tmp_path, renderer=renderer, log=lambda *a: None)[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    ex = extract_document(pdf, pdf.stem)
    return pdf, ex, normalize(ex), expected


def indicators_from(records, source: str) -> dict[int, dict]:
    """The output's indicator rows of one source, by indicator number."""
    return {r["indicator_no"]: r for r in records.indicator_scores if r["source"] == source}


def expected_indicators(expected: dict, source: str) -> dict[int, float]:
    """The corpus' indicator scores of one source, by indicator number."""
    return {i["indicator_no"]: i["score"] for i in expected["indicator_scores"] if i["source"] == source}


def expected_date(v):
    """An expected file's ISO date as a ``date`` (None stays None)."""
    return None if v is None else dt.date.fromisoformat(v) if isinstance(v, str) else v


def assert_same_measure(got: dict, want: dict) -> None:
    """An output measure row against the corpus' row: name, steps, units, period."""
    assert got["measure"] == want["measure"]
    assert got["steps"] == want["steps"]
    assert got["responsible"] == want["responsible"]
    assert (got["period_start"], got["period_end"]) == (expected_date(want["period_start"]),
                                                        expected_date(want["period_end"]))
