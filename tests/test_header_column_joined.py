"""Bugs from merging the measures readers of session 4 (issue 13), on a development seed
rendered by the corpus' renderers and run through the real extract and normalize stages.

- "header centred over short texts cut into two columns" (dev seed 708, HTML): the o-question
  table's last part on a page (``o๑ โครงสร้าง | ๖3.๙๐``) was cut by the rules-across reader
  into ``ข้อ | (no header) | ข้อคำถาม | คะแนน``: the short texts left of a channel, the centred
  header right of it. The question column had a header and no text, its neighbour text and no
  header, so the codes column took the role ``seq`` and o1, o2 were lost.
- "one-row part of a question table" (same seed): a page ending with ``i๒5 | | 6๑.๓1`` (its
  text on the next page) is a one-row table whose code column was not joined to the question
  column (two rows were needed), so i25 was not counted among the printed codes and i5, i13,
  i21, i29 were "corrected" to i25 by their texts.
"""
import json

import pytest

from corpus.fuzz import fuzz
from extractors.document import extract_document
from normalizers.document import normalize

pytest.importorskip("weasyprint")


@pytest.fixture(scope="module")
def seed708(tmp_path_factory):
    out = tmp_path_factory.mktemp("s708")
    pdf = fuzz([708], out, renderer="html", log=lambda *a: None)[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    return normalize(extract_document(pdf, pdf.stem)), expected


def _scores(rows):
    return {r["question_code"]: r["score"] for r in rows}


def test_header_centred_over_short_texts_cut_into_two_columns(seed708):
    records, expected = seed708
    want = {k: v for k, v in _scores(expected["question_scores"]).items() if k in ("o1", "o2")}
    assert len(want) == 2
    got = _scores(records.question_scores)
    assert {k: got.get(k) for k in want} == want


def test_one_row_part_of_a_question_table_keeps_its_code(seed708):
    records, expected = seed708
    want = _scores(expected["question_scores"])
    got = {r["question_code"]: r for r in records.question_scores}
    for code in ("i5", "i13", "i21", "i25", "i29"):
        assert got[code]["score"] == want[code], code
        assert not any(f.startswith("code_corrected") for f in got[code]["flags"]), code
