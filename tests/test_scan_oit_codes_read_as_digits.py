"""Scans: OIT codes whose ``o`` OCR read as a digit (issue 15; dev seed 19001, html, scanned at
200 dpi, OIT codes in a column of their own).

19001 p4: every OIT code came out ``๐NN`` (repaired to oNN, flagged ``code_repaired``), and o40-o42
as ``640``, ``641``, ``642``. The rows of o40 and o41, whose texts name indicator 10
(``…การป้องกันการทุจริต…``), were taken for indicator headings; o42 stayed unresolved because
none of its repaired neighbours counted as sure. Now a row opening with such a code is a
question, and a shape-repaired code in order with the row beside it anchors the place of the
rows between. Checked on the corpus' own render of the seed, scanned, pages 1 and 4."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned


@pytest.fixture(scope="module")
def questions(tmp_path_factory):
    import pypdfium2 as pdfium

    from extractors.document import extract_document
    from normalizers.document import normalize

    out = tmp_path_factory.mktemp("oit_digits_scan")
    scanned([19001], out)
    src = pdfium.PdfDocument(Path(out) / "scan" / "s019001_html_scan.pdf")
    two = pdfium.PdfDocument.new()
    two.import_pages(src, [0, 3])  # the year on p1; o28-o43 on p4
    pdf = Path(out) / "s019001_p1_p4.pdf"
    two.save(pdf)
    return {q["question_code"]: q for q in normalize(extract_document(pdf, "s019001")).question_scores}


def test_oit_codes_read_as_digits_are_questions_coded_by_text_or_place(questions):
    assert {c: questions[c]["score"] for c in ("o39", "o40", "o41", "o42", "o43")} == \
        {"o39": 100.0, "o40": 73.89, "o41": 84.92, "o42": 51.34, "o43": 40.26}
    for c in ("o40", "o41", "o42"):
        # (since h/scan31b the code column repairs ``64N`` beside its ``๐NN`` codes: ``code_repaired:640->o40``)
        # (OCR may read the letter as the ``๐`` it looks like: repaired the same way)
        assert any(f.startswith(("code_corrected:64", "code_from_position:64", "code_repaired:64",
                                 "code_repaired:๐4"))
                   for f in questions[c]["flags"])
