"""Bad-input corpus, generated here: every case ends fast with a clear error or an Extraction."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extract_pdfgen import am, realdoc, render
from extractors.document import extract_document
from extractors.errors import BadPDF, BrokenPDF, EmptyPDF, EncryptedPDF, NotAPDF, TooManyPages
from extractors.pdf import render_dpi

FAST_S = 10.0  # every bad input must be decided well within this


def minimal_pdf(media_box: str = "0 0 595 842", text: str = "Hello ITA", n_pages: int = 1) -> bytes:
    """A hand-built classic-xref PDF (Helvetica text), for shapes other tools refuse to make."""
    content = f"BT /F1 24 Tf 72 100 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{5 + i} 0 R" for i in range(n_pages))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    for _ in range(n_pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 4 0 R "
                    f"/Resources << /Font << /F1 3 0 R >> >> >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _timed(path: Path, **kw):
    t = time.perf_counter()
    try:
        return extract_document(path, "doc", ocr="never", **kw), time.perf_counter() - t
    finally:
        assert time.perf_counter() - t < FAST_S


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory) -> Path:
    return render("<p>รายงานผลการประเมิน ITA</p>", tmp_path_factory.mktemp("good") / "good.pdf")


def test_random_bytes(tmp_path):
    p = tmp_path / "random.pdf"
    p.write_bytes(os.urandom(4096))
    with pytest.raises(NotAPDF, match="no %PDF- header"):
        _timed(p)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(NotAPDF, match="empty"):
        _timed(p)


def test_html_error_page_saved_as_pdf(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_text("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                 "<body><h1>ไม่พบหน้าที่ต้องการ</h1></body></html>", encoding="utf-8")
    with pytest.raises(NotAPDF, match="HTML"):
        _timed(p)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated(tmp_path, good_pdf, keep):
    data = good_pdf.read_bytes()
    p = tmp_path / "trunc.pdf"
    p.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(BrokenPDF, match="cannot open or repair"):
        _timed(p)


def test_truncated_tail_is_repaired(tmp_path):
    # a Word PDF losing its last 1%: PDFium rebuilds the xref, the text is still read
    data = realdoc("sompawn__nysso/EB1/1.3.pdf").read_bytes()
    p = tmp_path / "tail.pdf"
    p.write_bytes(data[: int(len(data) * 0.99)])
    ex, _ = _timed(p)
    assert ex.page_count == 1 and ex.pages[0].method == "text" and "บันทึกข้อความ" in ex.pages[0].text


def test_broken_xref_offset_is_repaired(tmp_path):
    data = minimal_pdf()
    i = data.rfind(b"startxref")
    p = tmp_path / "xref.pdf"
    p.write_bytes(data[:i] + b"startxref\n99999\n%%EOF\n")
    ex, _ = _timed(p)
    assert ex.pages[0].text == "Hello ITA"


def test_garbage_xref_table(tmp_path):
    data = minimal_pdf()
    i = data.find(b"xref\n")
    p = tmp_path / "xref2.pdf"
    p.write_bytes(data[:i] + b"xref\n0 6\nthis is not an xref table at all\n" + data[data.find(b"trailer"):])
    ex, _ = _timed(p)
    assert ex.pages[0].text == "Hello ITA"


def _qpdf():
    exe = shutil.which("qpdf")
    if not exe:
        pytest.skip("qpdf not installed (apt-get install qpdf)")
    return exe


def test_encrypted_with_user_password(tmp_path, good_pdf):
    p = tmp_path / "locked.pdf"
    subprocess.run([_qpdf(), "--encrypt", "secret", "owner", "256", "--", str(good_pdf), str(p)], check=True)
    with pytest.raises(EncryptedPDF, match="user password"):
        _timed(p)


@pytest.mark.parametrize("bits", ["256", "128"])
def test_encrypted_with_empty_user_password_opens(tmp_path, good_pdf, bits):
    p = tmp_path / "open.pdf"
    subprocess.run([_qpdf(), "--allow-weak-crypto", "--encrypt", "", "owner", bits, "--", str(good_pdf), str(p)],
                   check=True)
    ex, _ = _timed(p)
    assert ex.pages[0].text == "รายงานผลการประเมิน ITA"


def test_zero_pages(tmp_path):
    p = tmp_path / "zero.pdf"
    doc = pdfium.PdfDocument.new()
    doc.save(str(p))
    doc.close()
    with pytest.raises(EmptyPDF, match="0 pages"):
        _timed(p)


def test_five_hundred_pages(tmp_path):
    p = tmp_path / "long.pdf"
    doc = pdfium.PdfDocument.new()
    for _ in range(500):
        doc.new_page(595, 842)
    doc.save(str(p))
    doc.close()
    with pytest.raises(TooManyPages, match="500 pages, more than the cap of 300"):
        _timed(p)
    with pytest.raises(TooManyPages):
        _timed(p, max_pages=499)
    assert issubclass(TooManyPages, BadPDF)


def test_enormous_mediabox_text_read_without_rendering(tmp_path):
    p = tmp_path / "poster.pdf"
    p.write_bytes(minimal_pdf(media_box="0 0 14400 14400"))
    ex, _ = _timed(p)
    assert ex.pages[0].method == "text" and ex.pages[0].text == "Hello ITA"
    assert ex.pages[0].width == 14400


def test_enormous_mediabox_never_rendered_full_size(tmp_path):
    # forced OCR of a 200x200 inch page: 300 dpi would be 3.6 Gpx; the page is refused
    p = tmp_path / "poster.pdf"
    p.write_bytes(minimal_pdf(media_box="0 0 14400 14400"))
    t = time.perf_counter()
    ex = extract_document(p, "doc", ocr="always")
    assert time.perf_counter() - t < FAST_S
    assert ex.pages[0].method == "none"
    assert ex.errors == ["p1: ocr failed: ValueError: page too large to render for OCR (14400x14400 pt)"]
    assert render_dpi(14400, 14400, 300, 60_000_000) == 38
    assert render_dpi(595, 842, 300, 60_000_000) == 300


def test_page_timeout_recorded_per_page_and_document_continues():
    path = realdoc("NutMontree__ktltc/017-งบหน้า68.pdf")  # 10 Excel pages, each ~0.5 s+
    t = time.perf_counter()
    ex = extract_document(path, "doc", ocr="never", page_timeout_s=0.05)
    assert time.perf_counter() - t < FAST_S
    assert ex.page_count == 10 and len(ex.pages) == 10
    assert [e.split(":")[:2] for e in ex.errors] == [[f"p{n}", " PageTimeout"] for n in range(1, 11)]
    assert all("page took longer than 0.05s" in e for e in ex.errors)
    assert all(p.method == "none" and p.flags == ["page_failed"] for p in ex.pages)


def test_thai_non_ita_pdf_is_extracted(tmp_path):
    # a real Thai order (คำสั่ง): not an ITA report, but a good PDF; "not_ita" is decided later
    ex, _ = _timed(realdoc("sompawn__nysso/EB1/1.5.pdf"))
    assert ex.errors == [] and ex.page_count == 1 and ex.pages[0].method == "text"
    assert "คำสั่ง" in am(ex.pages[0].text)


def test_bad_pdf_message_is_clear():
    e = EncryptedPDF("PDF is encrypted with a user password")
    assert str(e) == "encrypted_pdf: PDF is encrypted with a user password"
