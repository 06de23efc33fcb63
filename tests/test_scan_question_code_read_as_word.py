"""Scans: a question whose code OCR read as a Latin word and whose text names an indicator
(issue 15, h/scan31b).

fresh30s 41103 (html, 200 dpi) p2: ``i๑๔ ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตของหน่วยงาน
ท่าน…`` was read ``ing ท่านคิดว่า…``; with no code, the row typed as an indicator heading (its
text names ``การป้องกันการทุจริต``) and i14 was lost. A row opening with a short Latin word whose
first letter names a tool, its long text close to a catalog question of that tool, is that
question, its code from the text (``code_missing``, ``code_corrected``)."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read
from normalizers.records.scores import _garbled_code_question


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    rec = scan_pages_read(41103, [1, 2], tmp_path_factory.mktemp("code_as_word"))
    return {r["question_code"]: r for r in rec.question_scores}


def test_question_whose_code_was_read_as_a_word_is_read(q):
    assert q["i14"]["score"] == 80.56
    assert "code_missing" in q["i14"]["flags"] and q["i14"]["confidence"] < 1.0
    assert (q["i13"]["score"], q["i15"]["score"]) == (100.0, 78.01)


def test_a_heading_after_a_garbled_number_stays_a_heading():
    assert not _garbled_code_question("ov การป้องกันการทุจริต", 2568)
    assert not _garbled_code_question("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", 2568)
