"""Scans: question codes that their place in the table bears out (issue 15; dev seed 17503, html,
scanned at 200 dpi, zebra question tables, indicator headings with scores between them).

At 0.17.0 the headings of indicators 5 and 6 were read into the first question's cell under them,
and OCR read those codes ``joe`` (i๒๕) and ``eo`` (e๑). i5, i13 and i21, printed well-formed,
have the edition's i25 text: each was corrected onto i25 and all but the first dropped as its
second printing (i5's score stood as i25's, flagged). e๑'s text is closest to e2's: its score
stood as e2's and the real e2 row was dropped. Now a well-formed code whose neighbours are i4 and
i6 stays i5 (``code_text_mismatch:i5~i25``), a text naming a question printed elsewhere decides
no code, and the garbled rows are coded by their place (``code_from_position``), e1 as the start
of the EIT series. Checked on the corpus' own render of the seed, scanned, its first two pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def questions(tmp_path_factory):
    import pypdfium2 as pdfium

    from extractors.document import extract_document
    from normalizers.document import normalize

    out = tmp_path_factory.mktemp("codes_by_place_scan")
    scanned([17503], out)
    src = pdfium.PdfDocument(Path(out) / "scan" / "s017503_html_scan.pdf")
    two = pdfium.PdfDocument.new()
    two.import_pages(src, [0, 1])  # i1-e5
    pdf = Path(out) / "s017503_p1-2.pdf"
    two.save(pdf)
    return {q["question_code"]: q for q in normalize(extract_document(pdf, "s017503")).question_scores}


def test_well_formed_codes_between_their_neighbours_are_kept(questions):
    assert {c: questions[c]["score"] for c in ("i5", "i13", "i21", "i29")} == \
        {"i5": 69.51, "i13": 46.75, "i21": 62.73, "i29": 85.97}
    assert "code_text_mismatch:i5~i25" in questions["i5"]["flags"]


def test_garbled_codes_under_a_fused_heading_are_coded_by_their_place(questions):
    assert (questions["i25"]["score"], questions["e1"]["score"], questions["e2"]["score"]) == (87.65, 100.0, 74.8)
    assert any(f.startswith("code_from_position:") for f in questions["i25"]["flags"])
    assert any(f.startswith("code_from_position:") for f in questions["e1"]["flags"])
    assert len(questions) == 35
