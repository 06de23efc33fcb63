"""Mixed PDFs: a corpus report whose first page was replaced by a scan of itself (an image
with no text layer, rotated, blurred, noisy, JPEG'd) while the other pages keep their text
layer. The scanned page is OCR'd, the others are read from their text layer, and the
document is read as a whole (issue 15, item 4)."""
from __future__ import annotations

import hashlib

import pypdfium2 as pdfium
import pytest

from corpus.draw import draw
from corpus.fuzz import _records_dict, _write_expected
from corpus.html_render import render_html_pdf
from corpus.scan import ScanParams, scan_pdf
from corpus.score import DOC_FIELDS, score_records

SEED = 7  # portrait; page 1: the summary in prose (level letter, tool scores); pages 2-3: measures


def _splice(born: str, scanned: str, dst: str, scanned_pages: list[int]) -> None:
    """Write ``born`` with its pages ``scanned_pages`` (1-based) taken from ``scanned`` (a
    PDF holding those pages only, in order)."""
    a, b = pdfium.PdfDocument(born), pdfium.PdfDocument(scanned)
    out = pdfium.PdfDocument.new()
    for k in range(1, len(a) + 1):
        if k in scanned_pages:
            out.import_pages(b, [scanned_pages.index(k)])
        else:
            out.import_pages(a, [k - 1])
    out.save(dst)
    for d in (a, b, out):
        d.close()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    import json

    d = tmp_path_factory.mktemp("mixed")
    m = draw(SEED, "html")
    pdf, pages = render_html_pdf(m)
    born = d / f"{m['name']}.pdf"
    born.write_bytes(pdf)
    exp = json.loads(_write_expected(m, pages, born, d).read_text(encoding="utf-8"))
    scan = scan_pdf(born, d / "p1_scan.pdf", ScanParams(dpi=300, rotation=0.6, blur=0.5, noise=6, jpeg_quality=70),
                    seed=SEED, pages=[1])
    dst = d / "mixed.pdf"
    _splice(str(born), str(scan), str(dst), [1])
    from extractors.document import extract_document
    from normalizers.document import normalize

    ex = extract_document(dst, hashlib.sha256(dst.read_bytes()).hexdigest())
    return exp, ex, _records_dict(normalize(ex))


def test_mixed_pdf_ocrs_only_the_scanned_page(mixed):
    _, ex, rec = mixed
    assert [p.method for p in ex.pages] == ["ocr", "text", "text"]
    assert rec["document"]["ocr_pages"] == 1
    assert rec["document"]["page_count"] == 3


def test_mixed_pdf_reads_both_kinds_of_page(mixed):
    exp, _, rec = mixed
    doc = rec["document"]
    # the summary on the scanned page: organisation, place, years, overall, level (a letter
    # amid Thai that Tesseract tends to read as a digit) and the tool scores in sentences
    for k in DOC_FIELDS:
        assert doc[k] == exp["document"][k], (k, doc[k], exp["document"][k])
    # the measures on the born-digital pages, read from their text layer
    assert {m["page_first"] for m in rec["planned_measures"]} <= {2, 3}
    c = score_records(rec, exp)
    assert c["m_found"] == c["m_expected"] == len(exp["planned_measures"])
    assert c["wrong_unflagged"] == 0


def test_numbers_in_scanned_running_text_carry_the_recognizers_confidence(mixed):
    """Issue 15, item 2: the overall and tool scores printed in the scanned page's sentences
    are listed with the numeral recognizer's confidence; a document flags one as read from
    OCR text only when that confidence is low; the list survives the extract stage's JSON."""
    import json

    from extractors.model import Extraction
    from normalizers.fields.ocr_numbers import SURE, number_conf

    exp, ex, rec = mixed
    page = ex.pages[0]
    assert page.numbers and all(0.0 <= c <= 1.0 for _, c in page.numbers)
    assert Extraction.from_dict(json.loads(ex.to_json())).pages[0].numbers == page.numbers
    for field in ("overall_score", "iit_score", "eit_score", "oit_score"):
        value = exp["document"][field]
        conf = number_conf(page.numbers, value)
        flag = ("overall" if field == "overall_score" else field.split("_")[0]) + "_score_from_ocr_text"
        assert (flag in rec["document"]["flags"]) == (conf < SURE), (field, value, conf)
