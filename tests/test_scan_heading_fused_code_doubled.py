"""Scans: question codes lost around an indicator heading fused into a question row, codes read
twice, and an EIT label garbled with a space inside (issue 15; dev seed 15008, html, scanned at
300 dpi, borderless question tables without a header, headings between them).

At 0.17.0 the line finder took ``ตัวชี้วัดที่ ๕ …`` into i25's cell (``…⏎[i๒๕ เจ้าหน้าที่…``).
``unfuse_headings`` split it off, but the ``[`` before the code left i25 unresolved, and the
document's printed codes (``printed_codes``) missed i25: i5, i13, i21 and i29, whose text is the
edition's i25 text, were all corrected onto i25 and three of them dropped as its second printing.
i10's code was read ``i๑`` (a copy of i1, dropped) and i11's ``i๑ ๑๑`` (the pixel reading, then
Tesseract's digits). The EIT score's label came out ``(๒ 11) ได้๖๕.๓๔``: eit_score null.
Checked on the corpus' own render of the seed, scanned, its first two pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from extractors.document import extract_document
    from normalizers.document import normalize

    out = tmp_path_factory.mktemp("heading_fused_scan")
    scanned([15008], out)
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(Path(out) / "scan" / "s015008_html_scan.pdf")
    two = pdfium.PdfDocument.new()
    two.import_pages(src, [0, 1])  # the questions i1-e4 and the summary: the pages the bugs are on
    pdf = Path(out) / "s015008_p1-2.pdf"
    two.save(pdf)
    return normalize(extract_document(pdf, "s015008"))


def _questions(records) -> dict[str, dict]:
    return {q["question_code"]: q for q in records.question_scores}


def test_a_code_after_a_fused_heading_and_a_bracket_is_read_and_printed(records):
    q = _questions(records)
    assert q["i25"]["score"] == 86.29 and q["i25"]["raw_code"] == "i๒๕"
    assert not any(f.startswith("code_corrected") for f in q["i25"]["flags"])


def test_rows_whose_text_is_another_questions_keep_their_printed_codes(records):
    q = _questions(records)
    assert {c: q[c]["score"] for c in ("i5", "i13", "i21", "i29")} == \
        {"i5": 94.95, "i13": 88.2, "i21": 42.13, "i29": 99.8}


def test_a_code_read_twice_takes_the_longer_reading(records):
    q = _questions(records)
    assert q["i11"]["score"] == 85.65
    assert "code_digits_from_text:i๑ ๑๑->i11" in q["i11"]["flags"]


def test_a_code_read_as_an_earlier_questions_is_coded_by_its_place(records):
    """Tesseract reads i10's code ``i๑`` (i1's). At 0.18.0 the row was coded by its place
    (``code_from_position:i๑->i10``); since 0.19.0 the run of codes opening the cell is re-read
    from its first line's pixels (``numerals.read_code_run``, h/scanp19) and gives ``i๑๐``
    itself, so no place rule is needed and the printed code is the one kept."""
    q = _questions(records)
    assert q["i10"]["score"] == 40.06 and q["i10"]["raw_code"] == "i๑๐"
    assert not any(f.startswith("code_from_position") for f in q["i10"]["flags"])
    assert q["i1"]["score"] == 81.72
    assert len([c for c in q if c.startswith("i")]) == 30


def test_a_tool_label_garbled_with_a_space_inside_goes_to_the_tool_its_description_names(records):
    d = records.document
    assert (d["iit_score"], d["eit_score"], d["oit_score"]) == (78.94, 65.34, 93.13)
    assert "tool_name_from_description:?->EIT" in d["flags"]
