"""Thai repair remembered per document (``normalizers.thai.memo``): the same string is repaired
once per document, the records are the same as without the memo, and nothing is kept once
the document is done."""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizers.thai.memo as memo
from normalizers.thai import thai_text

ROOT = Path(__file__).resolve().parents[1]


def _count_calls(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = thai_text.repair

    def counted(text):
        seen.append(text)
        return real(text)
    monkeypatch.setattr(memo, "_repair", counted)
    return seen


def test_normalize_repairs_each_string_once_per_document_with_the_same_records(monkeypatch, tmp_path):
    from extractors.document import extract_document
    from normalizers.document import normalize
    pdf = ROOT / "data" / "raw" / "003_measures8_2569.pdf"
    ex = extract_document(pdf, "d" * 64)
    seen = _count_calls(monkeypatch)
    with_memo = normalize(ex)
    assert seen and len(seen) == len(set(seen))  # no string repaired twice within the document
    n_first = len(seen)
    normalize(ex)  # the next document starts with an empty memo
    assert len(seen) == 2 * n_first
    assert memo._MEMO.get() is None  # nothing kept after the document
    monkeypatch.setattr(memo, "per_document", lambda f: f)
    plain = normalize.__wrapped__(ex)  # the same stage without the memo: every call repairs
    assert len(seen) > 2 * n_first  # ... this document does repeat strings
    assert with_memo.to_json() == plain.to_json() and with_memo.planned_measures


def test_repair_outside_a_document_is_plain_repair():
    broken = "ข้อม่ล"  # any text: outside ``per_document`` nothing is remembered
    assert memo.repair(broken) == thai_text.repair(broken)
    assert memo._MEMO.get() is None


def test_memo_is_dropped_when_the_stage_raises():
    @memo.per_document
    def boom():
        memo.repair("ข้อมูล")
        assert memo._MEMO.get() is not None
        raise ValueError("bad document")
    with pytest.raises(ValueError):
        boom()
    assert memo._MEMO.get() is None
